using System.Text.Json;
using Qualify.Testing;

namespace Qualify.Cli.Tests;

/// <summary>
/// The README: its size, its links, and its competition-definition example (docs/examples/ofc-2022-group-b.json) is a working definition and
/// the README names it with the command that reads it. Expected table: OFC 2022 World Cup qualifying group B, results.csv lines 44959, 44960,
/// 44963, 44964, 44988 and 44989 (New Zealand 9 points, Papua New Guinea 6, Fiji 3, New Caledonia 0).
/// </summary>
public sealed class ReadmeTests
{
    [Fact]
    public void Readme_Size_UnderTwelveKilobytes()
    {
        // The README is for users (what Qualify is, the two commands, the commands, links); depth lives in docs/.
        var size = new FileInfo(Path.Combine(TestPaths.RepositoryRoot, "README.md")).Length;

        Assert.True(size < 12 * 1024, $"README.md is {size} bytes: move the depth into docs/");
    }

    [Fact]
    public void Readme_DocumentationLinks_PointToFilesThatExist()
    {
        var readme = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "README.md"));
        var links = System.Text.RegularExpressions.Regex.Matches(readme, @"\]\((docs/[^)#]+)").Select(m => m.Groups[1].Value).ToList();

        Assert.NotEmpty(links);
        Assert.All(links, link => Assert.True(File.Exists(Path.Combine(TestPaths.RepositoryRoot, link)), link));
    }

    private static string ExamplesFolder => Path.Combine(TestPaths.RepositoryRoot, "docs", "examples");

    [Fact]
    public void Readme_DefinitionExample_LinksTheExampleFileAndTheCommandThatReadsIt()
    {
        var readme = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "README.md")).ReplaceLineEndings(" ");

        Assert.Contains("[docs/examples/ofc-2022-group-b.json](docs/examples/ofc-2022-group-b.json)", readme, StringComparison.Ordinal);
        Assert.Contains("`QUALIFY_COMPETITIONS=docs/examples qualify table ofc-2022-group-b`", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_ReadmeExample_RanksTheRealGroup()
    {
        using var folder = TestPaths.CreateTemporaryFolder();
        var environment = new Dictionary<string, string>
        {
            ["QUALIFY_DB"] = folder.File("none/history.db"),
            ["QUALIFY_COMPETITIONS"] = ExamplesFolder,
        };

        var result = CliRunner.Run(environment, "table", "ofc-2022-group-b", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var document = JsonDocument.Parse(result.Out);
        var rows = document.RootElement.GetProperty("groups")[0].GetProperty("rows").EnumerateArray()
            .Select(r => $"{r.GetProperty("team").GetString()} {r.GetProperty("points").GetInt32()} {r.GetProperty("slot").GetString()}");
        Assert.Equal(
            ["New Zealand 9 advanced", "Papua New Guinea 6 advanced", "Fiji 3 eliminated", "New Caledonia 0 eliminated"],
            rows);
    }
}
