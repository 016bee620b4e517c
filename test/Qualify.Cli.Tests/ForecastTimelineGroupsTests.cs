namespace Qualify.Cli.Tests;

/// <summary>
/// <c>forecast --timeline</c> on a competition of many groups (caf-2026: nine groups, A–I, of six teams; its first
/// matches on 15 Nov 2023, results.csv) prints one table per group, so that 53 teams never squeeze into one table's
/// columns (which printed nothing but an ellipsis before).
/// </summary>
[Collection(ImportedStoreCollection.Name)]
public sealed class ForecastTimelineGroupsTests(ImportedStoreFixture store)
{
    private string Timeline()
    {
        var result = CliRunner.Run(new CliRun(store.Environment) { Width = 100 }, "forecast", "caf-2026", "--as-of", "2023-11-16", "--sims", "200", "--timeline");
        Assert.True(result.ExitCode == 0, result.Error);
        return result.Console;
    }

    [Fact]
    public void Timeline_NineGroups_OneTablePerGroup()
    {
        var text = Timeline();

        Assert.All("ABCDEFGHI", g => Assert.Contains($"group {g}: chance of qualified (%)", System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " "), StringComparison.Ordinal));
    }

    [Fact]
    public void Timeline_NineGroups_EveryTeamHasAColumn()
    {
        // Group A of caf-2026.json: Egypt, Burkina Faso, Sierra Leone, Ethiopia, Guinea-Bissau, Djibouti.
        var text = Timeline();

        Assert.All(["Egypt", "Burkina Faso", "Sierra Leone", "Ethiopia", "Guinea-Bissau", "Djibouti"], t => Assert.Contains(t, text, StringComparison.Ordinal));
    }
}
