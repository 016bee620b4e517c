using Qualify.Domain.Competitions;
using Qualify.Testing;

namespace Qualify.Domain.Tests.Competitions;

/// <summary>
/// The optional <c>playoff</c> of a slot: a play-off against a known opponent. The built-in Octagon's is the 2022
/// inter-confederation play-off: one match at a neutral venue against New Zealand, the OFC winner (results.csv line
/// 45412: 2022-06-14, Costa Rica 1-0 New Zealand, FIFA World Cup qualification, Al Rayyan, Qatar, neutral TRUE).
/// </summary>
public sealed class PlayoffDefinitionTests
{
    private const string Json = """
        {
          "id": "playoff-example", "name": "Playoff example", "tieBreakers": "overall",
          "stages": [{ "name": "Final round", "groups": [{
            "name": "G", "format": "single-round-robin", "teams": ["A", "B", "C"],
            "slots": [{ "positions": "1", "slot": "qualified" }, { "positions": "SLOTPOSITIONS", "slot": "SLOTKIND", "playoff": PLAYOFF }],
            "fixtures": [{ "date": "2024-03-01", "home": "A", "away": "B" }, { "date": "2024-03-05", "home": "A", "away": "C" }, { "date": "2024-03-09", "home": "B", "away": "C" }]
          }]}],
          "fallback": { "asOf": "2024-01-01", "source": "test", "elo": ELO,
                        "eloPoisson": { "intercept": 0.25, "ratingSlope": 0.76, "homeAdvantage": 0.09, "awayVenueEffect": -0.31 } }
        }
        """;

    private const string AllRatings = """{ "A": 1800, "B": 1700, "C": 1600, "Z": 1650 }""";

    private static CompetitionDefinition Read(string playoff, string elo = AllRatings, string kind = "playoff", string positions = "2") =>
        CompetitionDefinitionReader.Read(
            Json.Replace("PLAYOFF", playoff, StringComparison.Ordinal).Replace("ELO", elo, StringComparison.Ordinal)
                .Replace("SLOTKIND", kind, StringComparison.Ordinal).Replace("SLOTPOSITIONS", positions, StringComparison.Ordinal),
            "example.json");

    [Fact]
    public void ReadFile_Octagon_FourthPlacePlaysNewZealandOnceAtNeutralVenue()
    {
        var octagon = CompetitionDefinitionReader.ReadFile(Path.Combine(TestPaths.CompetitionsFolder, "concacaf-2022.json"));

        var (group, slot) = octagon.Playoff!.Value;

        Assert.Equal(("Octagon", 4, 4), (group.Name, slot.From, slot.To));
        Assert.Equal(new PlayoffDefinition("New Zealand", PlayoffFormat.SingleMatch, PlayoffVenue.Neutral, false, slot.Playoff!.Label, slot.Playoff.Source), slot.Playoff);
    }

    [Fact]
    public void ReadFile_Octagon_FallbackRatesNewZealandAsOf1September2021()
    {
        // qualify ratings --as-of 2021-08-31 --team "New Zealand" over results.csv: 1663.7 after 369 matches (the block
        // is recomputed from the history by Qualify.Cli.Tests' ForecastWithHistoryTests.FallbackBlock_…).
        var octagon = CompetitionDefinitionReader.ReadFile(Path.Combine(TestPaths.CompetitionsFolder, "concacaf-2022.json"));

        Assert.Equal(1663.7, octagon.Fallback!.Elo["New Zealand"]);
    }

    [Fact]
    public void Read_TwoLegsAwayFirstWithAwayGoals_IsRead()
    {
        var definition = Read("""{ "opponent": "Z", "format": "two-legs", "venue": "away-first", "awayGoals": true }""");

        Assert.Equal(new PlayoffDefinition("Z", PlayoffFormat.TwoLegs, PlayoffVenue.AwayFirst, true, null, null), definition.Playoff!.Value.Slot.Playoff);
    }

    [Fact]
    public void Read_NoFormatOrVenue_IsOneMatchAtNeutralVenue()
    {
        var definition = Read("""{ "opponent": "Z" }""");

        Assert.Equal((PlayoffFormat.SingleMatch, PlayoffVenue.Neutral), (definition.Playoff!.Value.Slot.Playoff!.Format, definition.Playoff.Value.Slot.Playoff.Venue));
    }

    [Theory]
    [InlineData("""{ "opponent": "B" }""", "example.json: stages[0].groups[0].slots[1].playoff.opponent: 'B' is a team of this competition; the play-off opponent comes from outside")]
    [InlineData("""{ "opponent": "Z", "format": "two-legs", "venue": "neutral" }""", "example.json: stages[0].groups[0].slots[1].playoff.venue: two legs need \"home-first\" or \"away-first\", got \"neutral\"")]
    [InlineData("""{ "opponent": "Z", "format": "three-legs" }""", "example.json: stages[0].groups[0].slots[1].playoff.format: expected single-match or two-legs, got \"three-legs\"")]
    [InlineData("""{ "opponent": "Z", "awayGoals": true }""", "example.json: stages[0].groups[0].slots[1].playoff.awayGoals: away goals apply to two legs only")]
    [InlineData("""{ "format": "single-match" }""", "example.json: stages[0].groups[0].slots[1].playoff.opponent: a value is required")]
    public void Read_InvalidPlayoff_NamesTheFieldAndTheReason(string playoff, string message)
    {
        var e = Assert.Throws<CompetitionDefinitionException>(() => Read(playoff));

        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void Read_PlayoffOnQualifiedSlot_IsAnError()
    {
        var e = Assert.Throws<CompetitionDefinitionException>(() => Read("""{ "opponent": "Z" }""", kind: "eliminated", positions: "2-3"));

        Assert.Equal("example.json: stages[0].groups[0].slots[1].playoff: only a \"playoff\" slot leads to a play-off, not \"eliminated\"", e.Message);
    }

    [Fact]
    public void Read_FallbackWithoutOpponentRating_IsAnError()
    {
        var e = Assert.Throws<CompetitionDefinitionException>(() => Read("""{ "opponent": "Z" }""", elo: """{ "A": 1800, "B": 1700, "C": 1600 }"""));

        Assert.Equal("example.json: fallback.elo: no rating for Z", e.Message);
    }
}
