using System.Text.Json.Nodes;

namespace Qualify.Cli.Tests;

/// <summary>
/// <c>qualify scenarios</c> offline on the built-in Octagon. Facts: Canada qualified with a 4-0 win over Jamaica on
/// 27 March 2022; Honduras had 4 points from 13 matches (7 at most) while seventh-placed Jamaica had 8
/// (concacaf-2022.json; CONCACAF final-round table of 28 March 2022).
/// </summary>
public sealed class ScenariosCommandTests
{
    private static JsonNode Scenarios(params string[] extra)
    {
        var result = CliRunner.RunOffline(["scenarios", "concacaf-2022", "--as-of", "2022-03-28", "--format", "json", .. extra]);
        Assert.True(result.ExitCode == 0, result.Error);
        return JsonNode.Parse(result.Out)!;
    }

    private static JsonNode Team(JsonNode document, string team) => document["teams"]!.AsArray().Single(t => t!["team"]!.GetValue<string>() == team)!;

    [Fact]
    public void Scenarios_After28March2022_CanadaHaveClinchedQualification()
    {
        var canada = Team(Scenarios(), "Canada");

        Assert.Equal("clinched", canada["slots"]!["qualified"]!.GetValue<string>());
    }

    [Fact]
    public void Scenarios_After28March2022_HondurasAreEliminatedFromEverySlot()
    {
        var honduras = Team(Scenarios(), "Honduras");

        Assert.Equal(8, honduras["bestPosition"]!.GetValue<int>());
        Assert.All(honduras["slots"]!.AsObject(), s => Assert.Equal("eliminated", s.Value!.GetValue<string>()));
    }

    [Fact]
    public void Scenarios_OpenSlot_CarriesAWitnessWithEveryRemainingFixture()
    {
        var mexico = Team(Scenarios(), "Mexico");

        Assert.Equal("open", mexico["slots"]!["playoff"]!.GetValue<string>());
        Assert.Equal(4, mexico["witnesses"]!["playoff"]!["results"]!.AsArray().Count);
    }

    [Fact]
    public void Scenarios_OneTeam_ListsOnlyThatTeam()
    {
        var teams = Scenarios("--team", "canada")["teams"]!.AsArray();

        Assert.Equal("Canada", Assert.Single(teams)!["team"]!.GetValue<string>());
    }

    [Fact]
    public void Scenarios_UnknownTeam_FailsWithExitTwo()
    {
        var result = CliRunner.RunOffline("scenarios", "concacaf-2022", "--team", "Atlantis");

        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Error.Trim().Split('\n'));
    }

    [Fact]
    public void Scenarios_UnknownCompetition_FailsWithExitTwo()
    {
        var result = CliRunner.RunOffline("scenarios", "concacaf-2099");

        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public void Scenarios_BadDate_FailsWithExitTwo()
    {
        var result = CliRunner.RunOffline("scenarios", "concacaf-2022", "--as-of", "2022-02-30");

        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public void Scenarios_TableFormat_ShowsEveryTeam()
    {
        var result = CliRunner.RunOffline("scenarios", "concacaf-2022", "--as-of", "2022-03-28");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Honduras", result.Console, StringComparison.Ordinal);
        Assert.Contains("clinched", result.Console, StringComparison.Ordinal);
    }
}
