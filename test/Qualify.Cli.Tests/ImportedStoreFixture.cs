using Qualify.Storage;
using Qualify.Testing;

namespace Qualify.Cli.Tests;

/// <summary>A history store with the full shared dataset imported once through the CLI, shared by a test class.</summary>
public sealed class ImportedStoreFixture : IDisposable
{
    private readonly TemporaryFolder _folder = TestPaths.CreateTemporaryFolder();

    public ImportedStoreFixture()
    {
        DatabasePath = _folder.File("history.db");
        ImportResult = CliRunner.Run(Environment, "import", TestPaths.DatasetFolder);
    }

    public string DatabasePath { get; }

    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string> { ["QUALIFY_DB"] = DatabasePath };

    internal CliResult ImportResult { get; }

    public HistoryCounts Counts() => new HistoryStore(HistoryDbContextFactory.ForSqliteFile(DatabasePath)).Counts();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
