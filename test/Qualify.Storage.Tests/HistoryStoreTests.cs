using Qualify.Domain.History;
using Qualify.Testing;

namespace Qualify.Storage.Tests;

/// <summary>The read API over a missing store and over <see cref="SampleDataset.Default"/>.</summary>
public abstract class HistoryStoreTests(StoreEngine provider) : IDisposable
{
    private readonly TestStore _store = new(provider);

    public void Dispose() => _store.Dispose();

    [Fact]
    public void Exists_NothingImported_FalseAndNoFileCreated()
    {
        var exists = _store.Store.Exists();

        Assert.False(exists);
        Assert.True(_store.CreatedNothing);
    }

    [Fact]
    public void Counts_NothingImported_AllZero()
    {
        Assert.Equal(HistoryCounts.Empty, _store.Store.Counts());
    }

    [Fact]
    public void IsEmpty_NothingImported_True()
    {
        Assert.True(_store.Store.IsEmpty());
    }

    [Fact]
    public void IsEmpty_AfterImport_False()
    {
        _store.Import(SampleDataset.Default);

        Assert.False(_store.Store.IsEmpty());
    }

    [Fact]
    public void LoadMatches_NothingImported_ThrowsSayingToImport()
    {
        var error = Assert.Throws<InvalidOperationException>(() => _store.Store.LoadMatches(MatchQuery.All));

        Assert.Contains("import", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadMatches_All_OrderedByDateThenHomeTeam()
    {
        _store.Import(SampleDataset.Default);

        var matches = _store.Store.LoadMatches(MatchQuery.All);

        // SampleDataset results.csv, lines 2-6 (line 7 is the skipped duplicate), already in date order.
        Assert.Equal(
            ["1957-03-13 Argentina 8-2 Colombia", "1963-11-26 Ghana 2-0 Ethiopia", "1977-10-06 United States 1-1 China", "2021-06-03 Mexico 0-0 Costa Rica", "2021-09-02 Canada 1-1 Honduras"],
            matches.Select(m => m.ToString()));
    }

    [Fact]
    public void LoadMatches_QuotedCity_Unescaped()
    {
        _store.Import(SampleDataset.Default);

        var match = Assert.Single(_store.Store.LoadMatches(new MatchQuery { Tournament = "Friendly" }));

        // SampleDataset results.csv line 4: the city is written "Washington, D.C." (quoted because of the comma).
        Assert.Equal("Washington, D.C.", match.City);
    }

    [Fact]
    public void LoadMatches_ShootoutRow_AttachesWinnerToThatMatchOnly()
    {
        _store.Import(SampleDataset.Default);

        var matches = _store.Store.LoadMatches(MatchQuery.All);

        // SampleDataset shootouts.csv line 2: Mexico won the 2021-06-03 shootout against Costa Rica.
        Assert.Equal([null, null, null, "Mexico", null], matches.Select(m => m.ShootoutWinner));
    }

    [Fact]
    public void LoadMatches_DateRange_IncludesBothEnds()
    {
        _store.Import(SampleDataset.Default);

        var matches = _store.Store.LoadMatches(new MatchQuery { From = new DateOnly(1963, 11, 26), To = new DateOnly(2021, 6, 3) });

        // SampleDataset: the matches of 1963-11-26, 1977-10-06 and 2021-06-03.
        Assert.Equal(3, matches.Count);
    }

    [Fact]
    public void LoadMatches_TeamSet_RequiresBothTeams()
    {
        _store.Import(SampleDataset.Default);

        var matches = _store.Store.LoadMatches(new MatchQuery { Teams = ["Mexico", "Costa Rica", "Canada"] });

        // Canada's only match is against Honduras, which is not in the set.
        Assert.Equal("2021-06-03 Mexico 0-0 Costa Rica", Assert.Single(matches).ToString());
    }

    [Fact]
    public void LoadMatches_InvolvingAwayTeam_IncludesItsMatch()
    {
        _store.Import(SampleDataset.Default);

        var matches = _store.Store.LoadMatches(new MatchQuery { Involving = "Costa Rica" });

        // SampleDataset results.csv line 5: Costa Rica's only match, as the away team.
        Assert.Equal("2021-06-03 Mexico 0-0 Costa Rica", Assert.Single(matches).ToString());
    }

    [Fact]
    public void LoadMatches_InvolvingHomeTeam_IncludesItsMatch()
    {
        _store.Import(SampleDataset.Default);

        var matches = _store.Store.LoadMatches(new MatchQuery { Involving = "Mexico" });

        // SampleDataset results.csv line 5: Mexico's only match, as the home team.
        Assert.Equal("2021-06-03 Mexico 0-0 Costa Rica", Assert.Single(matches).ToString());
    }

    [Fact]
    public void LoadMatches_InvolvingUnknownTeam_ReturnsNothing()
    {
        _store.Import(SampleDataset.Default);

        Assert.Empty(_store.Store.LoadMatches(new MatchQuery { Involving = "Atlantis" }));
    }

    [Fact]
    public void LoadGoals_Involving_ReturnsGoalsOfBothSides()
    {
        _store.Import(SampleDataset.Default);

        var goals = _store.Store.LoadGoals(new MatchQuery { Involving = "Canada" });

        // SampleDataset goalscorers.csv lines 5-6: López (Honduras) and Larin (Canada) in Canada v Honduras.
        Assert.Equal(["Alexander López", "Cyle Larin"], goals.Select(g => g.Scorer));
    }

    [Fact]
    public void LoadMatches_EmptyTeamSet_ReturnsNothing()
    {
        _store.Import(SampleDataset.Default);

        Assert.Empty(_store.Store.LoadMatches(new MatchQuery { Teams = [] }));
    }

    [Fact]
    public void LoadMatches_FromAfterTo_ThrowsArgumentException()
    {
        var query = new MatchQuery { From = new DateOnly(2022, 1, 1), To = new DateOnly(2021, 1, 1) };

        Assert.Throws<ArgumentException>(() => _store.Store.LoadMatches(query));
    }

    [Fact]
    public void LoadGoals_GoalRows_AttachedToTheirMatches()
    {
        _store.Import(SampleDataset.Default);

        var goals = _store.Store.LoadGoals(MatchQuery.All);

        // SampleDataset goalscorers.csv lines 2-6 (line 7 is an orphan), in match order.
        Assert.Equal(
            ["1957-03-13 Colombia", "1963-11-26 Ghana", "1963-11-26 Ghana", "2021-09-02 Honduras", "2021-09-02 Canada"],
            goals.Select(g => $"{g.Date:yyyy-MM-dd} {g.Team}"));
    }

    [Fact]
    public void LoadGoals_MinuteAndScorerNA_AreNull()
    {
        _store.Import(SampleDataset.Default);

        var goals = _store.Store.LoadGoals(new MatchQuery { Teams = ["Ghana", "Ethiopia"] });

        // SampleDataset goalscorers.csv lines 3-4: Edward Acquah, minute NA.
        Assert.Equal([null, null], goals.Select(g => g.Minute));
        Assert.All(goals, g => Assert.Equal("Edward Acquah", g.Scorer));
    }

    [Fact]
    public void LoadGoals_QuotedScorer_Unescaped()
    {
        _store.Import(SampleDataset.Default);

        var goal = Assert.Single(_store.Store.LoadGoals(new MatchQuery { Tournament = "Copa América" }));

        // SampleDataset goalscorers.csv line 2: "Delio ""Maravilla"" Gamboa".
        Assert.Equal("Delio \"Maravilla\" Gamboa", goal.Scorer);
    }

    [Fact]
    public void LoadFormerNames_SampleDataset_OrderedByCurrentName()
    {
        _store.Import(SampleDataset.Default);

        var formerNames = _store.Store.LoadFormerNames();

        // SampleDataset former_names.csv lines 3 and 2, in ordinal order of the current names.
        Assert.Equal(
            [
                new Domain.Teams.FormerName("Ethiopia", "Abyssinia", new DateOnly(1947, 12, 5), new DateOnly(1957, 1, 1)),
                new Domain.Teams.FormerName("Ghana", "Gold Coast", new DateOnly(1950, 5, 28), new DateOnly(1957, 3, 6)),
            ],
            formerNames);
    }

    [Fact]
    public void LoadLatestImportRun_AfterImport_RecordsCountsAndSkippedRows()
    {
        _store.Import(SampleDataset.Default);

        var run = _store.Store.LoadLatestImportRun();

        // SampleDataset: 5 matches stored, 1 duplicate (results.csv:7), 2 orphans (goalscorers.csv:7, shootouts.csv:3).
        Assert.NotNull(run);
        Assert.Equal((5, 1, 2), (run.MatchesStored, run.DuplicatesSkipped, run.OrphansSkipped));
        Assert.Equal(3, run.SkippedRows.Split('\n').Length);
    }
}

/// <summary><see cref="HistoryStoreTests"/> on a SQLite file.</summary>
public sealed class HistoryStoreSqliteTests() : HistoryStoreTests(StoreEngine.Sqlite);

/// <summary><see cref="HistoryStoreTests"/> on a PostgreSQL database.</summary>
public sealed class HistoryStorePostgreSqlTests() : HistoryStoreTests(StoreEngine.PostgreSql);
