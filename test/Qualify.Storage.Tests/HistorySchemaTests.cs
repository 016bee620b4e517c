using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Qualify.Domain.History;
using Qualify.Domain.Matches;
using Qualify.Testing;

namespace Qualify.Storage.Tests;

/// <summary>
/// The schema migrations (<see cref="HistorySchema"/>): a new store on each provider reaches the last migration of its
/// provider's set, and applying them again changes nothing.
/// </summary>
public abstract class HistorySchemaTests(StoreEngine provider) : IDisposable
{
    private readonly TestStore _store = new(provider);

    public void Dispose() => _store.Dispose();

    [Fact]
    public void Migrate_NewStore_AppliesEveryMigration()
    {
        using var context = _store.Factory.CreateDbContext();

        HistorySchema.Migrate(context);

        Assert.Equal(HistorySchema.KnownMigrations(context), HistorySchema.AppliedMigrations(context));
    }

    [Fact]
    public void Migrations_OfTheProvider_CoverTheWholeModel()
    {
        // A change to the entities without a migration in this provider's set (Migrations/Sqlite, Migrations/PostgreSql).
        using var context = new HistoryDbContextFactory(_store.Options, useCompiledModel: false).CreateDbContext();

        Assert.False(context.Database.HasPendingModelChanges(), "add a migration to this provider's set (docs/web.md, Schema migrations)");
    }

    [Fact]
    public void Import_NewStore_ReachesTheLastMigration()
    {
        _store.Import(SampleDataset.Default);

        using var context = _store.Factory.CreateDbContext();
        Assert.Equal(HistorySchema.KnownMigrations(context)[^1], HistorySchema.AppliedMigrations(context)[^1]);
    }

    [Fact]
    public void Migrate_Twice_KeepsTheRows()
    {
        _store.Import(SampleDataset.Default);
        var before = _store.Store.Counts();

        using (var context = _store.Factory.CreateDbContext())
        {
            HistorySchema.Migrate(context);
        }

        Assert.Equal(before, _store.Store.Counts());
    }

    [Fact]
    public void Write_NewStore_MakesTheWholeSchemaForALaterImport()
    {
        // A write on an empty store makes every table (the migrations), so that an import later finds its own.
        var log = new StoreResultLog(_store.Value, _ => null);
        log.Write(new WrittenMatch("concacaf-2022", new DateOnly(2021, 11, 16), "Canada", "Mexico", new Score(2, 1)), Audit);

        _store.Import(SampleDataset.Default);

        Assert.NotEmpty(_store.Store.LoadMatches(MatchQuery.All));
        Assert.Single(log.Load("concacaf-2022"));
    }

    internal static WriteAudit Audit { get; } = new(new DateTime(2021, 11, 17, 10, 0, 0, DateTimeKind.Utc), "POST /api/x {}", "sha256:0123456789ab");
}

/// <summary><see cref="HistorySchemaTests"/> on a SQLite file.</summary>
public sealed class HistorySchemaSqliteTests() : HistorySchemaTests(StoreEngine.Sqlite);

/// <summary><see cref="HistorySchemaTests"/> on a PostgreSQL database.</summary>
public sealed class HistorySchemaPostgreSqlTests() : HistorySchemaTests(StoreEngine.PostgreSql);

/// <summary>
/// A SQLite store made before migrations (by <c>EnsureCreated</c> and the hand-made tables of commit 7fc8f05:
/// Resources/ensure-created-store.sql) keeps working: it is read as it is, then baselined by the first write or import,
/// keeping its written results and audit.
/// </summary>
public sealed class EnsureCreatedStoreTests : IDisposable
{
    private readonly TestStore _store = new(StoreEngine.Sqlite);

    public EnsureCreatedStoreTests()
    {
        using var connection = new SqliteConnection($"Data Source={_store.DatabasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Resources", "ensure-created-store.sql"));
        command.ExecuteNonQuery();
    }

    public void Dispose() => _store.Dispose();

    [Fact]
    public void Load_BeforeAnyMigration_ReadsTheWrittenResult()
    {
        // The resource's written_matches row: concacaf-2022, 2021-11-16, Canada 0-3 Mexico.
        var written = Assert.Single(new StoreResultLog(_store.Value, _ => null).Load("concacaf-2022"));

        Assert.Equal(new Score(0, 3), written.Score);
    }

    [Fact]
    public void Migrate_OldStore_RecordsTheFirstMigrationAsAppliedThenAppliesTheRest()
    {
        using var context = _store.Factory.CreateDbContext();

        HistorySchema.Migrate(context);

        Assert.Equal(HistorySchema.KnownMigrations(context), HistorySchema.AppliedMigrations(context));
    }

    [Fact]
    public void Migrate_OldStore_KeepsItsMatchesWrittenResultsAndAudit()
    {
        using (var context = _store.Factory.CreateDbContext())
        {
            HistorySchema.Migrate(context);
        }

        var log = new StoreResultLog(_store.Value, _ => null);
        // The resource's rows: one match (Canada 2-1 Mexico, 2021-11-16), one written result, one audit row.
        var match = Assert.Single(_store.Store.LoadMatches(MatchQuery.All));
        Assert.Equal(("Canada", "Mexico", (Score?)new Score(2, 1)), (match.Home, match.Away, match.Score));
        Assert.Equal(new Score(0, 3), Assert.Single(log.Load("concacaf-2022")).Score);
        Assert.Equal("sha256:0123456789ab", Assert.Single(log.LoadAudit()).KeyId);
    }

    [Fact]
    public void Write_OldStore_BaselinesAndReplacesTheWrittenResult()
    {
        var log = new StoreResultLog(_store.Value, _ => null);

        log.Write(new WrittenMatch("concacaf-2022", new DateOnly(2021, 11, 16), "Canada", "Mexico", new Score(1, 1)), HistorySchemaTests.Audit);

        Assert.Equal(new Score(1, 1), Assert.Single(log.Load("concacaf-2022")).Score);
        Assert.Equal(2, log.LoadAudit().Count);
    }

    [Fact]
    public void Import_OldStore_ReplacesTheImportedDataAndKeepsTheWrittenResult()
    {
        _store.Import(SampleDataset.Default);

        var log = new StoreResultLog(_store.Value, _ => null);
        Assert.Equal(_store.Store.Counts().Matches, _store.Store.LoadMatches(MatchQuery.All).Count);
        Assert.Single(log.Load("concacaf-2022"));
        using var context = _store.Factory.CreateDbContext();
        Assert.Equal(HistorySchema.KnownMigrations(context), HistorySchema.AppliedMigrations(context));
    }
}
