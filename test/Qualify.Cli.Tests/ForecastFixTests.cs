using System.Text.Json.Nodes;

namespace Qualify.Cli.Tests;

/// <summary>
/// <c>qualify forecast --fix</c> names the home team first and applies to the earliest unplayed fixture with that home
/// team and that away team (issue 11, finding 1). Fixture dates: the Octagon's results, results.csv 2021-09-02 to
/// 2022-03-30 (Mexico v Jamaica 2021-09-02, Jamaica v Mexico 2022-01-27).
/// </summary>
public sealed class ForecastFixTests
{
    private static CliResult Forecast(string asOf, params string[] extra) =>
        CliRunner.RunOffline(["forecast", "concacaf-2022", "--as-of", asOf, "--sims", "2000", .. extra]);

    private static List<string> Fixtures(CliResult result)
    {
        Assert.True(result.ExitCode == 0, result.Error);
        return [.. JsonNode.Parse(result.Out)!["fixtures"]!.AsArray()
            .Select(f => $"{f!["date"]!.GetValue<string>()} {f["home"]!.GetValue<string>()} v {f["away"]!.GetValue<string>()}")];
    }

    [Fact]
    public void Forecast_FixNamingTheLaterHomeTeam_FixesThatTeamsHomeMatchNotTheEarlierReverse()
    {
        var fixtures = Fixtures(Forecast("2021-09-01", "--fix", "Jamaica 5-0 Mexico", "--format", "json"));

        Assert.Contains("2021-09-02 Mexico v Jamaica", fixtures);
        Assert.DoesNotContain("2022-01-27 Jamaica v Mexico", fixtures);
    }

    [Fact]
    public void Forecast_FixWhenOnlyTheReverseIsOpen_ExitsTwoSuggestingTheReverse()
    {
        // Mexico v Jamaica was played on 2021-09-02; only Jamaica v Mexico (2022-01-27) is left on 2021-11-17.
        var result = Forecast("2021-11-17", "--fix", "Mexico 1-0 Jamaica");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            "error: --fix: 'Mexico 1-0 Jamaica': no unplayed match Mexico v Jamaica to fix (already played, fixed twice, or no such fixture); "
            + "did you mean 'Jamaica 0-1 Mexico'? (a fix names the home team first)\n",
            result.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Forecast_FixWithAnAlias_PrintsTheResolvedNames()
    {
        // Canada v United States, 2022-01-30, is unplayed on 2021-11-17; "USA" is an alias of United States.
        var result = Forecast("2021-11-17", "--fix", "canada 2-0 USA");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("What if: Canada 2-0 United States\n", result.Console, StringComparison.Ordinal);
    }

    [Fact]
    public void Forecast_FixOfBothMeetings_FixesEachWithItsOwnHomeTeam()
    {
        // As of 2021-09-01 both Mexico v Jamaica (2021-09-02) and Jamaica v Mexico (2022-01-27) are unplayed.
        var fixtures = Fixtures(Forecast("2021-09-01", "--fix", "Mexico 2-1 Jamaica", "--fix", "Jamaica 1-2 Mexico", "--format", "json"));

        Assert.DoesNotContain(fixtures, f => f.Contains("Mexico v Jamaica", StringComparison.Ordinal) || f.Contains("Jamaica v Mexico", StringComparison.Ordinal));
        Assert.Equal(54, fixtures.Count);
    }

    [Fact]
    public void Forecast_FixNamingOneTeamTwice_ExitsTwo()
    {
        var result = Forecast("2021-11-17", "--fix", "Mexico 1-0 Mexico");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: --fix: 'Mexico 1-0 Mexico' names Mexico twice\n", result.Error.ReplaceLineEndings("\n"));
    }
}
