using System.Text.Json.Nodes;
using Qualify.Testing;

namespace Qualify.Cli.Tests;

/// <summary>
/// The CLI over the imported shared dataset. Expected counts come from the dataset itself: results.csv has 49,520
/// rows, one of them a repeat of 1974-02-17 Tahiti v New Caledonia (line 9644 repeats line 9643 with the score
/// reversed), and shootouts.csv line 424 (2011-06-29 Saare County v Åland Islands) has no result row.
/// </summary>
[Collection(ImportedStoreCollection.Name)]
public sealed class HistoryCommandsTests(ImportedStoreFixture store)
{
    [Fact]
    public void Import_RealDataset_StoresAllButTheDuplicate()
    {
        Assert.Equal(0, store.ImportResult.ExitCode);
        Assert.Contains("49,520", store.ImportResult.Console, StringComparison.Ordinal);
        Assert.Contains("49,519 matches", store.ImportResult.Console, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_RealDataset_ReportsTheDuplicateAndTheOrphanShootout()
    {
        Assert.Equal(
            [
                "warning: duplicate skipped: results.csv:9644: duplicate of line 9643 for 1974-02-17 Tahiti v New Caledonia (kept 2-1, skipped 1-2)",
                "warning: no matching result, skipped: shootouts.csv:424: no result for 2011-06-29 Saare County v Åland Islands",
            ],
            store.ImportResult.Error.TrimEnd('\n').Split('\n'));
    }

    [Theory]
    [InlineData("2021-11-17")]
    [InlineData(null)]
    public void Table_HistoryFilterDefinition_EqualsBuiltInFixtures(string? asOf)
    {
        string[] dateArgs = asOf is null ? [] : ["--as-of", asOf];
        var inline = CliRunner.Run(store.Environment, ["table", "concacaf-2022", "--format", "json", .. dateArgs]);
        var history = CliRunner.Run(store.Environment, ["table", "concacaf-2022-history", "--format", "json", .. dateArgs]);

        Assert.Equal((0, 0), (inline.ExitCode, history.ExitCode));
        Assert.Equal(Groups(inline.Out), Groups(history.Out));
    }

    [Fact]
    public void Teams_FormerNameSearch_FindsCurrentTeam()
    {
        // former_names.csv: DR Congo played as Zaïre from 1971 to 1997.
        var result = CliRunner.Run(store.Environment, "teams", "--search", "zaire", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var teams = JsonNode.Parse(result.Out)!["teams"]!.AsArray().Select(t => t!["team"]!.GetValue<string>());
        Assert.Equal(["DR Congo"], teams);
    }

    [Fact]
    public void Import_TruncatedResults_FailsNamingLineAndKeepsCounts()
    {
        using var folder = TestPaths.CreateTemporaryFolder();
        foreach (var file in Directory.GetFiles(TestPaths.DatasetFolder, "*.csv"))
        {
            File.Copy(file, folder.File(Path.GetFileName(file)));
        }

        // Cut results.csv in the middle of a line: the first 10,000 bytes hold 127 complete lines and end inside
        // line 128, "1899-04-08,England,Scotland,2,1,British Home Championshi" (checked with head -c 10000 | wc -l).
        var bytes = File.ReadAllBytes(folder.File("results.csv"));
        File.WriteAllBytes(folder.File("results.csv"), bytes[..10_000]);
        // The failed import writes to a copy: the shared store stays read-only for the other tests.
        var copy = store.CopyTo(folder);
        var before = ImportedStoreFixture.Counts(copy);

        var result = CliRunner.Run(new Dictionary<string, string> { ["QUALIFY_DB"] = copy }, "import", folder.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: results.csv:128: ", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, ImportedStoreFixture.Counts(copy));
        Assert.Equal(before, store.Counts());
    }

    private static string Groups(string json) => JsonNode.Parse(json)!["groups"]!.ToJsonString();
}
