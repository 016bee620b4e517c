using System.Text.Json.Nodes;
using Qualify.Testing;

namespace Qualify.Cli.Tests.Import;

/// <summary>
/// Qualifying while it is live (issue 13, deliverable 6): a store whose last Octagon match is still a scheduled fixture
/// (results.csv line 45,126, "2022-03-30,Costa Rica,United States,2,0", imported as "2022-03-29,…,NA,NA") leaves it to
/// play; the result then arrives either inline, as a dated decision in a definition, or by re-importing a newer
/// dataset, and table, forecast and scenarios all take it at once. Real final table (results.csv): United States and
/// Costa Rica 25 points each, United States third on goal difference (+11 against +5).
/// </summary>
public sealed class LiveResultTests(LiveResultTests.LiveStore store) : IClassFixture<LiveResultTests.LiveStore>, IDisposable
{
    private readonly LiveStore _store = store;
    private readonly TemporaryFolder _definitions = TestPaths.CreateTemporaryFolder();

    public void Dispose() => _definitions.Dispose();

    /// <summary>The store's environment, with a folder holding the Octagon (from the store) under id <c>octagon-live</c> and <paramref name="decisions"/>.</summary>
    private Dictionary<string, string> WithDefinition(JsonArray decisions)
    {
        var definition = JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.CompetitionsFolder, "concacaf-2022-history.json")))!.AsObject();
        definition["id"] = "octagon-live";
        definition["decisions"] = decisions;
        File.WriteAllText(_definitions.File("octagon-live.json"), definition.ToJsonString());
        return new Dictionary<string, string>(_store.Environment) { ["QUALIFY_COMPETITIONS"] = _definitions.Path };
    }

    private static JsonArray InlineResult() =>
    [
        new JsonObject { ["date"] = "2022-03-29", ["home"] = "Costa Rica", ["away"] = "United States", ["score"] = "2-0", ["reason"] = "result reported after the dataset's release" },
    ];

    private static JsonNode Json(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var result = CliRunner.Run(environment, [.. args, "--format", "json"]);
        Assert.True(result.ExitCode == 0, result.Error);
        return JsonNode.Parse(result.Out)!;
    }

    private static (int Remaining, int UsaPosition, int UsaPoints, int CostaRicaPoints) Table(IReadOnlyDictionary<string, string> environment, string id)
    {
        var group = Json(environment, "table", id)["groups"]![0]!;
        var rows = group["rows"]!.AsArray().ToDictionary(r => r!["team"]!.GetValue<string>(), r => r!);
        return (group["matchesRemaining"]!.GetValue<int>(), rows["United States"]["position"]!.GetValue<int>(),
            rows["United States"]["points"]!.GetValue<int>(), rows["Costa Rica"]["points"]!.GetValue<int>());
    }

    [Fact]
    public void Table_ScheduledMatch_IsLeftToPlay()
    {
        // Before the last match: United States 25, Costa Rica 22.
        Assert.Equal((1, 3, 25, 22), Table(_store.Environment, "concacaf-2022-history"));
    }

    [Fact]
    public void Scenarios_ScheduledMatch_LeavesFirstToFourthOpen()
    {
        // Final table before it (results.csv): Canada 28 (+16), Mexico 28 (+9), United States 25 (+13), Costa Rica 22
        // (+3). A United States win by four or more takes 28 points and the best goal difference (+17 > +16): first.
        // Costa Rica reach 25 with any win and pass on goal difference with a win by six or more (+13 − k < +3 + k).
        var usa = Json(_store.Environment, "scenarios", "concacaf-2022-history", "--team", "United States")["groups"]![0]!["teams"]![0]!;

        Assert.Equal((1, 4), (usa["bestPosition"]!.GetValue<int>(), usa["worstPosition"]!.GetValue<int>()));
    }

    [Fact]
    public void Table_InlineResult_CountsTheMatch()
    {
        Assert.Equal((0, 3, 25, 25), Table(WithDefinition(InlineResult()), "octagon-live"));
    }

    [Fact]
    public void Forecast_InlineResult_LeavesNothingToSimulate()
    {
        var forecast = Json(WithDefinition(InlineResult()), "forecast", "octagon-live", "--sims", "200");

        Assert.Empty(forecast["fixtures"]!.AsArray());
    }

    [Fact]
    public void Scenarios_InlineResult_SettlesThirdPlace()
    {
        var usa = Json(WithDefinition(InlineResult()), "scenarios", "octagon-live", "--team", "United States")["groups"]![0]!["teams"]![0]!;

        Assert.Equal((3, 3), (usa["bestPosition"]!.GetValue<int>(), usa["worstPosition"]!.GetValue<int>()));
    }

    [Fact]
    public void Table_NewerDatasetReimported_CountsTheMatch()
    {
        // A store of its own: the class's store keeps the scheduled match for the other tests.
        using var own = new LiveStore();
        var reimport = CliRunner.Run(own.Environment, "import", TestPaths.DatasetFolder);
        Assert.True(reimport.ExitCode == 0, reimport.Error);

        Assert.Equal((0, 3, 25, 25), Table(own.Environment, "concacaf-2022-history"));
    }

    /// <summary>The real dataset with the Octagon's last Costa Rica v United States still to play.</summary>
    public sealed class LiveStore() : EditedDatasetStore(
        "2022-03-30,Costa Rica,United States,2,0,", "2022-03-29,Costa Rica,United States,NA,NA,");
}
