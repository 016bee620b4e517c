using System.Globalization;
using Qualify.Domain.History;
using Qualify.Domain.Matches;
using Xunit.Abstractions;

namespace Qualify.Storage.Tests;

/// <summary>
/// The whole international results dataset. Expected counts come from the files themselves: <c>wc -l</c> less
/// the header for rows read, and a scan of the match keys for the one duplicate and the one orphan.
/// </summary>
[Collection(RealDatasetCollection.Name)]
public sealed class HistoryImporterRealDatasetTests(RealDatasetFixture dataset, ITestOutputHelper output)
{
    private static readonly string[] s_concacafFinalRound =
        ["Canada", "Mexico", "United States", "Panama", "Costa Rica", "Jamaica", "El Salvador", "Honduras"];

    [Fact]
    public void Import_RealDataset_ReadsEveryRow()
    {
        output.WriteLine($"full import took {dataset.Report.Elapsed.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture)} s");

        // wc -l: results.csv 49,521, goalscorers.csv 47,915, former_names.csv 37 line breaks, header included;
        // shootouts.csv 683 line breaks and none after its last row, so a header and 683 rows.
        Assert.Equal(
            (49_520, 47_914, 683, 36),
            (dataset.Report.ResultRowsRead, dataset.Report.GoalRowsRead, dataset.Report.ShootoutRowsRead, dataset.Report.FormerNameRowsRead));
    }

    [Fact]
    public void Import_RealDataset_StoresAllButSkippedRows()
    {
        // 49,520 results less the one duplicate; every goal has a result; 683 shootouts less the one orphan.
        Assert.Equal(
            (49_519, 47_914, 682, 36),
            (dataset.Report.MatchesStored, dataset.Report.GoalsStored, dataset.Report.ShootoutsStored, dataset.Report.FormerNamesStored));
    }

    [Fact]
    public void Import_RealDataset_ReportsTheOneDuplicate()
    {
        // results.csv lines 9643 (2-1) and 9644 (1-2) are both 1974-02-17 Tahiti v New Caledonia.
        var duplicate = Assert.Single(dataset.Report.Duplicates);

        Assert.Equal("results.csv:9644: duplicate of line 9643 for 1974-02-17 Tahiti v New Caledonia (kept 2-1, skipped 1-2)", duplicate.ToString());
    }

    [Fact]
    public void Import_RealDataset_ReportsTheOneOrphanShootout()
    {
        // shootouts.csv line 424: 2011-06-29 Saare County v Åland Islands has no row in results.csv.
        var orphan = Assert.Single(dataset.Report.Orphans);

        Assert.Equal("shootouts.csv:424: no result for 2011-06-29 Saare County v Åland Islands", orphan.ToString());
    }

    [Fact]
    public void Counts_RealDataset_MatchesReport()
    {
        var report = dataset.Report;

        Assert.Equal(
            new HistoryCounts(report.TeamsStored, 49_519, 47_914, 682, 36, ImportRuns: 1),
            dataset.Store.Counts());
    }

    [Fact]
    public void LoadMatches_ConcacafFinalRound_Returns56Matches()
    {
        var matches = dataset.Store.LoadMatches(ConcacafFinalRound());

        // The 2022 World Cup CONCACAF final round ("Octagonal"): 8 teams, double round robin, 8 × 7 = 56 matches,
        // played 2 Sep 2021 – 30 Mar 2022.
        Assert.Equal(56, matches.Count);
    }

    [Fact]
    public void LoadMatches_ConcacafFinalRound_FirstIsCanadaHonduras()
    {
        var first = dataset.Store.LoadMatches(ConcacafFinalRound())[0];

        // results.csv line 44349: 2021-09-02,Canada,Honduras,1,1,FIFA World Cup qualification,Toronto,Canada,FALSE
        Assert.Equal(
            new Match(new DateOnly(2021, 9, 2), "Canada", "Honduras", new Score(1, 1), "FIFA World Cup qualification", "Toronto", "Canada", false),
            first);
    }

    [Fact]
    public void LoadMatches_TournamentInOtherCase_MatchesSame()
    {
        var lowerCase = dataset.Store.LoadMatches(ConcacafFinalRound() with { Tournament = "fifa world cup qualification" });

        Assert.Equal(56, lowerCase.Count);
    }

    [Fact]
    public void LoadMatches_ShootoutInDataset_HasWinner()
    {
        // shootouts.csv line 565: 2021-06-03,Mexico,Costa Rica,Mexico,Mexico (CONCACAF Nations League semi-final, 0-0).
        var day = new DateOnly(2021, 6, 3);
        var match = Assert.Single(dataset.Store.LoadMatches(new MatchQuery { From = day, To = day, Teams = ["Mexico", "Costa Rica"] }));

        Assert.Equal("Mexico", match.ShootoutWinner);
    }

    [Fact]
    public void LoadGoals_CanadaHonduras_ReturnsBothPenalties()
    {
        var day = new DateOnly(2021, 9, 2);

        var goals = dataset.Store.LoadGoals(new MatchQuery { From = day, To = day, Teams = ["Canada", "Honduras"] });

        // goalscorers.csv: López 40' (pen) for Honduras, Larin 66' (pen) for Canada.
        Assert.Equal(
            [
                new Goal(day, "Canada", "Honduras", "Honduras", "Alexander López", 40, false, true),
                new Goal(day, "Canada", "Honduras", "Canada", "Cyle Larin", 66, false, true),
            ],
            goals);
    }

    [Fact]
    public void LoadFormerNames_RealDataset_MapsEveryRow()
    {
        var formerNames = dataset.Store.LoadFormerNames();

        // former_names.csv line 2: Benin,Dahomey,1959-11-08,1975-11-30 (first in ordinal order of current names).
        Assert.Equal(36, formerNames.Count);
        Assert.Equal(new Domain.Teams.FormerName("Benin", "Dahomey", new DateOnly(1959, 11, 8), new DateOnly(1975, 11, 30)), formerNames[0]);
    }

    [Fact]
    public void LoadMatches_InFileOrder_SameDayMatchesInResultsCsvOrder()
    {
        // results.csv lines 44317-44319, the first three matches of 2021-09-02: Kyrgyzstan 1-0 Palestine, Nepal 1-1
        // India, Niger 0-2 Burkina Faso (by name, Algeria 8-0 Djibouti of line 44320 would come before them).
        var day = new DateOnly(2021, 9, 2);

        var matches = dataset.Store.LoadMatches(new MatchQuery { From = day, To = day, InFileOrder = true });

        Assert.Equal(
            ["2021-09-02 Kyrgyzstan 1-0 Palestine", "2021-09-02 Nepal 1-1 India", "2021-09-02 Niger 0-2 Burkina Faso"],
            matches.Take(3).Select(m => m.ToString()));
    }

    [Fact]
    public void LoadMatches_InFileOrder_SameMatchesAsByName()
    {
        // Only the order within a day differs: every match, by date in both.
        var byName = dataset.Store.LoadMatches(MatchQuery.All);

        var inFileOrder = dataset.Store.LoadMatches(new MatchQuery { InFileOrder = true });

        Assert.Equal(byName.Select(m => m.Date), inFileOrder.Select(m => m.Date));
        Assert.Equal(byName.Select(m => m.ToString()).Order(StringComparer.Ordinal), inFileOrder.Select(m => m.ToString()).Order(StringComparer.Ordinal));
    }

    private static MatchQuery ConcacafFinalRound() => new()
    {
        Tournament = "FIFA World Cup qualification",
        From = new DateOnly(2021, 9, 2),
        To = new DateOnly(2022, 3, 30),
        Teams = s_concacafFinalRound,
    };
}
