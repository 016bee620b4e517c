using Qualify.Domain.Competitions;
using Qualify.Testing;

namespace Qualify.Domain.Tests.Competitions;

/// <summary>
/// The checks a definition must pass beyond its schema: slots that neither overlap nor go beyond the teams ranked, and
/// inline round-robins that list every match. Each error names the file, the JSON path and a fix.
/// </summary>
public sealed class DefinitionValidationTests
{
    /// <summary>
    /// A complete single round-robin of three teams (three matches: A v B, A v C, B v C) with one ranking across groups;
    /// SLOTS, FIXTURES and RANKINGSLOTS are replaced by each test.
    /// </summary>
    private const string Json = """
        {
          "id": "validation-example", "name": "Validation example", "tieBreakers": "overall",
          "stages": [{ "name": "Group stage", "groups": [{
            "name": "G", "format": "single-round-robin", "teams": ["A", "B", "C"],
            "slots": SLOTS,
            "fixtures": FIXTURES
          }], "crossGroupRankings": [{ "name": "best winners", "position": 1, "slots": RANKINGSLOTS }] }]
        }
        """;

    private const string AllSlots = """[{ "positions": "1", "slot": "qualified" }, { "positions": "2-3", "slot": "eliminated" }]""";

    private const string AllFixtures = """
        [{ "date": "2024-03-01", "home": "A", "away": "B", "score": "1-0" },
         { "date": "2024-03-05", "home": "A", "away": "C" },
         { "date": "2024-03-09", "home": "B", "away": "C" }]
        """;

    private static CompetitionDefinition Read(string slots = AllSlots, string fixtures = AllFixtures, string rankingSlots = "[]") =>
        CompetitionDefinitionReader.Read(
            Json.Replace("RANKINGSLOTS", rankingSlots, StringComparison.Ordinal).Replace("SLOTS", slots, StringComparison.Ordinal)
                .Replace("FIXTURES", fixtures, StringComparison.Ordinal),
            "example.json");

    private static string ErrorOf(Func<CompetitionDefinition> read) => Assert.Throws<CompetitionDefinitionException>(() => read()).Message;

    [Fact]
    public void Read_CompleteExample_IsValid()
    {
        var definition = Read();

        // Three teams, one meeting per pair: 3 × 2 / 2 = 3 matches, all listed.
        Assert.Equal(3, definition.Stages[0].Groups[0].Fixtures.Length);
    }

    [Theory]
    [InlineData("concacaf-2022.json")]
    [InlineData("concacaf-2022-history.json")]
    public void ReadFile_BuiltInDefinition_PassesEveryCheck(string file)
    {
        var definition = CompetitionDefinitionReader.ReadFile(Path.Combine(TestPaths.CompetitionsFolder, file));

        // CONCACAF final round of qualifying for Qatar 2022: eight teams, slots 1-3 qualified, 4 play-off, 5-8 out.
        Assert.Equal(["1-3", "4-4", "5-8"], definition.Stages[0].Groups[0].Slots.Select(s => $"{s.From}-{s.To}"));
    }

    [Fact]
    public void Read_OverlappingSlots_NamesBothSlotsAndTheFreePositions()
    {
        var message = ErrorOf(() => Read(slots: """[{ "positions": "1-2", "slot": "qualified" }, { "positions": "2-3", "slot": "playoff" }]"""));

        // Position 2 is in both; only position 3 is left for the second slot.
        Assert.Equal("example.json: stages[0].groups[0].slots[1].positions: \"2-3\" overlaps stages[0].groups[0].slots[0] (\"1-2\"): each position leads to one slot; write \"3\"", message);
    }

    [Fact]
    public void Read_SlotInsideAnEarlierOne_SuggestsRemovingTheOverlap()
    {
        var message = ErrorOf(() => Read(slots: """[{ "positions": "1-3", "slot": "qualified" }, { "positions": "2", "slot": "playoff" }]"""));

        Assert.Equal("example.json: stages[0].groups[0].slots[1].positions: \"2\" overlaps stages[0].groups[0].slots[0] (\"1-3\"): each position leads to one slot; make the ranges disjoint or remove one of the slots", message);
    }

    [Fact]
    public void Read_SlotBeyondGroupSize_NamesTheSizeAndClampsTheRange()
    {
        var message = ErrorOf(() => Read(slots: """[{ "positions": "1", "slot": "qualified" }, { "positions": "2-4", "slot": "eliminated" }]"""));

        Assert.Equal("example.json: stages[0].groups[0].slots[1].positions: position 4 is beyond the group's 3 teams: positions run from 1 to 3; write \"2-3\"", message);
    }

    [Fact]
    public void Read_SlotEntirelyBeyondGroupSize_SuggestsRemovingIt()
    {
        var message = ErrorOf(() => Read(slots: """[{ "positions": "1-3", "slot": "qualified" }, { "positions": "5", "slot": "eliminated" }]"""));

        Assert.Equal("example.json: stages[0].groups[0].slots[1].positions: position 5 is beyond the group's 3 teams: positions run from 1 to 3; remove this slot", message);
    }

    [Fact]
    public void Read_RankingSlotBeyondTeamsRanked_NamesTheRankingSize()
    {
        // One group, so the ranking of group winners orders one team.
        var message = ErrorOf(() => Read(rankingSlots: """[{ "positions": "1-2", "slot": "qualified" }]"""));

        Assert.Equal("example.json: stages[0].crossGroupRankings[0].slots[0].positions: position 2 is beyond the 1 teams this ranking orders (one per group with a position 1): positions run from 1 to 1; write \"1\"", message);
    }

    [Fact]
    public void Read_SingleRoundRobinMissingAMatch_NamesTheMissingMatch()
    {
        var message = ErrorOf(() => Read(fixtures: """[{ "date": "2024-03-01", "home": "A", "away": "B" }, { "date": "2024-03-09", "home": "C", "away": "B" }]"""));

        // A and C never meet; C v B counts for the pair B, C in a single round-robin.
        Assert.Equal("example.json: stages[0].groups[0].fixtures: 1 of the 3 matches of this single-round-robin are missing (each pair meets once): A v C; "
            + "list every match, without a score if it is not played yet, or take the matches from the history store (\"matches\": {\"source\": \"history\", ...})", message);
    }

    [Fact]
    public void Read_InlineGroupWithoutFixtures_SaysHowManyMatchesAreOwed()
    {
        var message = ErrorOf(() => Read(fixtures: "[]"));

        Assert.Equal("example.json: stages[0].groups[0].fixtures: no fixtures are listed, but this single-round-robin of 3 teams has 3 matches (each pair meets once): "
            + "list every match, without a score if it is not played yet, or take the matches from the history store (\"matches\": {\"source\": \"history\", ...})", message);
    }

    [Fact]
    public void Read_OctagonWithoutCanadaMexicoInEdmonton_NamesTheMissingReturnMatch()
    {
        // Canada 2-1 Mexico, Edmonton, 16 Nov 2021 (results.csv line 44760); Mexico hosted Canada on 7 Oct 2021 (line
        // 44488), so the pair meets once and the double round-robin owes Canada v Mexico: 55 of 56 matches listed.
        var json = File.ReadAllText(Path.Combine(TestPaths.CompetitionsFolder, "concacaf-2022.json"));
        var edmonton = """{"date": "2021-11-16", "home": "Canada", "away": "Mexico", "score": "2-1", "city": "Edmonton", "country": "Canada"},""";
        Assert.Contains(edmonton, json, StringComparison.Ordinal);

        var message = ErrorOf(() => CompetitionDefinitionReader.Read(json.Replace(edmonton, string.Empty, StringComparison.Ordinal), "concacaf-2022.json"));

        Assert.StartsWith("concacaf-2022.json: stages[0].groups[0].fixtures: 1 of the 56 matches of this double-round-robin are missing (each team hosts each other once): Canada v Mexico; ", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DoubleRoundRobinWithOneHomeTwice_NamesTheOtherHome()
    {
        // Two meetings of A and B, both at A's: the pair's count is right, but B never hosts A.
        var message = ErrorOf(() => CompetitionDefinitionReader.Read("""
            { "id": "x", "name": "x", "tieBreakers": "overall", "stages": [{ "name": "S", "groups": [{
              "name": "G", "teams": ["A", "B"],
              "fixtures": [{ "date": "2024-03-01", "home": "A", "away": "B" }, { "date": "2024-03-05", "home": "A", "away": "B" }] }] }] }
            """, "example.json"));

        Assert.StartsWith("example.json: stages[0].groups[0].fixtures: 1 of the 2 matches of this double-round-robin are missing (each team hosts each other once): B v A; ", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HistorySourcedGroupWithoutFixtures_IsValid()
    {
        var definition = CompetitionDefinitionReader.Read("""
            { "id": "x", "name": "x", "tieBreakers": "overall",
              "matches": { "source": "history", "tournament": "Friendly", "from": "2024-01-01", "to": "2024-12-31" },
              "stages": [{ "name": "S", "groups": [{ "name": "G", "teams": ["A", "B"] }] }] }
            """, "example.json");

        Assert.Empty(definition.Stages[0].Groups[0].Fixtures);
    }
}
