using Microsoft.Data.Sqlite;
using Qualify.Domain.History;
using Qualify.Storage.Import;
using Qualify.Testing;

namespace Qualify.Storage.Tests;

/// <summary>A SQLite history store in a fresh temporary folder, deleted on dispose.</summary>
internal sealed class TestStore : IDisposable
{
    private readonly TemporaryFolder _folder = TestPaths.CreateTemporaryFolder();

    public TestStore()
    {
        DatabasePath = _folder.File("history.db");
        Factory = HistoryDbContextFactory.ForSqliteFile(DatabasePath);
        Importer = new HistoryImporter(Factory);
        Store = new HistoryStore(Factory);
    }

    public string DatabasePath { get; }

    public HistoryDbContextFactory Factory { get; }

    public HistoryImporter Importer { get; }

    public HistoryStore Store { get; }

    /// <summary>A new empty folder inside the temporary folder, for dataset files.</summary>
    public string CreateFolder(string name)
    {
        var path = _folder.File(name);
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Writes <paramref name="dataset"/> to a new folder and imports it.</summary>
    public ImportReport Import(SampleDataset dataset, string folderName = "dataset") =>
        Importer.Import(dataset.WriteTo(CreateFolder(folderName)));

    public void Dispose()
    {
        // Pooled connections keep the file open; release them so the folder can be deleted.
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
