using Qualify.Domain.History;
using Qualify.Storage.Import;
using Qualify.Testing;

namespace Qualify.Storage.Tests;

/// <summary>
/// A history store on a <see cref="StoreEngine"/> (a SQLite file in a fresh temporary folder, or a fresh PostgreSQL
/// database: <see cref="EngineStore"/>) with its context factory, importer and reader; deleted (dropped) on dispose.
/// </summary>
internal sealed class TestStore : IDisposable
{
    private readonly EngineStore _place;

    public TestStore(StoreEngine engine = StoreEngine.Sqlite)
    {
        _place = new EngineStore(engine);
        Options = engine == StoreEngine.PostgreSql ? HistoryStoreOptions.ForPostgreSql(Value) : HistoryStoreOptions.ForSqliteFile(Value);
        Factory = new HistoryDbContextFactory(Options);
        Importer = new HistoryImporter(Factory);
        Store = new HistoryStore(Factory);
    }

    public StoreEngine Engine => _place.Engine;

    /// <summary>The store as <c>--db</c> or <c>QUALIFY_DB</c> gives it: the SQLite file's path, or the connection string.</summary>
    public string Value => _place.Value;

    /// <summary>The store as messages name it: the file's path, or the database without its password.</summary>
    public string Name => Options.Description;

    /// <summary>The SQLite file (SQLite stores only).</summary>
    public string DatabasePath => Engine == StoreEngine.Sqlite ? Value : throw new InvalidOperationException("a PostgreSQL store has no file");

    public HistoryStoreOptions Options { get; }

    public HistoryDbContextFactory Factory { get; }

    public HistoryImporter Importer { get; }

    public HistoryStore Store { get; }

    /// <summary>Whether nothing was ever created: no SQLite file, or no table in the PostgreSQL database.</summary>
    public bool CreatedNothing => _place.CreatedNothing;

    /// <summary>A new empty folder inside the temporary folder, for dataset files.</summary>
    public string CreateFolder(string name)
    {
        var path = _place.Folder.File(name);
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Writes <paramref name="dataset"/> to a new folder and imports it.</summary>
    public ImportReport Import(SampleDataset dataset, string folderName = "dataset") =>
        Importer.Import(dataset.WriteTo(CreateFolder(folderName)));

    /// <summary>Runs a statement of the test's own on the store; returns the rows it changed.</summary>
    public int Execute(string sql) => _place.Execute(sql);

    public void Dispose() => _place.Dispose();
}
