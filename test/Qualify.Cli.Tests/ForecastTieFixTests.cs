using Qualify.Application;
using Qualify.Models;
using Qualify.Storage;
using Qualify.Testing;

namespace Qualify.Cli.Tests;

/// <summary>
/// What-ifs on the legs of knockout ties: a fixed leg counts as played, and the tie is then played out by its rules
/// (extra time and penalties, the second leg of two). The ties are real ones from the built-in definitions:
/// playoff-2026.json's Final 1, DR Congo v Jamaica, one match at a neutral venue with extra time and penalties (played
/// 31 Mar 2026); afc-2026.json's fifth round, United Arab Emirates v Iraq over two legs (13 and 18 Nov 2025), aggregate,
/// then extra time and penalties in the second leg, no away goals.
/// </summary>
[Collection(ImportedStoreCollection.Name)]
public sealed class ForecastTieFixTests(ImportedStoreFixture store)
{
    private const long Simulations = 2_000;

    private ForecastReport Forecast(string id, DateOnly asOf, params string[] fixes)
    {
        var catalog = CompetitionCatalog.FromFolders([TestPaths.CompetitionsFolder]);
        var history = new StoreHistorySource(store.DatabasePath, _ => null);
        return new ForecastService(catalog, history, new TableService(catalog, history))
            .Forecast(new ForecastOptions(id, asOf, Simulations, 1, ModelKind.EloPoisson, fixes));
    }

    private static double Wins(ForecastReport report, string tie, string team) =>
        report.Stages!.Ties.Single(t => t.Tie.Name == tie).Teams.Single(t => t.Team == team).Wins;

    [Fact]
    public void Forecast_FixedWinInASingleMatchTie_DecidesTheTie()
    {
        // As of 27 Mar 2026 both semi-finals are played (Jamaica and Bolivia won), so Final 1 is DR Congo v Jamaica.
        var report = Forecast("playoff-2026", new DateOnly(2026, 3, 27), "DR Congo 1-0 Jamaica");

        Assert.Equal(1.0, Wins(report, "Final 1", "DR Congo"));
        Assert.Equal(0.0, Wins(report, "Final 1", "Jamaica"));
    }

    [Fact]
    public void Forecast_FixedDrawInASingleMatchTie_GoesToExtraTimeAndPenalties()
    {
        var report = Forecast("playoff-2026", new DateOnly(2026, 3, 27), "DR Congo 1-1 Jamaica");

        // Level after 90 minutes: extra time, then penalties decide, so each side wins some simulations.
        var congo = Wins(report, "Final 1", "DR Congo");
        Assert.InRange(congo, 0.2, 0.8);
        Assert.Equal(1.0, congo + Wins(report, "Final 1", "Jamaica"), 9);
    }

    [Fact]
    public void Forecast_FixOfATieWhoseTeamsAreOpen_IsRefusedInOneLine()
    {
        // As of 25 Mar 2026 the semi-finals are unplayed: Final 1 is DR Congo v the winner of Semi-final 1.
        var e = Assert.Throws<UserInputException>(() => Forecast("playoff-2026", new DateOnly(2026, 3, 25), "DR Congo 1-0 Jamaica"));

        Assert.Equal("--fix: 'DR Congo 1-0 Jamaica': DR Congo v Jamaica would be Final 1, whose teams are not known at the date: only a match between known teams can be fixed", e.Message);
    }

    [Fact]
    public void Forecast_FixOfBothLegsWinningOnAggregate_DecidesTheTie()
    {
        // The real legs: United Arab Emirates 1-1 Iraq, Iraq 2-1 United Arab Emirates: Iraq 3-2 on aggregate.
        var report = Forecast("afc-2026", new DateOnly(2025, 11, 12), "United Arab Emirates 1-1 Iraq", "Iraq 2-1 United Arab Emirates");

        Assert.Equal(1.0, Wins(report, "Fifth round", "Iraq"));
    }

    [Fact]
    public void Forecast_FixOfTheFirstLegOnly_LeavesTheSecondLegToPlay()
    {
        // A 3-0 first-leg win at home leaves Iraq needing a three-goal win away: possible, so neither side is certain.
        var report = Forecast("afc-2026", new DateOnly(2025, 11, 12), "United Arab Emirates 3-0 Iraq");

        Assert.InRange(Wins(report, "Fifth round", "United Arab Emirates"), 0.5, 0.9999);
    }

    [Fact]
    public void Forecast_FixOfTheSecondLegBeforeTheFirst_IsRefusedInOneLine()
    {
        var e = Assert.Throws<UserInputException>(() => Forecast("afc-2026", new DateOnly(2025, 11, 12), "Iraq 2-1 United Arab Emirates"));

        Assert.Equal("--fix: 'Iraq 2-1 United Arab Emirates': it is the second leg of Fifth round, whose first leg (United Arab Emirates v Iraq) is neither played nor fixed: fix the first leg as well", e.Message);
    }
}

/// <summary>The table of a competition made only of ties, once a tie is played.</summary>
[Collection(ImportedStoreCollection.Name)]
public sealed class TieTableTests(ImportedStoreFixture store)
{
    [Fact]
    public void Table_TiesPlayedButNoGroup_DoesNotSayTheCompetitionHasNotStarted()
    {
        // playoff-2026.json: the semi-finals were played on 26 Mar 2026 (New Caledonia 0-1 Jamaica, Bolivia 2-1 Suriname).
        var result = CliRunner.Run(new CliRun(store.Environment) { Width = 100 }, "table", "playoff-2026", "--as-of", "2026-03-27");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("has not started", result.Console, StringComparison.Ordinal);
        Assert.Contains("Jamaica (score)", result.Console, StringComparison.Ordinal);
    }
}
