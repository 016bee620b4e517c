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

/// <summary>
/// <c>qualify scenarios --next</c> offline on the built-in Octagon. As of 26 March 2022 the next matchday is 27 March
/// (El Salvador v Costa Rica, Canada v Jamaica, Honduras v Mexico, United States v Panama); Canada then beat Jamaica
/// 4-0 and qualified. As of 28 March it is 30 March, the last one, where goal margins decide 3rd and 4th (hand proofs in
/// <c>NextMatchdayOctagonTests</c> of the scenarios tests).
/// </summary>
public sealed class ScenariosNextCommandTests
{
    private static JsonNode Next(string asOf, params string[] extra)
    {
        var result = CliRunner.RunOffline(["scenarios", "concacaf-2022", "--as-of", asOf, "--next", "--format", "json", .. extra]);
        Assert.True(result.ExitCode == 0, result.Error);
        return JsonNode.Parse(result.Out)!;
    }

    private static JsonNode Team(JsonNode document, string team) =>
        document["groups"]![0]!["teams"]!.AsArray().Single(t => t!["team"]!.GetValue<string>() == team)!;

    [Fact]
    public void ScenariosNext_As26March2022_MatchesSnapshot()
    {
        var result = CliRunner.RunOffline("scenarios", "concacaf-2022", "--as-of", "2022-03-26", "--next");

        Assert.Equal(0, result.ExitCode);
        Snapshot.Match("scenarios-next-concacaf-2022-2022-03-26.txt", result.Console);
    }

    [Fact]
    public void ScenariosNext_As28March2022_MatchesSnapshot()
    {
        var result = CliRunner.RunOffline("scenarios", "concacaf-2022", "--as-of", "2022-03-28", "--next");

        Assert.Equal(0, result.ExitCode);
        Snapshot.Match("scenarios-next-concacaf-2022-2022-03-28.txt", result.Console);
    }

    [Fact]
    public void ScenariosNext_As26March2022_CanadaClinchUnlessTheyLoseAndBothRivalsWin()
    {
        var document = Next("2022-03-26");
        var group = document["groups"]![0]!;
        var canada = Team(document, "Canada")["conditions"]!.AsArray().Single()!;

        Assert.Equal(81, group["combinationCount"]!.GetValue<int>());
        Assert.Equal(4, group["matchesAfter"]!.GetValue<int>());
        Assert.Equal("clinch", canada["kind"]!.GetValue<string>());
        Assert.Equal("qualified", canada["slot"]!.GetValue<string>());
        Assert.Equal("Canada clinch qualification (1st-3rd) if they do not lose to Jamaica, or Costa Rica do not beat El Salvador, or United States do not beat Panama",
            canada["text"]!.GetValue<string>());

        // "they do not lose to Jamaica": Canada at home, goal difference 0 or more, no upper end.
        var literal = canada["terms"]![0]![0]!;
        Assert.Equal("Canada", literal["home"]!.GetValue<string>());
        Assert.Equal(0, literal["minDifference"]!.GetValue<int>());
        Assert.Null(literal["maxDifference"]);
    }

    /// <summary>United States (+13) lose 3rd to Costa Rica (+3) only when beaten by 6 or more: Costa Rica − US at most 5.</summary>
    [Fact]
    public void ScenariosNext_As28March2022_MarginLiteralInJson()
    {
        var usa = Team(Next("2022-03-28", "--team", "USA"), "United States");
        var literal = usa["conditions"]![0]!["terms"]![0]![0]!;

        Assert.Equal("Costa Rica", literal["home"]!.GetValue<string>());
        Assert.Null(literal["minDifference"]);
        Assert.Equal(5, literal["maxDifference"]!.GetValue<int>());
        Assert.Equal("they do not lose to Costa Rica by 6 goals or more", literal["text"]!.GetValue<string>());
    }

    /// <summary>
    /// Costa Rica beat the United States by e and Mexico lose to El Salvador by x: all three on 25 points, Costa Rica (+3 + e)
    /// pass Mexico (+7 − x) when e + x ≥ 5, whatever the goals (table of 28 March 2022: Mexico +7, Costa Rica +3). The margin
    /// rules cover e ≥ 4 or x ≥ 4 only; 3-0 and 0-2 (e + x = 5) is the example with the fewest goals.
    /// </summary>
    [Fact]
    public void ScenariosNext_As28March2022_MarginDependentInJson()
    {
        var costaRica = Team(Next("2022-03-28"), "Costa Rica");
        var claim = costaRica["marginDependent"]!.AsArray().Single(c => c!["slot"]!.GetValue<string>() == "qualified")!;
        var literals = claim["terms"]![0]!.AsArray();

        Assert.True(costaRica["marginDependentComplete"]!.GetValue<bool>());
        Assert.Equal("clinch", claim["kind"]!.GetValue<string>());
        Assert.Equal(["they beat United States", "Mexico lose to El Salvador"], literals.Select(l => l!["text"]!.GetValue<string>()));
        Assert.Equal([1, 0], claim["matches"]!.AsArray().Select(m => m!.GetValue<int>()));
        Assert.True(claim["margins"]!.GetValue<bool>());
        Assert.Equal(5, claim["combinedMargin"]!["atLeast"]!.GetValue<int>());
        Assert.Equal(["Costa Rica 3-0 United States", "Mexico 0-2 El Salvador"], claim["example"]!.AsArray()
            .Select(e => $"{e!["home"]} {e["homeGoals"]}-{e["awayGoals"]} {e["away"]}"));
    }

    [Fact]
    public void ScenariosNext_DecidedTeam_HasSummaryAndNoConditions()
    {
        var canada = Team(Next("2022-03-28"), "Canada");

        Assert.Empty(canada["conditions"]!.AsArray());
        Assert.Equal("Canada have already clinched qualification (1st-3rd)", canada["summary"]!.GetValue<string>());
    }

    /// <summary>
    /// Combination 0 is every home side winning: Mexico, Costa Rica, Panama, Jamaica. Costa Rica then clinch 3rd if they
    /// beat the United States by 6 or more (both on 25; GD +3 + e against +13 − e).
    /// </summary>
    [Fact]
    public void ScenariosNext_Combinations_ListEveryCombinationWithMargins()
    {
        var combinations = Next("2022-03-28", "--combinations")["groups"]![0]!["combinations"]!.AsArray();
        var first = combinations[0]!;

        Assert.Equal(81, combinations.Count);
        Assert.Equal(["homeWin", "homeWin", "homeWin", "homeWin"], first["results"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Contains(first["margins"]!.AsArray(), m => m!["team"]!.GetValue<string>() == "Costa Rica"
            && m["slot"]!.GetValue<string>() == "qualified" && m["atLeast"]!.GetValue<int>() == 6);
    }

    [Fact]
    public void ScenariosNext_WithoutCombinations_CombinationsAreNull()
    {
        Assert.Null(Next("2022-03-28")["groups"]![0]!["combinations"]);
    }

    [Fact]
    public void ScenariosNext_CombinationsWithoutNext_FailsWithExitTwo()
    {
        var result = CliRunner.RunOffline("scenarios", "concacaf-2022", "--combinations");

        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Error.Trim().Split('\n'));
        Assert.Contains("--combinations", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ScenariosNext_AfterTheLastMatch_FailsWithExitTwo()
    {
        var result = CliRunner.RunOffline("scenarios", "concacaf-2022", "--as-of", "2022-03-31", "--next");

        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Error.Trim().Split('\n'));
        Assert.Contains("nothing is left to play", result.Error, StringComparison.Ordinal);
    }
}
