namespace Qualify.Cli.Tests;

/// <summary>
/// The shape of each offline command's JSON document on the Octagon (CONCACAF 2022 final round, built-in fixtures),
/// compared with a reviewed snapshot (<see cref="JsonShape"/>): a renamed, removed, added, reordered or retyped
/// property fails. The values are checked by the commands' own tests.
/// </summary>
public sealed class JsonShapeTests
{
    [Fact]
    public void Table_Octagon_KeepsItsShape()
    {
        // 2021-11-17: 8 of 14 matchdays played (the Octagon table on that date).
        AssertShape("table-concacaf-2022-2021-11-17.shape.txt", "table", "concacaf-2022", "--as-of", "2021-11-17");
    }

    [Fact]
    public void Forecast_Octagon_KeepsItsShape()
    {
        // 2022-03-28: the last matchday to play, with the play-off against New Zealand (4th place).
        AssertShape("forecast-concacaf-2022-2022-03-28.shape.txt", "forecast", "concacaf-2022", "--as-of", "2022-03-28", "--sims", "2000", "--seed", "1");
    }

    [Fact]
    public void ForecastTimeline_Octagon_KeepsItsShape()
    {
        // The whole final round, re-forecast after each matchday.
        AssertShape("forecast-timeline-concacaf-2022.shape.txt", "forecast", "concacaf-2022", "--timeline", "--sims", "200", "--seed", "1");
    }

    [Fact]
    public void Scenarios_Octagon_KeepsItsShape()
    {
        // 2022-03-28: one matchday left, so some slots are settled (proofs) and some open (witnesses).
        AssertShape("scenarios-concacaf-2022-2022-03-28.shape.txt", "scenarios", "concacaf-2022", "--as-of", "2022-03-28");
    }

    [Fact]
    public void ScenariosNext_OctagonWithCombinations_KeepsItsShape()
    {
        // 2022-03-28: the last matchday, with conditions, margin-dependent claims (Costa Rica's combined margin) and margins within combinations.
        AssertShape("scenarios-next-concacaf-2022-2022-03-28.shape.txt", "scenarios", "concacaf-2022", "--as-of", "2022-03-28", "--next", "--combinations");
    }

    [Fact]
    public void Competitions_BuiltIn_KeepsItsShape()
    {
        // The built-in definitions, none of them invalid.
        AssertShape("competitions.shape.txt", "competitions");
    }

    private static void AssertShape(string snapshot, params string[] args)
    {
        var result = CliRunner.RunOffline([.. args, "--format", "json"]);
        Assert.Equal(0, result.ExitCode);
        Snapshot.Match(snapshot, JsonShape.Of(result.Out));
    }
}
