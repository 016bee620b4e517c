using System.Text.Json;
using Qualify.Testing;

namespace Qualify.Cli.Tests;

/// <summary>
/// Extra definition folders (<c>QUALIFY_COMPETITIONS</c>) holding a broken file: the built-in competitions keep
/// working, naming the broken one exits 2 with one line naming its file and the JSON path (or line) of the fault, and
/// <c>qualify competitions</c> lists it as invalid with its reason. The built-in <c>concacaf-2022</c> is the CONCACAF
/// final round of qualifying for Qatar 2022 (Regulations for the Preliminary Competition, art. 20.6).
/// </summary>
public sealed class CompetitionFolderTests : IDisposable
{
    /// <summary>A complete single round-robin of three teams whose second slot overlaps the first (position 2 in both).</summary>
    private const string OverlappingSlots = """
        {
          "id": "my-cup", "name": "My cup", "tieBreakers": "overall",
          "stages": [{ "name": "Group stage", "groups": [{
            "name": "G", "format": "single-round-robin", "teams": ["A", "B", "C"],
            "slots": [{ "positions": "1-2", "slot": "qualified" }, { "positions": "2-3", "slot": "eliminated" }],
            "fixtures": [{ "date": "2024-03-01", "home": "A", "away": "B" }, { "date": "2024-03-05", "home": "A", "away": "C" },
                         { "date": "2024-03-09", "home": "B", "away": "C" }]
          }]}]
        }
        """;

    private const string OverlapError =
        "error: my-cup.json: stages[0].groups[0].slots[1].positions: \"2-3\" overlaps stages[0].groups[0].slots[0] (\"1-2\"): each position leads to one slot; write \"3\"\n";

    private readonly TemporaryFolder _folder = TestPaths.CreateTemporaryFolder();

    private Dictionary<string, string> Environment => new()
    {
        ["QUALIFY_DB"] = _folder.File("none/history.db"),
        ["QUALIFY_COMPETITIONS"] = _folder.File("extra"),
    };

    private CliResult Run(params string[] args) => CliRunner.Run(Environment, args);

    private void Write(string file, string json)
    {
        Directory.CreateDirectory(_folder.File("extra"));
        File.WriteAllText(Path.Combine(_folder.File("extra"), file), json);
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Table_BuiltInBesideBrokenDefinitions_StillWorks()
    {
        Write("my-cup.json", OverlappingSlots);
        Write("truncated.json", "{ \"id\": \"truncated\", \"stages\": [");
        Write("typo.json", OverlappingSlots.Replace("\"my-cup\"", "\"typo\"", StringComparison.Ordinal).Replace("\"qualified\"", "\"qualifed\"", StringComparison.Ordinal));

        var result = Run("table", "concacaf-2022", "--format", "csv");

        // Final table, 30 Mar 2022 (CONCACAF): Canada first with 28 points.
        Assert.Equal((0, string.Empty), (result.ExitCode, result.Error));
        Assert.StartsWith("concacaf-2022,,Final round,Octagon,1,Canada,14,8,4,2,23,7,16,28,", result.Out.Split('\n')[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Table_BrokenDefinition_ExitsTwoWithOneLineNamingFileAndPath()
    {
        Write("my-cup.json", OverlappingSlots);

        var result = Run("table", "my-cup");

        Assert.Equal((2, OverlapError), (result.ExitCode, result.Error.ReplaceLineEndings("\n")));
    }

    [Fact]
    public void Table_UnknownSlotKind_ShowsTheReadersOwnMessage()
    {
        Write("typo.json", OverlappingSlots.Replace("\"my-cup\"", "\"typo\"", StringComparison.Ordinal).Replace("\"qualified\"", "\"qualifed\"", StringComparison.Ordinal));

        var result = Run("table", "typo");

        Assert.Equal((2, "error: typo.json: stages[0].groups[0].slots[0].slot: expected qualified, playoff, advanced or eliminated, got \"qualifed\"\n"),
            (result.ExitCode, result.Error.ReplaceLineEndings("\n")));
    }

    [Fact]
    public void Forecast_BrokenDefinition_GivesTheSameError()
    {
        Write("my-cup.json", OverlappingSlots);

        var result = Run("forecast", "my-cup", "--sims", "100");

        Assert.Equal((2, OverlapError), (result.ExitCode, result.Error.ReplaceLineEndings("\n")));
    }

    [Fact]
    public void Competitions_BrokenDefinition_ListedAsInvalidWithItsReason()
    {
        Write("my-cup.json", OverlappingSlots);

        var result = Run("competitions");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1 definition is invalid", result.Console, StringComparison.Ordinal);
        Assert.Contains("  my-cup: my-cup.json: stages[0].groups[0].slots[1].positions: \"2-3\" overlaps", result.Console, StringComparison.Ordinal);
        Assert.Contains("concacaf-2022-history", result.Console, StringComparison.Ordinal);
    }

    [Fact]
    public void Competitions_JsonWithBrokenDefinition_ListsItUnderInvalid()
    {
        Write("my-cup.json", OverlappingSlots);

        var result = Run("competitions", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var document = JsonDocument.Parse(result.Out);
        var invalid = document.RootElement.GetProperty("invalid").EnumerateArray().Single();
        Assert.Equal(
            ("my-cup", _folder.File("extra/my-cup.json"), "stages[0].groups[0].slots[1].positions"),
            (invalid.GetProperty("id").GetString(), invalid.GetProperty("file").GetString(), invalid.GetProperty("location").GetString()));
        Assert.Equal(TestPaths.BuiltInIds,
            document.RootElement.GetProperty("competitions").EnumerateArray().Select(c => c.GetProperty("id").GetString()));
    }

    [Fact]
    public void Table_MalformedJson_ExitsTwoNamingLineAndColumn()
    {
        // Line 3 lacks its comma: the parser stops at the quote that opens line 4.
        Write("my-cup.json", "{\n  \"id\": \"my-cup\",\n  \"name\": \"My cup\"\n  \"tieBreakers\": \"overall\"\n}");

        var result = Run("table", "my-cup");

        Assert.Equal((2, "error: my-cup.json: line 4, column 3: '\"' is invalid after a value. Expected either ',', '}', or ']'\n"),
            (result.ExitCode, result.Error.ReplaceLineEndings("\n")));
    }

    [Fact]
    public void Competitions_MalformedJson_ListedByItsIdBesideTheBuiltIns()
    {
        // Truncated after its id: the id is still read for the listing.
        Write("truncated.json", "{ \"id\": \"my-cup\", \"name\": \"My cup\", \"stages\": [");

        var result = Run("competitions", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var document = JsonDocument.Parse(result.Out);
        var invalid = document.RootElement.GetProperty("invalid").EnumerateArray().Single();
        Assert.Equal(("my-cup", "line 1, column 48"), (invalid.GetProperty("id").GetString(), invalid.GetProperty("location").GetString()));
        Assert.Equal(TestPaths.BuiltInIds.Count, document.RootElement.GetProperty("competitions").GetArrayLength());
    }

    [Fact]
    public void Table_IdOfABuiltIn_KeepsTheBuiltInAndListsTheCopyAsInvalid()
    {
        var copy = File.ReadAllText(Path.Combine(TestPaths.CompetitionsFolder, "concacaf-2022.json"))
            .Replace("(the Octagon)", "(my copy)", StringComparison.Ordinal);
        Write("octagon.json", copy);

        var table = Run("table", "concacaf-2022");
        var list = Run("competitions", "--format", "json");

        Assert.Equal(0, table.ExitCode);
        Assert.Contains("(the Octagon)", table.Console, StringComparison.Ordinal);
        Assert.DoesNotContain("(my copy)", table.Console, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(list.Out);
        var invalid = document.RootElement.GetProperty("invalid").EnumerateArray().Single();
        Assert.Equal(
            ("concacaf-2022", "id", "'concacaf-2022' is already the id of the built-in concacaf-2022.json: give this definition an id of its own"),
            (invalid.GetProperty("id").GetString(), invalid.GetProperty("location").GetString(), invalid.GetProperty("reason").GetString()));
    }

    [Fact]
    public void Table_FileNameOfACopyWithATakenId_ExitsTwoSayingWhy()
    {
        Write("octagon.json", File.ReadAllText(Path.Combine(TestPaths.CompetitionsFolder, "concacaf-2022.json")));

        var result = Run("table", "octagon");

        Assert.Equal((2, "error: octagon.json: id: 'concacaf-2022' is already the id of the built-in concacaf-2022.json: give this definition an id of its own\n"),
            (result.ExitCode, result.Error.ReplaceLineEndings("\n")));
    }

    [Fact]
    public void Table_ExtraFolderMissing_ExitsTwoNamingTheVariable()
    {
        var result = Run("table", "concacaf-2022");

        Assert.Equal((2, $"error: competition folder '{_folder.File("extra")}' (named in QUALIFY_COMPETITIONS) does not exist: create it or correct the variable\n"),
            (result.ExitCode, result.Error.ReplaceLineEndings("\n")));
    }
}
