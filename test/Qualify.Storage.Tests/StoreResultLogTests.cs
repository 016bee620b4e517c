using Qualify.Domain.History;
using Qualify.Domain.Matches;
using Qualify.Testing;

namespace Qualify.Storage.Tests;

/// <summary>
/// <see cref="StoreResultLog"/>: the results written through the API, in tables of their own beside the imported data,
/// created on first write for a store imported before them, kept by a re-import, and never cached.
/// </summary>
public abstract class StoreResultLogTests(StoreEngine provider) : IDisposable
{
    private static readonly WriteAudit Audit = new(new DateTime(2021, 11, 17, 10, 0, 0, DateTimeKind.Utc), "POST /api/x {}", "sha256:0123456789ab");

    private readonly TestStore _store = new(provider);

    public void Dispose() => _store.Dispose();

    [Fact]
    public void Load_MissingStore_NoneAndCreatesNothing()
    {
        var log = new StoreResultLog(_store.Value, _ => null);

        Assert.Empty(log.Load("concacaf-2022"));
        Assert.True(_store.CreatedNothing);
    }

    [Fact]
    public void Write_StoreImportedBeforeTheTables_AddsThemWithoutReimport()
    {
        _store.Import(SampleDataset.Default);
        var matchesBefore = _store.Store.LoadMatches(MatchQuery.All).Count;
        var log = new StoreResultLog(_store.Value, _ => null);

        log.Write(new WrittenMatch("concacaf-2022", new DateOnly(2021, 11, 16), "Canada", "Mexico", new Score(2, 1)), Audit);

        var written = Assert.Single(log.Load("concacaf-2022"));
        Assert.Equal((new DateOnly(2021, 11, 16), "Canada", "Mexico", (Score?)new Score(2, 1)), (written.Date, written.Home, written.Away, written.Score));
        Assert.Equal(matchesBefore, _store.Store.LoadMatches(MatchQuery.All).Count);
    }

    [Fact]
    public void Write_SameDateAndTeams_ReplacesTheResultAndAuditsBoth()
    {
        var log = new StoreResultLog(_store.Value, _ => null);
        var first = new WrittenMatch("concacaf-2022", new DateOnly(2021, 11, 16), "Canada", "Mexico", new Score(2, 1));

        log.Write(first, Audit);
        log.Write(first with { Score = new Score(0, 3) }, Audit);

        Assert.Equal(new Score(0, 3), Assert.Single(log.Load("concacaf-2022")).Score);
        Assert.Equal(2, log.LoadAudit().Count);
    }

    [Fact]
    public void Load_WriteByAnotherInstance_SeenAtOnce()
    {
        // Two processes sharing the store: each has its own log; nothing is cached between reads.
        var reader = new StoreResultLog(_store.Value, _ => null);
        var writer = new StoreResultLog(_store.Value, _ => null);
        Assert.Empty(reader.Load("concacaf-2022"));

        writer.Write(new WrittenMatch("concacaf-2022", new DateOnly(2022, 3, 30), "Costa Rica", "United States", null), Audit);

        Assert.Null(Assert.Single(reader.Load("concacaf-2022")).Score);
    }

    [Fact]
    public void Import_AfterAWrite_KeepsTheWrittenResults()
    {
        var log = new StoreResultLog(_store.Value, _ => null);
        log.Write(new WrittenMatch("concacaf-2022", new DateOnly(2021, 11, 16), "Canada", "Mexico", new Score(2, 1)), Audit);

        _store.Import(SampleDataset.Default);

        Assert.Single(log.Load("concacaf-2022"));
        Assert.Single(log.LoadAudit());
        Assert.NotEmpty(_store.Store.LoadMatches(MatchQuery.All));
    }

    [Fact]
    public void Remove_WrittenMatch_GoneAndAudited()
    {
        var log = new StoreResultLog(_store.Value, _ => null);
        log.Write(new WrittenMatch("concacaf-2022", new DateOnly(2021, 11, 16), "Canada", "Mexico", new Score(2, 1)), Audit);

        var removed = log.Remove("concacaf-2022", new DateOnly(2021, 11, 16), "Canada", "Mexico", Audit);

        Assert.True(removed);
        Assert.Empty(log.Load("concacaf-2022"));
        Assert.Equal(2, log.LoadAudit().Count);
    }

    [Fact]
    public void Remove_NothingWritten_FalseAndNotAudited()
    {
        var log = new StoreResultLog(_store.Value, _ => null);
        log.Write(new WrittenMatch("concacaf-2022", new DateOnly(2021, 11, 16), "Canada", "Mexico", new Score(2, 1)), Audit);

        var removed = log.Remove("concacaf-2022", new DateOnly(2021, 11, 16), "Mexico", "Canada", Audit);

        Assert.False(removed);
        Assert.Single(log.LoadAudit());
    }

    [Fact]
    public void Load_OtherCompetition_None()
    {
        var log = new StoreResultLog(_store.Value, _ => null);
        log.Write(new WrittenMatch("concacaf-2022", new DateOnly(2021, 11, 16), "Canada", "Mexico", new Score(2, 1)), Audit);

        Assert.Empty(log.Load("conmebol-2026"));
    }
}

/// <summary><see cref="StoreResultLogTests"/> on a SQLite file.</summary>
public sealed class StoreResultLogSqliteTests() : StoreResultLogTests(StoreEngine.Sqlite);

/// <summary><see cref="StoreResultLogTests"/> on a PostgreSQL database.</summary>
public sealed class StoreResultLogPostgreSqlTests() : StoreResultLogTests(StoreEngine.PostgreSql);
