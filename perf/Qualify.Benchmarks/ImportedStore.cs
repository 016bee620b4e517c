using Microsoft.Data.Sqlite;
using Qualify.Application;
using Qualify.Storage;
using Qualify.Storage.Import;
using Qualify.Testing;

namespace Qualify.Benchmarks;

/// <summary>
/// The full dataset imported into a temporary SQLite store, with the built-in competitions, for the benchmarks that read
/// them (the dataset from <c>../shared/data/international-results</c> beside the repository, or <c>$QUALIFY_TEST_DATA</c>).
/// Disposing it deletes the store.
/// </summary>
internal sealed class ImportedStore : IDisposable
{
    private readonly TemporaryFolder folder = TestPaths.CreateTemporaryFolder();

    public ImportedStore()
    {
        Database = folder.File("history.db");
        new HistoryImporter(HistoryDbContextFactory.ForSqliteFile(Database)).Import(TestPaths.DatasetFolder);
        History = new StoreHistorySource(Database, _ => null);
        Catalog = CompetitionCatalog.FromFolders([TestPaths.CompetitionsFolder]);
    }

    /// <summary>The store's file.</summary>
    public string Database { get; }

    /// <summary>The store, read as a command reads it.</summary>
    public StoreHistorySource History { get; }

    /// <summary>The built-in competitions.</summary>
    public CompetitionCatalog Catalog { get; }

    /// <summary>The scenario service over the store, as the commands build it.</summary>
    public ScenarioService Scenarios() => new(Catalog, new TableService(Catalog, History));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        folder.Dispose();
    }
}
