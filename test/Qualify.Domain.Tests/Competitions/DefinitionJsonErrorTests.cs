using Qualify.Domain.Competitions;

namespace Qualify.Domain.Tests.Competitions;

/// <summary>
/// What a definition that is not valid JSON, or holds a value of the wrong kind, reports: the file, then the JSON path of
/// the value (or the line and column of a syntax error), then what was expected, with no .NET type names.
/// </summary>
public sealed class DefinitionJsonErrorTests
{
    private static string ErrorOf(string json) =>
        Assert.Throws<CompetitionDefinitionException>(() => CompetitionDefinitionReader.Read(json, "example.json")).Message;

    [Fact]
    public void Read_MissingComma_NamesLineAndColumn()
    {
        // Line 3 ends without a comma; the reader stops at the quote opening line 4, column 3.
        var message = ErrorOf("{\n  \"id\": \"x\",\n  \"name\": \"n\"\n  \"points\": \"3-1-0\"\n}");

        Assert.Equal("example.json: line 4, column 3: '\"' is invalid after a value. Expected either ',', '}', or ']'", message);
    }

    [Fact]
    public void Read_UnclosedObject_SaysABracketIsMissing()
    {
        // 24 characters: the file ends at column 25.
        var message = ErrorOf("{ \"id\": \"x\", \"stages\": [");

        Assert.Equal("example.json: line 1, column 25: the file ends before every object and array is closed: a '}' or ']' is missing", message);
    }

    [Fact]
    public void Read_EmptyFile_SaysItIsEmpty()
    {
        var message = ErrorOf(string.Empty);

        Assert.Equal("example.json: line 1, column 1: the file is empty", message);
    }

    [Fact]
    public void Read_TeamsAsAString_NamesThePathAndTheExpectedArray()
    {
        var message = ErrorOf("""{ "id": "x", "name": "n", "stages": [{ "name": "s", "groups": [{ "name": "g", "teams": "A" }] }] }""");

        Assert.Equal("example.json: stages[0].groups[0].teams: expected an array of team names or places, such as [\"Canada\", {\"group\": \"A\", \"position\": 2, \"team\": \"Mexico\"}]", message);
    }

    [Fact]
    public void Read_LotsSeedAsText_ExpectsAWholeNumber()
    {
        var message = ErrorOf("""{ "id": "x", "name": "n", "lotsSeed": "abc" }""");

        Assert.Equal("example.json: lotsSeed: expected a whole number, such as 2022", message);
    }

    [Fact]
    public void Read_MisspelledProperty_SuggestsTheKnownOne()
    {
        var message = ErrorOf("""{ "id": "x", "name": "n", "stages": [{ "name": "s", "groups": [{ "name": "g", "teamz": ["A", "B"] }] }] }""");

        Assert.Equal("example.json: stages[0].groups[0].teamz: unknown property 'teamz' (did you mean 'teams'?); known here: name, format, tournament, teams, slots, fixtures", message);
    }
}
