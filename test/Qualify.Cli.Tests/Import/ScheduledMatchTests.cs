using System.Text.Json.Nodes;

namespace Qualify.Cli.Tests.Import;

/// <summary>
/// A scheduled match (<c>NA</c> scores, as the upstream dataset lists them) imports as an unplayed fixture, which a
/// history-sourced competition treats as one of its remaining matches (issue 11, finding 4). The real dataset's
/// results.csv line 45,126, "2022-03-30,Costa Rica,United States,2,0", becomes "2022-03-29,…,NA,NA": a date that the
/// forecaster's own stand-in for a missing pairing (dated at the group's last date, 2022-03-30) would not have.
/// </summary>
public sealed class ScheduledMatchTests(ScheduledMatchTests.FixtureStore store) : IClassFixture<ScheduledMatchTests.FixtureStore>
{
    [Fact]
    public void Import_NaScores_StoredAsAScheduledMatch()
    {
        Assert.Equal(0, store.ImportResult.ExitCode);
        Assert.Contains("1 scheduled", store.ImportResult.Console, StringComparison.Ordinal);
    }

    [Fact]
    public void Forecast_HistorySourcedCompetition_ForecastsTheScheduledMatch()
    {
        var result = CliRunner.Run(store.Environment, "forecast", "concacaf-2022-history", "--sims", "200", "--format", "json");

        Assert.True(result.ExitCode == 0, result.Error);
        var fixture = Assert.Single(JsonNode.Parse(result.Out)!["fixtures"]!.AsArray());
        Assert.Equal(
            ("2022-03-29", "Costa Rica", "United States"),
            (fixture!["date"]!.GetValue<string>(), fixture["home"]!.GetValue<string>(), fixture["away"]!.GetValue<string>()));
    }

    /// <summary>The real dataset with one Octagon match of the last matchday turned into a scheduled match.</summary>
    public sealed class FixtureStore() : EditedDatasetStore(
        "2022-03-30,Costa Rica,United States,2,0,", "2022-03-29,Costa Rica,United States,NA,NA,");
}
