using Qualify.Domain.Competitions;

namespace Qualify.Domain.Tests.Stages;

/// <summary>
/// The v2 schema (docs/competition-definitions.md): stages with their own window, rankings across some groups, knockout
/// ties fed by group positions, rankings and earlier ties, and the one-line errors for references that cannot hold.
/// </summary>
public sealed class StageDefinitionReaderTests
{
    /// <summary>Two groups of two, a ranking of the runners-up, a semi-final of the group winners and a final.</summary>
    private static string Definition(string semiHome = """{ "group": "A", "position": 1 }""", string groupTeams = """["E", "F"]""", string final = "") => $$"""
        {
          "id": "cup", "name": "Cup", "tieBreakers": "overall",
          "stages": [
            { "name": "Groups",
              "matches": { "source": "history", "tournament": "T", "from": "2021-01-01", "to": "2021-06-30" },
              "groups": [
                { "name": "A", "format": "single-round-robin", "teams": ["A1", "A2"], "slots": [{ "positions": "1", "slot": "advanced" }, { "positions": "2", "slot": "advanced" }] },
                { "name": "B", "format": "single-round-robin", "teams": ["B1", "B2"], "slots": [{ "positions": "1", "slot": "advanced" }, { "positions": "2", "slot": "advanced" }] }
              ],
              "crossGroupRankings": [{ "name": "Runners-up", "position": 2, "groups": ["A", "B"], "slots": [{ "positions": "1", "slot": "advanced" }] }] },
            { "name": "Knockout",
              "matches": { "source": "history", "tournament": "T", "from": "2021-09-01", "to": "2021-12-31" },
              "groups": [{ "name": "C", "format": "single-round-robin", "teams": {{groupTeams}} }],
              "ties": [
                { "name": "Semi", "home": {{semiHome}}, "away": { "group": "B", "position": 1 }, "format": "two-legs", "awayGoals": true },
                { "name": "Final", "home": { "winner": "Semi" }, "away": { "ranking": "Runners-up", "rank": 1 }, "neutral": true,
                  "winner": { "slot": "qualified", "label": "World Cup" }{{final}} }
              ] }
          ]
        }
        """;

    private static string ErrorOf(string json) => Assert.Throws<CompetitionDefinitionException>(() => CompetitionDefinitionReader.Read(json, "cup.json")).Message;

    private static string WithDraw(string rule) => Definition().Replace(
        "\"name\": \"Knockout\",",
        $$"""
        "name": "Knockout", "draw": { "date": "2021-07-15", "rule": "{{rule}}", "pots": [[{ "group": "A", "position": 1 }, { "group": "B", "position": 1 }], ["E", "F"]] },
        """,
        StringComparison.Ordinal);

    [Fact]
    public void Read_RankedPotsDraw_RuleAndPotsAsWritten()
    {
        var draw = CompetitionDefinitionReader.Read(WithDraw("ranked-pots"), "cup.json").Stages[1].Draw!;

        Assert.Equal(DrawRule.RankedPots, draw.Rule);
        Assert.Equal(["1st in group A, 1st in group B", "E, F"], draw.Pots.Select(p => string.Join(", ", p.Select(e => e.Describe()))));
    }

    [Fact]
    public void Read_UnknownDrawRule_NamesTheRulesAccepted()
    {
        var message = ErrorOf(WithDraw("by-lot"));

        Assert.Contains("expected fixed, random, seeded-pots or ranked-pots, got \"by-lot\"", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TwoStages_EachStageKeepsItsOwnWindow()
    {
        var cup = CompetitionDefinitionReader.Read(Definition(), "cup.json");

        Assert.Equal(
            ["T 2021-01-01 2021-06-30", "T 2021-09-01 2021-12-31"],
            cup.Stages.Select(s => cup.SourceOf(s) is HistoryFilterSource f ? $"{f.Tournament} {f.From:yyyy-MM-dd} {f.To:yyyy-MM-dd}" : "inline"));
    }

    [Fact]
    public void Read_Ties_EntrantsAndRulesAsWritten()
    {
        var ties = CompetitionDefinitionReader.Read(Definition(), "cup.json").Stages[1].Ties;

        Assert.Equal(
            ["Semi: 1st in group A v 1st in group B, TwoLegs, away goals True, neutral False", "Final: winner of Semi v 1st of Runners-up, SingleMatch, away goals False, neutral True"],
            ties.Select(t => $"{t.Name}: {t.Home.Describe()} v {t.Away.Describe()}, {t.Format}, away goals {t.AwayGoals}, neutral {t.Neutral}"));
        Assert.Equal((SlotKind.Qualified, "World Cup"), (ties[1].Winner.Kind, ties[1].Winner.Label));
        Assert.Equal(SlotKind.Eliminated, ties[1].Loser.Kind);
    }

    [Fact]
    public void Read_ReferenceToAGroupOfNoEarlierStage_NamesThePath()
    {
        var message = ErrorOf(Definition(semiHome: """{ "group": "Z", "position": 1 }"""));

        Assert.Equal("cup.json: stages[1].ties[0].home.group: no earlier stage has a group 'Z'", message);
    }

    [Fact]
    public void Read_ReferenceToAPositionBeyondTheGroup_NamesTheGroupsSize()
    {
        var message = ErrorOf(Definition(semiHome: """{ "group": "A", "position": 3 }"""));

        Assert.Equal("cup.json: stages[1].ties[0].home.position: group 'A' has 2 teams, not a position 3", message);
    }

    [Fact]
    public void Read_GroupPlaceWithoutItsTeam_RefusedAsNotForecastable()
    {
        var message = ErrorOf(Definition(groupTeams: """["E", { "group": "A", "position": 2 }]"""));

        Assert.Equal("cup.json: stages[1].groups[0].teams[1].team: a group's place filled by an earlier stage (2nd in group A) must name the team that filled it: forecasting a group whose teams are still open is not supported", message);
    }

    [Fact]
    public void Read_GroupPlaceWithItsTeam_TeamJoinsTheGroup()
    {
        var group = CompetitionDefinitionReader.Read(Definition(groupTeams: """["E", { "group": "A", "position": 2, "team": "A2" }]"""), "cup.json").Stages[1].Groups[0];

        Assert.Equal(["E", "A2"], group.Teams.AsEnumerable());
        Assert.IsType<GroupPositionEntrant>(group.Entrants[1]);
    }

    [Fact]
    public void Read_WalkoverByATeamOfNeitherSide_Refused()
    {
        const string json = """
            { "id": "po", "name": "Play-off", "stages": [{ "name": "Final", "ties": [{ "name": "Final", "home": "X", "away": "Y", "walkover": "Z" }] }] }
            """;

        Assert.Equal("cup.json: stages[0].ties[0].walkover: 'Z' is neither team of this tie (X v Y)", ErrorOf(json));
    }

    [Fact]
    public void Read_UnknownDestination_ListsTheDeclaredOnes()
    {
        var message = ErrorOf(Definition(final: """, "loser": { "slot": "playoff", "destination": "play-off" }"""));

        Assert.Equal("cup.json: stages[1].ties[1].loser.destination: 'play-off' is not one of the definition's destinations (it declares none)", message);
    }

    [Fact]
    public void Read_TwoStagesWithTheSameName_Refused()
    {
        var message = ErrorOf(Definition().Replace("\"name\": \"Knockout\"", "\"name\": \"Groups\"", StringComparison.Ordinal));

        Assert.Equal("cup.json: stages[1].name: another stage is called 'Groups'", message);
    }

    [Fact]
    public void Read_TieWithThreeLegsInline_Refused()
    {
        const string json = """
            { "id": "po", "name": "Play-off", "stages": [{ "name": "Final", "ties": [
              { "name": "Final", "home": "X", "away": "Y", "fixtures": [
                { "date": "2022-06-13", "home": "X", "away": "Y", "score": "1-1", "penalties": "X" },
                { "date": "2022-06-14", "home": "Y", "away": "X", "score": "0-0" } ] } ] }] }
            """;

        Assert.Equal("cup.json: stages[0].ties[0].fixtures: a one-match tie lists 1 fixture, got 2", ErrorOf(json));
    }

    [Fact]
    public void Read_PenaltiesAfterADecisiveScore_Refused()
    {
        const string json = """
            { "id": "po", "name": "Play-off", "stages": [{ "name": "Final", "ties": [
              { "name": "Final", "home": "X", "away": "Y", "fixtures": [{ "date": "2022-06-13", "home": "X", "away": "Y", "score": "2-1", "penalties": "X" }] } ] }] }
            """;

        Assert.Equal("cup.json: stages[0].ties[0].fixtures[0].penalties: a shoot-out follows a level score only", ErrorOf(json));
    }
}
