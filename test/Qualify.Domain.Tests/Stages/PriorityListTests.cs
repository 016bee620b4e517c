using Qualify.Domain.Competitions;

namespace Qualify.Domain.Tests.Stages;

/// <summary>
/// Priority lists (<see cref="PriorityList"/>, <see cref="ListEntrant"/>): UEFA's Nations League entrants to the World Cup
/// play-offs are "the best-ranked Nations League group winners ... that did not finish in the top two of their qualifying
/// group" (2022 and 2026 European qualifying formats, as cited in uefa-2022.json and uefa-2026.json).
/// </summary>
public sealed class PriorityListTests
{
    private static readonly PriorityList List = new("NL", "Groups", 2, ["France", "Wales", "Austria", "Czech Republic"]);

    [Fact]
    public void Choose_TeamsInTheTopTwo_ArePassedOver()
    {
        // The 2022 outcome by hand: France 1st and Wales 2nd in their groups are passed over; Austria (4th) is the first
        // pick, Czech Republic (3rd) the second.
        int? PositionOf(string team) => team switch { "France" => 1, "Wales" => 2, "Austria" => 4, _ => 3 };

        Assert.Equal("Austria", new ListEntrant(List, 1, null).Choose(PositionOf));
        Assert.Equal("Czech Republic", new ListEntrant(List, 2, null).Choose(PositionOf));
    }

    [Fact]
    public void Choose_TeamInNoGroup_IsNeverPassedOver()
    {
        Assert.Equal("France", new ListEntrant(List, 1, null).Choose(_ => null));
    }

    [Fact]
    public void Choose_ListRunsOut_ReturnsNull()
    {
        // Three of the four in the top two leave one team for two picks.
        Assert.Null(new ListEntrant(List, 2, null).Choose(team => team == "Czech Republic" ? 3 : 1));
    }

    [Fact]
    public void Describe_NamesThePickTheListAndThePlacesPassedOver()
    {
        Assert.Equal("2nd of NL outside the top 2", new ListEntrant(List, 2, null).Describe());
    }

    private static string Definition(string place) => $$"""
        {
          "id": "cup", "name": "Cup", "tieBreakers": "overall",
          "priorityLists": [{ "name": "NL", "stage": "Groups", "outside": 2, "teams": ["A1", "B1", "X"] }],
          "stages": [
            { "name": "Groups",
              "matches": { "source": "history", "tournament": "T", "from": "2021-01-01", "to": "2021-06-30" },
              "groups": [
                { "name": "A", "format": "single-round-robin", "teams": ["A1", "A2", "A3"] },
                { "name": "B", "format": "single-round-robin", "teams": ["B1", "B2", "B3"] }
              ] },
            { "name": "Play-off",
              "matches": { "source": "history", "tournament": "T", "from": "2021-09-01", "to": "2021-12-31" },
              "ties": [{ "name": "Final", "home": { "group": "A", "position": 2 }, "away": {{place}}, "neutral": true,
                         "winner": { "slot": "qualified" } }] }
          ]
        }
        """;

    [Fact]
    public void Read_ListPlace_TakesTheListAndThePick()
    {
        var tie = CompetitionDefinitionReader.Read(Definition("""{ "list": "NL", "pick": 2 }"""), "cup.json").Stages[1].Ties[0];

        var place = Assert.IsType<ListEntrant>(tie.Away);
        Assert.Equal(2, place.Pick);
        Assert.Equal(["A1", "B1", "X"], place.List.Teams.AsEnumerable());
    }

    [Fact]
    public void Read_UnknownList_NamesTheLocationAndTheList()
    {
        var message = Assert.Throws<CompetitionDefinitionException>(() => CompetitionDefinitionReader.Read(Definition("""{ "list": "Nations", "pick": 1 }"""), "cup.json")).Message;

        Assert.Contains("stages[1].ties[0].away.list", message, StringComparison.Ordinal);
        Assert.Contains("no priority list is called 'Nations'", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PickBeyondTheList_NamesItsLength()
    {
        var message = Assert.Throws<CompetitionDefinitionException>(() => CompetitionDefinitionReader.Read(Definition("""{ "list": "NL", "pick": 4 }"""), "cup.json")).Message;

        Assert.Contains("list 'NL' has 3 teams, not a pick 4", message, StringComparison.Ordinal);
    }
}
