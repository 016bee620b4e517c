using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Qualify.Testing;
using Spectre.Console.Testing;

namespace Qualify.Cli.Tests;

/// <summary>
/// Output a user reads (issue 11, finding 8): widths, row order, chart axes, the simulation bound, progress on standard
/// error, and a table before its competition starts. Team orders: the Octagon's table (CONCACAF, 17 Nov 2021).
/// </summary>
public sealed partial class OutputTests
{
    private static CliResult Offline(int width, params string[] args)
    {
        using var folder = TestPaths.CreateTemporaryFolder();
        return CliRunner.Run(CliRun.Offline(folder) with { Width = width }, args);
    }

    [Theory]
    [InlineData(80)]
    [InlineData(120)]
    public void Competitions_NarrowConsole_NeverBreaksAnIdOrANumber(int width)
    {
        var result = Offline(width, "competitions");

        Assert.Equal(0, result.ExitCode);
        var words = Words(result.Console);
        Assert.Contains("concacaf-2022-history", words);
        Assert.Contains("2021-09-02", words);
        Assert.Contains("2022-03-30", words);
        Assert.Contains("3-1-0", words);
        Assert.DoesNotContain("…", result.Console, StringComparison.Ordinal);
        Assert.All(result.Console.Split('\n'), line => Assert.True(line.Length <= width, line));
    }

    [Theory]
    [InlineData(80)]
    [InlineData(120)]
    public void Forecast_NarrowConsole_KeepsHeadingsTeamsAndNumbersWhole(int width)
    {
        var result = Offline(width, "forecast", "concacaf-2022", "--as-of", "2021-11-17", "--sims", "2000");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("…", result.Console, StringComparison.Ordinal);
        var words = Words(result.Console);
        Assert.Contains("qualified", words);
        Assert.Contains("eliminated", words);
        Assert.Contains("Salvador", words);
        Assert.Contains("Honduras", words);
        Assert.All(result.Console.Split('\n'), line => Assert.True(line.Length <= width, line));
    }

    [Fact]
    public void Table_PipedWithColumns_LaysOutToThatWidth()
    {
        // The test console is not a terminal, as when the output is piped: COLUMNS then sets the width.
        using var folder = TestPaths.CreateTemporaryFolder();
        var run = new CliRun(new Dictionary<string, string> { ["QUALIFY_DB"] = folder.File("none/history.db"), ["COLUMNS"] = "80" }) { Width = 200 };

        var result = CliRunner.Run(run, "table", "concacaf-2022", "--as-of", "2021-11-17");

        Assert.Equal(0, result.ExitCode);
        Assert.All(result.Console.Split('\n'), line => Assert.True(line.Length <= 80, line));
    }

    [Theory]
    [InlineData("2021-09-01")]
    [InlineData("2021-11-17")]
    [InlineData("2022-03-24")]
    public void TableForecastScenarios_SameDate_ListTheTeamsInTheTablesOrder(string asOf)
    {
        var table = Offline(200, "table", "concacaf-2022", "--as-of", asOf);
        var forecast = Offline(200, "forecast", "concacaf-2022", "--as-of", asOf, "--sims", "2000");
        var scenarios = Offline(200, "scenarios", "concacaf-2022", "--as-of", asOf);

        var expected = TeamOrder(table.Console, "Final round — Octagon");
        Assert.Equal(8, expected.Count);
        Assert.Equal(expected, TeamOrder(forecast.Console, "Octagon: slots"));
        Assert.Equal(expected, TeamOrder(forecast.Console, "Octagon: final position (%)"));
        Assert.Equal(expected, TeamOrder(scenarios.Console, "Octagon: "));
    }

    [Fact]
    public void Table_AsOfBeforeTheFirstMatch_SaysSoAndLabelsNoSlot()
    {
        // The Octagon's first matches were on 2021-09-02 (results.csv).
        var result = Offline(200, "table", "concacaf-2022", "--as-of", "2021-09-01");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("concacaf-2022 has not started by 2021-09-01 (its first match is on 2021-09-02)", result.Console, StringComparison.Ordinal);
        Assert.DoesNotMatch(SlotName(), result.Console.Split("Final round — Octagon")[1]);
    }

    [Fact]
    public void TableJson_AsOfBeforeTheFirstMatch_HasNoPositionNoSlotAndTeamsAlphabetically()
    {
        // The Octagon's first matches were on 2021-09-02 (results.csv): on 2021-09-01 no standing exists yet.
        var result = Offline(200, "table", "concacaf-2022", "--as-of", "2021-09-01", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var document = System.Text.Json.JsonDocument.Parse(result.Out);
        var rows = document.RootElement.GetProperty("groups")[0].GetProperty("rows").EnumerateArray().ToList();
        Assert.All(rows, r => Assert.Equal(System.Text.Json.JsonValueKind.Null, r.GetProperty("position").ValueKind));
        Assert.All(rows, r => Assert.Equal(System.Text.Json.JsonValueKind.Null, r.GetProperty("slot").ValueKind));
        var teams = rows.Select(r => r.GetProperty("team").GetString()!).ToList();
        Assert.Equal(teams.Order(StringComparer.Ordinal), teams);
    }

    [Fact]
    public void TableCsv_AsOfBeforeTheFirstMatch_LeavesPositionAndSlotEmpty()
    {
        var result = Offline(200, "table", "concacaf-2022", "--as-of", "2021-09-01", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        var canada = result.Out.Split('\n').Single(l => l.Contains(",Canada,", StringComparison.Ordinal));
        Assert.Equal("concacaf-2022,2021-09-01,Final round,Octagon,,Canada,0,0,0,0,0,0,0,0,0,,", canada);
    }

    [Fact]
    public void Forecast_TimelineChart_LabelsItsAxisWithIsoDates()
    {
        using var folder = TestPaths.CreateTemporaryFolder();
        var chart = folder.File("odds.svg");

        var result = CliRunner.Run(CliRun.Offline(folder), "forecast", "concacaf-2022", "--timeline", "--sims", "200", "--chart", chart);

        Assert.True(result.ExitCode == 0, result.Error);
        var svg = File.ReadAllText(chart);
        Assert.Matches(IsoDate(), svg);
        Assert.DoesNotMatch(OtherDate(), svg);
    }

    [Fact]
    public void ForecastHelp_Sims_DocumentsItsUpperBound()
    {
        var result = Offline(200, "forecast", "--help");

        Assert.Contains("Number of simulations, 1 to 10000000", result.Console, StringComparison.Ordinal);
    }

    [Fact]
    public void Forecast_JsonWithProgressConsole_DrawsProgressThereAndOnlyJsonOnStandardOutput()
    {
        using var folder = TestPaths.CreateTemporaryFolder();
        var progress = new TestConsole().Interactive();

        var result = CliRunner.Run(CliRun.Offline(folder) with { ProgressConsole = progress }, "forecast", "concacaf-2022", "--sims", "2000", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("concacaf-2022", JsonNode.Parse(result.Out)!["competition"]!.GetValue<string>());
        Assert.Contains("simulating", progress.Output, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Console);
    }

    /// <summary>The whitespace-separated words of console output, box-drawing characters removed.</summary>
    private static HashSet<string> Words(string text) =>
        [.. Regex.Split(text, @"[\s│╭╮╰╯─┬┴┼├┤]+").Where(w => w.Length > 0)];

    /// <summary>The Octagon's teams in the order they first appear after <paramref name="title"/>.</summary>
    private static List<string> TeamOrder(string console, string title)
    {
        string[] teams = ["Canada", "Costa Rica", "El Salvador", "Honduras", "Jamaica", "Mexico", "Panama", "United States"];
        var section = console[(console.IndexOf(title, StringComparison.Ordinal) + title.Length)..];
        return [.. teams.Select(t => (Team: t, At: section.IndexOf(t, StringComparison.Ordinal))).Where(x => x.At >= 0).OrderBy(x => x.At).Select(x => x.Team)];
    }

    [GeneratedRegex(@"\b(qualified|playoff|eliminated)\b")]
    private static partial Regex SlotName();

    [GeneratedRegex(@">\s*20\d\d-\d\d-\d\d\s*<")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@">\s*\d{1,2}/\d{1,2}(/\d{2,4})?\s*<")]
    private static partial Regex OtherDate();
}
