using Microsoft.EntityFrameworkCore;
using Qualify.Domain.History;
using Qualify.Testing;

namespace Qualify.Storage.Tests;

/// <summary>
/// The lean reads of the history reports (<see cref="HistoryQueries"/>) and the store's reads on the same ADO.NET
/// reader: order, filters, goals, a missing or empty store, unknown teams, and a context factory of another kind.
/// </summary>
public abstract class HistoryQueriesTests(StoreEngine provider) : IDisposable
{
    /// <summary>
    /// Results out of date order, four matches on one day listed against name order, names whose ordinal order differs
    /// from a culture's (Åland Islands after Zambia, lower case after upper case), and goals listed across matches.
    /// </summary>
    private static readonly SampleDataset s_unordered = new(
        Results:
        [
            "date,home_team,away_team,home_score,away_score,tournament,city,country,neutral",
            "2021-09-02,Panama,Jamaica,3,0,FIFA World Cup qualification,Panama City,Panama,FALSE",
            "2021-09-02,Canada,Honduras,1,1,FIFA World Cup qualification,Toronto,Canada,FALSE",
            "1957-03-13,Argentina,Colombia,8,2,Copa América,Lima,Peru,TRUE",
            "2021-09-02,Åland Islands,Zambia,0,4,Friendly,Mariehamn,Finland,FALSE",
            "2021-09-02,Canada,Curaçao,2,0,Friendly,Toronto,Canada,FALSE",
            "2021-10-07,Honduras,Canada,0,0,FIFA World Cup qualification,San Pedro Sula,Honduras,FALSE",
            "2021-09-02,Zambia,eSwatini,1,0,Friendly,Lusaka,Zambia,FALSE",
            "2022-01-30,Canada,United States,2,0,FIFA World Cup qualification,Hamilton,Canada,FALSE",
        ],
        Goals:
        [
            "date,home_team,away_team,team,scorer,minute,own_goal,penalty",
            "2022-01-30,Canada,United States,Canada,Cyle Larin,8,FALSE,FALSE",
            "2021-09-02,Canada,Honduras,Honduras,Alexander López,40,FALSE,TRUE",
            "2021-09-02,Canada,Honduras,Canada,Cyle Larin,66,FALSE,TRUE",
            "2021-09-02,Panama,Jamaica,Panama,NA,NA,FALSE,FALSE",
            "2022-01-30,Canada,United States,Canada,Sam Adekugbe,90,FALSE,FALSE",
            "2021-09-02,Canada,Curaçao,Canada,Jonathan David,12,TRUE,FALSE",
        ],
        Shootouts: ["date,home_team,away_team,winner,first_shooter"],
        FormerNames: ["current,former,start_date,end_date", "Zambia,Northern Rhodesia,1946-01-01,1964-10-23"]);

    private readonly TestStore _store = new(provider);

    public void Dispose() => _store.Dispose();

    private HistoryQueries Queries => new(_store.Factory);

    private static string Describe(Domain.History.RecordsReport report) => string.Join(
        "\n",
        new[] { $"{report.Matches} {report.Span} {report.Coverage}" }
            .Concat(report.TopScorers.Select(s => s.ToString()))
            .Concat(report.BiggestWins.Select(w => $"{w.Match} {w.Team}"))
            .Concat(report.LongestRuns.OrderBy(r => r.Key).SelectMany(r => r.Value).Select(r => r.ToString())));

    [Fact]
    public void HasMatches_NothingImported_FalseAndNoFileCreated()
    {
        Assert.False(Queries.HasMatches());
        Assert.True(_store.CreatedNothing);
    }

    [Fact]
    public void HasMatches_TablesWithoutRows_False()
    {
        CreateEmptySchema();

        Assert.False(Queries.HasMatches());
    }

    [Fact]
    public void HasMatches_AfterImport_True()
    {
        _store.Import(s_unordered);

        Assert.True(Queries.HasMatches());
    }

    [Fact]
    public void Load_TablesWithoutRows_Empty()
    {
        CreateEmptySchema();

        var extract = Queries.Load(HistoryScope.All with { WithGoals = true });

        Assert.Equal((0, 0), (extract.Matches.Count, extract.Goals.Count));
        Assert.Empty(Queries.LoadTeams());
        Assert.Equal(HistoryCounts.Empty, _store.Store.Counts());
        Assert.True(_store.Store.Exists());
    }

    [Fact]
    public void LoadTeams_Imported_OrdinalOrder()
    {
        _store.Import(s_unordered);

        Assert.Equal(
            ["Argentina", "Canada", "Colombia", "Curaçao", "Honduras", "Jamaica", "Panama", "United States", "Zambia", "eSwatini", "Åland Islands"],
            Queries.LoadTeams());
    }

    [Fact]
    public void Load_All_ByDateThenHomeThenAwayOrdinal()
    {
        _store.Import(s_unordered);

        var matches = Queries.Load(HistoryScope.All).Matches;

        Assert.Equal(
            [
                "1957-03-13 Argentina 8-2 Colombia",
                "2021-09-02 Canada 2-0 Curaçao",
                "2021-09-02 Canada 1-1 Honduras",
                "2021-09-02 Panama 3-0 Jamaica",
                "2021-09-02 Zambia 1-0 eSwatini",
                "2021-09-02 Åland Islands 0-4 Zambia",
                "2021-10-07 Honduras 0-0 Canada",
                "2022-01-30 Canada 2-0 United States",
            ],
            matches.Select(m => m.ToString()));
    }

    [Fact]
    public void Load_TeamKeysNotInNameOrder_StillOrdersByName()
    {
        _store.Import(s_unordered);

        // The importer numbers teams in name order; a store where the keys and names disagree still reads in name order.
        RunSql("UPDATE teams SET name = 'Aaa' WHERE name = 'Panama'");

        var sameDay = Queries.Load(HistoryScope.All).Matches.Where(m => m.Date == new DateOnly(2021, 9, 2));

        Assert.Equal(["Aaa", "Canada", "Canada", "Zambia", "Åland Islands"], sameDay.Select(m => m.Home));
    }

    [Fact]
    public void Load_Team_HomeAndAwayMatchesOnly()
    {
        _store.Import(s_unordered);

        var matches = Queries.Load(new HistoryScope { Team = "Zambia" }).Matches;

        Assert.Equal(["Zambia 1-0 eSwatini", "Åland Islands 0-4 Zambia"], matches.Select(m => $"{m.Home} {m.Score} {m.Away}"));
    }

    [Fact]
    public void Load_Pair_BothVenuesAndNoOtherOpponent()
    {
        _store.Import(s_unordered);

        var matches = Queries.Load(new HistoryScope { Team = "Honduras", Opponent = "Canada" }).Matches;

        Assert.Equal(["2021-09-02 Canada 1-1 Honduras", "2021-10-07 Honduras 0-0 Canada"], matches.Select(m => m.ToString()));
    }

    [Fact]
    public void Load_SinceAndBefore_SinceIncludedBeforeExcluded()
    {
        _store.Import(s_unordered);

        var scope = new HistoryScope { Team = "Canada", Since = new DateOnly(2021, 9, 2), Before = new DateOnly(2022, 1, 30) };
        var matches = Queries.Load(scope).Matches;

        Assert.Equal(["2021-09-02", "2021-09-02", "2021-10-07"], matches.Select(m => m.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Load_BeforeTheFirstPossibleDay_Empty()
    {
        _store.Import(s_unordered);

        Assert.Empty(Queries.Load(new HistoryScope { Before = DateOnly.MinValue, WithGoals = true }).Matches);
    }

    [Theory]
    [InlineData("Atlantis", null)]
    [InlineData("canada", null)]
    [InlineData("Canada", "Atlantis")]
    public void Load_UnknownTeamOrOpponent_Empty(string team, string? opponent)
    {
        _store.Import(s_unordered);

        var extract = Queries.Load(new HistoryScope { Team = team, Opponent = opponent, WithGoals = true });

        Assert.Equal((0, 0), (extract.Matches.Count, extract.Goals.Count));
    }

    [Fact]
    public void Load_OpponentWithoutTeam_ThrowsArgumentException()
    {
        _store.Import(s_unordered);

        Assert.Throws<ArgumentException>(() => Queries.Load(new HistoryScope { Opponent = "Canada" }));
    }

    [Fact]
    public void Load_SinceNotBeforeBefore_ThrowsArgumentException()
    {
        var day = new DateOnly(2021, 9, 2);

        Assert.Throws<ArgumentException>(() => Queries.Load(new HistoryScope { Since = day, Before = day }));
    }

    [Fact]
    public void Load_AllWithGoals_InMatchOrderThenFileOrder()
    {
        _store.Import(s_unordered);

        var goals = Queries.Load(HistoryScope.All with { WithGoals = true }).Goals;

        Assert.Equal(
            [
                "2021-09-02 Canada-Curaçao Canada Jonathan David 12 og",
                "2021-09-02 Canada-Honduras Honduras Alexander López 40 pen",
                "2021-09-02 Canada-Honduras Canada Cyle Larin 66 pen",
                "2021-09-02 Panama-Jamaica Panama ? ?",
                "2022-01-30 Canada-United States Canada Cyle Larin 8",
                "2022-01-30 Canada-United States Canada Sam Adekugbe 90",
            ],
            goals.Select(g => $"{g.Date:yyyy-MM-dd} {g.Home}-{g.Away} {g.Team} {g.Scorer ?? "?"} {g.Minute?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"}{(g.OwnGoal ? " og" : string.Empty)}{(g.Penalty ? " pen" : string.Empty)}"));
    }

    [Fact]
    public void Load_TeamWithGoals_OnlyTheSelectedMatchesGoals()
    {
        _store.Import(s_unordered);

        var goals = Queries.Load(new HistoryScope { Team = "Honduras", WithGoals = true }).Goals;

        Assert.Equal(["Alexander López", "Cyle Larin"], goals.Select(g => g.Scorer));
    }

    [Fact]
    public void LoadRecords_All_CoverageOverEveryScoreAndNamedGoal()
    {
        // Scores: 3+0, 1+1, 8+2, 0+4, 2+0, 0+0, 1+0, 2+0 = 24 goals; goal rows with a name: 5 of 6 (Panama's has none;
        // Jonathan David's own goal is named and counts, as in RecordsReport.Build).
        _store.Import(s_unordered);

        var report = Queries.LoadRecords(team: null, before: null, count: 10);

        Assert.Equal((8, new Domain.History.ScorerCoverage(24, 5)), (report.Matches, report.Coverage));
    }

    [Fact]
    public void LoadRecords_Before_LaterGoalsLeftOut()
    {
        // Before 30 January 2022 Cyle Larin has one goal (2 September 2021), as Alexander López: the names decide.
        // The own goal (Jonathan David) never counts for a scorer.
        _store.Import(s_unordered);

        var report = Queries.LoadRecords(team: null, before: new DateOnly(2022, 1, 30), count: 10);

        Assert.Equal(["Alexander López 1", "Cyle Larin 1"], report.TopScorers.Select(t => $"{t.Scorer} {t.Goals}"));
    }

    [Fact]
    public void LoadRecords_Team_OnlyItsWinsBiggestFirst()
    {
        // Canada's wins: 2-0 Curaçao (2021-09-02) and 2-0 United States (2022-01-30); same margin and goals: the earlier first.
        _store.Import(s_unordered);

        var report = Queries.LoadRecords(team: "Canada", before: null, count: 10);

        Assert.Equal(["Curaçao", "United States"], report.BiggestWins.Select(w => w.Opponent));
    }

    [Fact]
    public void LoadRecords_TeamLosingRun_OngoingAtTheEnd()
    {
        // Honduras: 1-1 at Canada, then 0-0 with Canada: no defeat, an unbeaten run of 2 still going.
        _store.Import(s_unordered);

        var run = Queries.LoadRecords(team: "Honduras", before: null, count: 1).LongestRuns[Domain.History.RunKind.Unbeaten].Single();

        Assert.Equal((2, true), (run.Length, run.Ongoing));
    }

    [Fact]
    public void LoadRecords_WithoutSnapshot_SameRecordsFromTheTables()
    {
        // A store whose last import wrote no records snapshot (one made before it existed, here: the row deleted)
        // reads the tables instead, with the same result.
        _store.Import(s_unordered);
        var withSnapshot = Describe(Queries.LoadRecords(team: null, before: null, count: 10));
        Assert.Equal(1, _store.Execute("DELETE FROM records_snapshots"));

        var fromTables = Describe(Queries.LoadRecords(team: null, before: null, count: 10));

        Assert.Equal(withSnapshot, fromTables);
    }

    [Fact]
    public void LoadRecords_UnknownTeam_Empty()
    {
        _store.Import(s_unordered);

        var report = Queries.LoadRecords(team: "Atlantis", before: null, count: 10);

        Assert.Equal((0, 0, 0), (report.Matches, report.TopScorers.Count, report.BiggestWins.Length));
    }

    [Fact]
    public void Load_WithoutGoals_NoGoals()
    {
        _store.Import(s_unordered);

        Assert.Empty(Queries.Load(new HistoryScope { Team = "Canada" }).Goals);
    }

    [Fact]
    public void LoadTournamentYears_WorldCupQualification_DistinctYearsBeforeTheDate()
    {
        _store.Import(s_unordered);

        Assert.Equal([2021, 2022], Queries.LoadTournamentYears("fifa world cup QUALIFICATION", before: null));
        Assert.Equal([2021], Queries.LoadTournamentYears("FIFA World Cup qualification", new DateOnly(2022, 1, 30)));
        Assert.Empty(Queries.LoadTournamentYears("FIFA World Cup", before: null));
    }

    [Fact]
    public void LoadGoals_TeamSet_GoalsOfMatchesBetweenTheSetOnly()
    {
        _store.Import(s_unordered);

        var goals = _store.Store.LoadGoals(new MatchQuery { Teams = ["Canada", "Honduras", "Atlantis"] });

        Assert.Equal(["Alexander López", "Cyle Larin"], goals.Select(g => g.Scorer));
    }

    [Fact]
    public void LoadMatches_TournamentAndInvolving_BothApply()
    {
        _store.Import(s_unordered);

        var matches = _store.Store.LoadMatches(new MatchQuery { Tournament = "friendly", Involving = "Canada" });

        Assert.Equal(["2021-09-02 Canada 2-0 Curaçao"], matches.Select(m => m.ToString()));
    }

    [Fact]
    public void LoadFormerNames_Imported_MappedToCurrentName()
    {
        _store.Import(s_unordered);

        var formerName = Assert.Single(_store.Store.LoadFormerNames());

        Assert.Equal(("Zambia", "Northern Rhodesia", new DateOnly(1946, 1, 1), new DateOnly(1964, 10, 23)), (formerName.Current, formerName.Former, formerName.Start, formerName.End));
    }

    [Fact]
    public void Reads_OtherContextFactory_SameAsHistoryDbContextFactory()
    {
        _store.Import(s_unordered);
        var other = new ContextsOnly(_store.Factory);
        var scope = new HistoryScope { Team = "Canada", WithGoals = true };

        Assert.Equal(Queries.Load(scope).Matches, new HistoryQueries(other).Load(scope).Matches);
        Assert.Equal(Queries.Load(scope).Goals, new HistoryQueries(other).Load(scope).Goals);
        Assert.Equal(_store.Store.LoadMatches(MatchQuery.All), new HistoryStore(other).LoadMatches(MatchQuery.All));
        Assert.Equal(_store.Store.Counts(), new HistoryStore(other).Counts());
        Assert.True(new HistoryQueries(other).HasMatches());
    }

    private void CreateEmptySchema()
    {
        using var context = _store.Factory.CreateDbContext();
        HistorySchema.Migrate(context);
    }

    private void RunSql(string sql) => _store.Execute(sql);

    /// <summary>A context factory that is not a <see cref="HistoryDbContextFactory"/>: reads go through its contexts' connections.</summary>
    private sealed class ContextsOnly(HistoryDbContextFactory inner) : IDbContextFactory<HistoryDbContext>
    {
        public HistoryDbContext CreateDbContext() => inner.CreateDbContext();
    }
}

/// <summary><see cref="HistoryQueriesTests"/> on a SQLite file.</summary>
public sealed class HistoryQueriesSqliteTests() : HistoryQueriesTests(StoreEngine.Sqlite);

/// <summary><see cref="HistoryQueriesTests"/> on a PostgreSQL database.</summary>
public sealed class HistoryQueriesPostgreSqlTests() : HistoryQueriesTests(StoreEngine.PostgreSql);
