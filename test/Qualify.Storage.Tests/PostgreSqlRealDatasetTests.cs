using System.Diagnostics;
using Qualify.Domain.History;
using Xunit.Abstractions;
using Qualify.Testing;

namespace Qualify.Storage.Tests;

/// <summary>
/// The real dataset imported into PostgreSQL (binary COPY) reads back exactly as from the SQLite store of
/// <see cref="RealDatasetFixture"/>: the same counts, matches, goals, fixtures, former names and records. The SQLite
/// store is the oracle; both are imported from the same files in this run.
/// </summary>
[Collection(RealDatasetCollection.Name)]
public sealed class PostgreSqlRealDatasetTests(RealDatasetFixture sqlite, ITestOutputHelper output) : IDisposable
{
    private readonly TestStore _postgres = new(StoreEngine.PostgreSql);

    public void Dispose() => _postgres.Dispose();

    [Fact]
    public void Import_RealDataset_SameRowsAsSqlite()
    {
        Import();

        Assert.Equal(sqlite.Store.Counts(), _postgres.Store.Counts());
        Assert.Equal(sqlite.Store.LoadMatches(MatchQuery.All), _postgres.Store.LoadMatches(MatchQuery.All));
        Assert.Equal(sqlite.Store.LoadMatches(MatchQuery.All with { InFileOrder = true }), _postgres.Store.LoadMatches(MatchQuery.All with { InFileOrder = true }));
        Assert.Equal(sqlite.Store.LoadGoals(MatchQuery.All), _postgres.Store.LoadGoals(MatchQuery.All));
        Assert.Equal(sqlite.Store.LoadFixtures(MatchQuery.All), _postgres.Store.LoadFixtures(MatchQuery.All));
        Assert.Equal(sqlite.Store.LoadFormerNames(), _postgres.Store.LoadFormerNames());
    }

    [Fact]
    public void Queries_RealDataset_SameReportsAsSqlite()
    {
        Import();
        var postgres = new HistoryQueries(_postgres.Factory);
        var scope = new HistoryScope { Team = "Canada", Opponent = "Mexico", WithGoals = true };

        Assert.Equal(sqlite.Queries.Load(scope).Matches, postgres.Load(scope).Matches);
        Assert.Equal(sqlite.Queries.Load(scope).Goals, postgres.Load(scope).Goals);
        Assert.Equal(sqlite.Queries.LoadTournamentYears("FIFA World Cup", null), postgres.LoadTournamentYears("FIFA World Cup", null));
        Assert.Equal(
            sqlite.Queries.LoadRecords(null, null, 10).TopScorers,
            postgres.LoadRecords(null, null, 10).TopScorers);
    }

    private void Import()
    {
        var watch = Stopwatch.StartNew();
        var report = _postgres.Importer.Import(Qualify.Testing.TestPaths.DatasetFolder);
        output.WriteLine($"PostgreSQL import of {report.MatchesStored:N0} matches and {report.GoalsStored:N0} goals: {watch.Elapsed.TotalSeconds:F2} s");
    }
}
