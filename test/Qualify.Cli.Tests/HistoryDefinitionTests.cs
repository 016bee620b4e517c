using Qualify.Testing;

namespace Qualify.Cli.Tests;

/// <summary>
/// A definition that reads its matches from the imported store names its teams as the store does. The definition here
/// is the CONCACAF 2022 final round from the store (the built-in <c>concacaf-2022-history</c>: FIFA World Cup
/// qualification matches from 2 Sep 2021 to 30 Mar 2022 between its eight teams), with one team written as given.
/// </summary>
[Collection(ImportedStoreCollection.Name)]
public sealed class HistoryDefinitionTests(ImportedStoreFixture store) : IDisposable
{
    private readonly TemporaryFolder _folder = TestPaths.CreateTemporaryFolder();

    private CliResult TableWithThirdTeam(string team)
    {
        var json = File.ReadAllText(Path.Combine(TestPaths.CompetitionsFolder, "concacaf-2022-history.json"))
            .Replace("\"concacaf-2022-history\"", "\"octagon-spelling\"", StringComparison.Ordinal)
            .Replace("\"United States\",", $"\"{team}\",", StringComparison.Ordinal);
        File.WriteAllText(_folder.File("octagon-spelling.json"), json);
        var environment = new Dictionary<string, string>(store.Environment) { ["QUALIFY_COMPETITIONS"] = _folder.Path };
        return CliRunner.Run(environment, "table", "octagon-spelling", "--format", "csv");
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Table_HistoryDefinitionWithMisspeltTeam_ExitsTwoSuggestingTheStoreName()
    {
        var result = TableWithThirdTeam("Untied States");

        Assert.Equal((2, $"error: octagon-spelling.json: stages[0].groups[0].teams[2]: 'Untied States' is not a team of the history store at {store.DatabasePath} "
            + "(did you mean 'United States'?); write the name as results.csv does (qualify teams --search <part of the name>)\n"),
            (result.ExitCode, result.Error.ReplaceLineEndings("\n")));
    }

    [Fact]
    public void Table_HistoryDefinitionWithAlias_SuggestsTheNameItStandsFor()
    {
        // "USA" is a built-in alias of United States (TeamAliases), but the store filters by the dataset's name.
        var result = TableWithThirdTeam("USA");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("teams[2]: 'USA' is not a team of the history store at ", result.Error, StringComparison.Ordinal);
        Assert.Contains("(did you mean 'United States'?)", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_HistoryDefinitionSpeltAsTheStore_ShowsTheFinalTable()
    {
        var result = TableWithThirdTeam("United States");

        // Final table, 30 Mar 2022 (CONCACAF), from the 56 matches in results.csv: Canada first with 28 points.
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.StartsWith("octagon-spelling,,Final round,Octagon,1,Canada,14,8,4,2,23,7,16,28,", result.Out.Split('\n')[1], StringComparison.Ordinal);
    }
}
