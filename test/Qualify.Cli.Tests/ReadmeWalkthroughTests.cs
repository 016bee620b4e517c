using System.Text.Json;
using Qualify.Testing;

namespace Qualify.Cli.Tests;

/// <summary>
/// The README's fan walkthrough (CONMEBOL 2026 as of 11 Jun 2025, after 16 of 18 rounds) runs as written and says what
/// the commands print. Expected figures from results.csv (CONMEBOL qualifying 7 Sep 2023 – 10 Jun 2025): Venezuela 18
/// points, Bolivia 17, Ecuador 25 after FIFA's three-point deduction (competitions/conmebol-2026.json); the final table
/// (Bolivia 7th) is checked by <see cref="LibraryOutcomeTests"/>.
/// </summary>
[Collection(ImportedStoreCollection.Name)]
public sealed class ReadmeWalkthroughTests(ImportedStoreFixture store)
{
    private static readonly string[] Commands =
    [
        "qualify table conmebol-2026 --as-of 2025-06-11",
        "qualify forecast conmebol-2026 --as-of 2025-06-11",
        "qualify scenarios conmebol-2026 --as-of 2025-06-11 --team Bolivia --next",
    ];

    private static string Readme => File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "README.md")).ReplaceLineEndings("\n");

    private static string Flat(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");

    private CliResult Run(params string[] args)
    {
        var result = CliRunner.Run(store.Environment, args);
        Assert.True(result.ExitCode == 0, result.Error);
        return result;
    }

    [Fact]
    public void Readme_Walkthrough_ShowsTheCommandsTheseTestsRun()
    {
        Assert.All(Commands, command => Assert.Contains(command, Readme, StringComparison.Ordinal));
    }

    [Fact]
    public void Table_WalkthroughDate_VenezuelaSeventhOn18BoliviaEighthOn17()
    {
        var rows = JsonDocument.Parse(Run("table", "conmebol-2026", "--as-of", "2025-06-11", "--format", "json").Out)
            .RootElement.GetProperty("groups")[0].GetProperty("rows").EnumerateArray()
            .ToDictionary(r => r.GetProperty("team").GetString()!, r => (Position: r.GetProperty("position").GetInt32(), Points: r.GetProperty("points").GetInt32()));

        Assert.Equal((7, 18), rows["Venezuela"]);
        Assert.Equal((8, 17), rows["Bolivia"]);
    }

    [Fact]
    public void Table_WalkthroughDate_EcuadorSecondOn25AfterTheDeduction()
    {
        var ecuador = JsonDocument.Parse(Run("table", "conmebol-2026", "--as-of", "2025-06-11", "--format", "json").Out)
            .RootElement.GetProperty("groups")[0].GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("team").GetString() == "Ecuador");

        Assert.Equal((2, 25, 3), (ecuador.GetProperty("position").GetInt32(), ecuador.GetProperty("points").GetInt32(), ecuador.GetProperty("deduction").GetInt32()));
        Assert.Contains("25 (-3)", Readme, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_WalkthroughDate_SixteenOfEighteenRoundsPlayed()
    {
        // Ten teams, double round robin: 90 matches in 18 rounds of five; after 16 rounds, 80 played and 10 left.
        var group = JsonDocument.Parse(Run("table", "conmebol-2026", "--as-of", "2025-06-11", "--format", "json").Out).RootElement.GetProperty("groups")[0];

        Assert.Equal((80, 10), (group.GetProperty("matchesPlayed").GetInt32(), group.GetProperty("matchesRemaining").GetInt32()));
    }

    [Fact]
    public void Scenarios_WalkthroughBolivia_SixthToNinth()
    {
        // Bolivia (17 points, goal difference -16, two matches left) can still pass Colombia (22) only by winning both
        // while Colombia lose both, and can fall below Peru (12) only by losing both while Peru win both; Chile (10) can
        // reach 16 at most, so Bolivia cannot finish 10th.
        var bolivia = JsonDocument.Parse(Run("scenarios", "conmebol-2026", "--as-of", "2025-06-11", "--team", "Bolivia", "--format", "json").Out)
            .RootElement.GetProperty("groups")[0].GetProperty("teams")[0];

        Assert.Equal((6, 9), (bolivia.GetProperty("bestPosition").GetInt32(), bolivia.GetProperty("worstPosition").GetInt32()));
    }

    [Fact]
    public void ScenariosNext_WalkthroughBolivia_SaysTheQuotedCondition()
    {
        // Quoted in the README: the first sentence of what the matchday of 4 Sep 2025 settles for Bolivia.
        const string Sentence = "Bolivia can no longer reach qualification (1st-6th) if they do not beat Colombia.";

        var text = Run("scenarios", "conmebol-2026", "--as-of", "2025-06-11", "--team", "Bolivia", "--next").Console;

        Assert.Contains(Sentence, Flat(text), StringComparison.Ordinal);
        Assert.Contains(Sentence, Flat(Readme), StringComparison.Ordinal);
    }

    [Fact]
    public void Forecast_Walkthrough_RunsWithTheSlotsTheReadmeNames()
    {
        var slots = JsonDocument.Parse(Run("forecast", "conmebol-2026", "--as-of", "2025-06-11", "--sims", "2000", "--format", "json").Out)
            .RootElement.GetProperty("teams")[0].GetProperty("slots").EnumerateObject().Select(p => p.Name).ToList();

        Assert.Equal(["qualified", "playoff", "eliminated"], slots);
    }
}
