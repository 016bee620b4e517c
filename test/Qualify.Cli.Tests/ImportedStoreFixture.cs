using Microsoft.Data.Sqlite;
using Qualify.Storage;
using Qualify.Testing;

namespace Qualify.Cli.Tests;

/// <summary>
/// The full shared dataset imported once through the CLI into a temporary store, shared by every test class of the
/// <see cref="ImportedStoreCollection"/> (once per run of this test assembly). Tests only read it; a test that
/// writes to a store takes its own copy with <see cref="CopyTo"/>.
/// </summary>
/// <remarks>
/// Not shared across test assemblies, by decision: this assembly imports through the CLI and asserts on the import's
/// own output (<see cref="ImportResult"/>: counts, duplicate and orphan warnings), and Qualify.Storage.Tests imports
/// through <c>HistoryImporter</c> and asserts on its <c>ImportReport</c>; each import is itself under test, so a
/// store cached on disk between assemblies would skip one of them. One import per assembly that tests an import path.
/// </remarks>
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

    public HistoryCounts Counts() => Counts(DatabasePath);

    /// <summary>The counts of the store at <paramref name="databasePath"/>.</summary>
    public static HistoryCounts Counts(string databasePath) => new HistoryStore(HistoryDbContextFactory.ForSqliteFile(databasePath)).Counts();

    /// <summary>Copies the imported store into <paramref name="folder"/> (SQLite online backup) for a test that writes to it; returns the copy's path.</summary>
    public string CopyTo(TemporaryFolder folder)
    {
        var copy = folder.File("history-copy.db");
        using (var source = new SqliteConnection($"Data Source={DatabasePath};Mode=ReadOnly"))
        using (var target = new SqliteConnection($"Data Source={copy}"))
        {
            source.Open();
            target.Open();
            source.BackupDatabase(target);
        }

        SqliteConnection.ClearAllPools();
        return copy;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}

/// <summary>
/// The test classes that share one <see cref="ImportedStoreFixture"/>: xunit builds it once for the collection
/// (instead of once per class) and runs the collection's classes one after another.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ImportedStoreCollection : ICollectionFixture<ImportedStoreFixture>
{
    /// <summary>The collection's name, for <c>[Collection(ImportedStoreCollection.Name)]</c>.</summary>
    public const string Name = "imported store";
}
