using System.Text.Json;

namespace Qualify.Cli.Tests;

/// <summary>
/// <c>qualify table</c> end to end, offline on the built-in Octagon. Expected standings: the CONCACAF final-round
/// table after matchday 8 (17 Nov 2021) and the final table (30 Mar 2022), as published by CONCACAF.
/// </summary>
public sealed class TableCommandTests
{
    [Fact]
    public void Table_Octagon17Nov2021_MatchesSnapshot()
    {
        var result = CliRunner.RunOffline("table", "concacaf-2022", "--as-of", "2021-11-17");

        Assert.Equal(0, result.ExitCode);
        Snapshot.Match("table-concacaf-2022-2021-11-17.txt", result.Console);
    }

    [Fact]
    public void Table_OctagonFinal_MatchesSnapshot()
    {
        var result = CliRunner.RunOffline("table", "concacaf-2022");

        Assert.Equal(0, result.ExitCode);
        Snapshot.Match("table-concacaf-2022-final.txt", result.Console);
    }

    [Fact]
    public void Table_JsonFormat_PrintsOneDocumentWithCanadaFirst()
    {
        var result = CliRunner.RunOffline("table", "concacaf-2022", "--as-of", "2021-11-17", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var document = JsonDocument.Parse(result.Out);
        var root = document.RootElement;
        Assert.Equal("concacaf-2022", root.GetProperty("competition").GetString());
        Assert.Equal("2021-11-17", root.GetProperty("asOf").GetString());
        var first = root.GetProperty("groups")[0].GetProperty("rows")[0];

        // Canada after matchday 8: P8 W4 D4 L0, 13-5, 16 points (the example row).
        Assert.Equal(
            "1 Canada 8 4 4 0 13 5 8 16 qualified points",
            string.Join(' ', "position team played won drawn lost goalsFor goalsAgainst goalDifference points slot decidedBy"
                .Split(' ').Select(p => first.GetProperty(p).ToString())));
    }

    [Fact]
    public void Table_CsvFormat_PrintsHeaderAndEightRows()
    {
        var result = CliRunner.RunOffline("table", "concacaf-2022", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.TrimEnd('\n').Split('\n');
        Assert.Equal(9, lines.Length);
        Assert.StartsWith("competition,asOf,stage,group,position,team,", lines[0], StringComparison.Ordinal);
        Assert.Equal("concacaf-2022,,Final round,Octagon,1,Canada,14,8,4,2,23,7,16,28,0,qualified,goal difference +16 vs +9", lines[1]);
    }

    [Fact]
    public void Table_UnknownCompetition_ExitsTwoWithSuggestion()
    {
        var result = CliRunner.RunOffline("table", "concacaf-2023");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: unknown competition 'concacaf-2023' (did you mean 'concacaf-2022' or 'concacaf-2026'?)\n", result.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Table_MisspelledCompetition_SuggestsClosestId()
    {
        var result = CliRunner.RunOffline("table", "concacaf-2021");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("did you mean 'concacaf-2022'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_ImpossibleDate_ExitsTwoNamingTheValue()
    {
        var result = CliRunner.RunOffline("table", "concacaf-2022", "--as-of", "2021-02-30");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: --as-of: '2021-02-30' is not a real date (expected yyyy-MM-dd, e.g. 2021-11-17)\n", result.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Table_UnknownFormat_ExitsTwo()
    {
        var result = CliRunner.RunOffline("table", "concacaf-2022", "--format", "xml");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: --format: 'xml' is not one of table, json, csv\n", result.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Table_UnknownOption_ExitsTwoOnOneLine()
    {
        var result = CliRunner.RunOffline("table", "concacaf-2022", "--asof", "2021-11-17");

        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
        Assert.StartsWith("error: ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_HistoryCompetitionWithoutImport_ExitsTwoAskingForImport()
    {
        var result = CliRunner.RunOffline("table", "concacaf-2022-history");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("run 'qualify import <folder>' first", result.Error, StringComparison.Ordinal);
    }
}
