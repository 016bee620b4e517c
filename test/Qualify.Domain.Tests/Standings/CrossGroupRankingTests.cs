using Qualify.Domain.Competitions;
using Qualify.Domain.Matches;
using Qualify.Domain.Standings;
using Qualify.Testing;
using static Qualify.Testing.MatchBuilder;

namespace Qualify.Domain.Tests.Standings;

/// <summary>
/// Rankings across groups of different sizes with <see cref="DiscardRule.BeyondSmallestGroup"/>: a hand-made
/// definition read from JSON, and the real ranking of third-placed teams in UEFA Euro 2016 qualifying.
/// </summary>
public sealed class CrossGroupRankingTests
{
    /// <summary>
    /// Group X (four teams) and group Y (three), single round-robin; the best runner-up qualifies.
    /// X: X1 1-0 X2, X1 2-0 X3, X1 3-0 X4, X2 1-0 X3, X2 5-0 X4, X3 1-0 X4 -> X1 9, X2 6 (6-1), X3 3, X4 0.
    /// Y: Y1 1-0 Y2, Y1 2-0 Y3, Y2 3-0 Y3 -> Y1 6, Y2 3 (3-1), Y3 0.
    /// The smallest group has three teams, so results against X4 (fourth) are discarded:
    /// X2 keeps 0-1 v X1 and 1-0 v X3: 3 pts, 1-1 (0); Y2 keeps everything: 3 pts, 3-1 (+2).
    /// Ranking: Y2 (goal difference +2 vs 0), then X2. Counting every match instead: X2 6 pts, Y2 3.
    /// </summary>
    private const string RunnersUpJson = """
        {
          "id": "runners-up-example",
          "name": "Best runner-up across groups of four and three",
          "points": "3-1-0",
          "tieBreakers": "overall",
          "matches": { "source": "inline" },
          "stages": [
            {
              "name": "Group stage",
              "groups": [
                {
                  "name": "X",
                  "format": "single-round-robin",
                  "teams": ["X1", "X2", "X3", "X4"],
                  "fixtures": [
                    {"date": "2024-03-01", "home": "X1", "away": "X2", "score": "1-0"},
                    {"date": "2024-03-01", "home": "X3", "away": "X4", "score": "1-0"},
                    {"date": "2024-03-05", "home": "X1", "away": "X3", "score": "2-0"},
                    {"date": "2024-03-05", "home": "X2", "away": "X4", "score": "5-0"},
                    {"date": "2024-03-09", "home": "X1", "away": "X4", "score": "3-0"},
                    {"date": "2024-03-09", "home": "X2", "away": "X3", "score": "1-0"}
                  ]
                },
                {
                  "name": "Y",
                  "format": "single-round-robin",
                  "teams": ["Y1", "Y2", "Y3"],
                  "fixtures": [
                    {"date": "2024-03-01", "home": "Y1", "away": "Y2", "score": "1-0"},
                    {"date": "2024-03-05", "home": "Y1", "away": "Y3", "score": "2-0"},
                    {"date": "2024-03-09", "home": "Y2", "away": "Y3", "score": "3-0"}
                  ]
                }
              ],
              "crossGroupRankings": [
                {"name": "best runners-up", "position": 2, "discard": "DISCARD", "slots": [{"positions": "1", "slot": "qualified"}]}
              ]
            }
          ]
        }
        """;

    private static CrossGroupStandings RunnersUp(string discard)
    {
        var definition = CompetitionDefinitionReader.Read(RunnersUpJson.Replace("DISCARD", discard, StringComparison.Ordinal), "runners-up.json");
        return CompetitionTableBuilder.Build(definition, DefinitionMatches.Instance, asOf: null).Stages[0].CrossGroupRankings[0];
    }

    [Fact]
    public void Build_BestRunnersUpBeyondSmallestGroup_ResultsAgainstFourthPlacedDiscarded()
    {
        var ranking = RunnersUp("beyond-smallest-group");

        var x2 = ranking.Table.Row("X2");
        Assert.Equal((2, 3, 1, 1), (x2.Played, x2.Points, x2.GoalsFor, x2.GoalsAgainst));
    }

    [Fact]
    public void Build_BestRunnersUpBeyondSmallestGroup_SmallerGroupsRunnerUpFirstOnGoalDifference()
    {
        var ranking = RunnersUp("beyond-smallest-group");

        Assert.Equal(["Y2", "X2"], ranking.Table.Order());
        Assert.Equal(new Separation(TieBreakScope.Overall, TieBreakCriterion.GoalDifference, "+2", "0"), ranking.Table.Separation("Y2"));
        Assert.Equal((SlotKind.Qualified, SlotKind.Eliminated), (ranking.Table.Rows[0].Slot.Kind, ranking.Table.Rows[1].Slot.Kind));
        Assert.Equal(("Y", "X"), (ranking.GroupOf["Y2"], ranking.GroupOf["X2"]));
    }

    [Fact]
    public void Build_BestRunnersUpCountingEveryMatch_LargerGroupsRunnerUpFirstOnPoints()
    {
        // Without the discard X2 keeps its 5-0 against X4: 6 pts against Y2's 3.
        var ranking = RunnersUp("none");

        Assert.Equal(["X2", "Y2"], ranking.Table.Order());
        Assert.Equal("points 6 vs 3", ranking.Table.Separation("X2").ToString());
    }

    /// <summary>
    /// UEFA Euro 2016 qualifying (Sep 2014 - Oct 2015): eight groups of six and one of five (Group I). The best
    /// third-placed team qualified directly and the other eight went to the play-offs; third-placed teams were ranked
    /// without their results against the sixth-placed team of their group (Regulations of the UEFA European Football
    /// Championship 2014-16, ranking of third-placed teams) on points, goal difference, goals scored, away goals and
    /// fair play. Groups were ranked under the same regulations: points; then points, goal difference, goals scored and away goals among the
    /// teams level, re-applied to teams still level; then overall goal difference, goals, away goals, wins, away wins.
    /// Decisions applied as published: Montenegro v Russia (27 Mar 2015, abandoned; absent from results.csv) awarded
    /// 0-3; Serbia v Albania (14 Oct 2014) awarded 0-3 (already so in results.csv) and Serbia 3 points deducted;
    /// Croatia 1 point deducted.
    /// </summary>
    private static CrossGroupStandings Euro2016ThirdPlaced()
    {
        string[][] groups =
        [
            ["Czech Republic", "Iceland", "Turkey", "Netherlands", "Kazakhstan", "Latvia"],
            ["Belgium", "Wales", "Bosnia and Herzegovina", "Israel", "Cyprus", "Andorra"],
            ["Spain", "Slovakia", "Ukraine", "Belarus", "Luxembourg", "North Macedonia"],
            ["Germany", "Poland", "Republic of Ireland", "Scotland", "Georgia", "Gibraltar"],
            ["England", "Switzerland", "Slovenia", "Estonia", "Lithuania", "San Marino"],
            ["Northern Ireland", "Romania", "Hungary", "Finland", "Faroe Islands", "Greece"],
            ["Austria", "Russia", "Sweden", "Montenegro", "Liechtenstein", "Moldova"],
            ["Italy", "Croatia", "Norway", "Bulgaria", "Azerbaijan", "Malta"],
            ["Portugal", "Albania", "Denmark", "Serbia", "Armenia"],
        ];
        var groupChain = CompetitionDefinitionReader.ParseCustomChain(
            ["points", "h2h-points", "h2h-goal-difference", "h2h-goals-scored", "h2h-away-goals",
             "goal-difference", "goals-scored", "away-goals", "wins", "away-wins", "fair-play", "lots"], reapplyHeadToHead: true);
        var thirdChain = CompetitionDefinitionReader.ParseCustomChain(
            ["points", "goal-difference", "goals-scored", "away-goals", "fair-play", "lots"], reapplyHeadToHead: false);
        var (from, to) = (new DateOnly(2014, 9, 7), new DateOnly(2015, 10, 13));
        var euro2016 = new CompetitionDefinition
        {
            Id = "euro-2016-qualifying",
            Name = "UEFA Euro 2016 qualifying group stage",
            TieBreakers = groupChain,
            Matches = new HistoryFilterSource("UEFA Euro qualification", from, to),
            Deductions = [new PointDeduction("Serbia", 3, "Serbia v Albania, abandoned"), new PointDeduction("Croatia", 1, "Croatia v Italy, pitch marking")],
            Decisions = [new AwardedResult(new DateOnly(2015, 3, 27), "Montenegro", "Russia", new Score(0, 3), "abandoned")],
            Stages =
            [
                new StageDefinition("Group stage",
                    [.. groups.Select((teams, i) => new GroupDefinition(((char)('A' + i)).ToString(), GroupFormat.DoubleRoundRobin, [.. teams], [], []))],
                    [new CrossGroupRanking("third-placed teams", 3, thirdChain, DiscardRule.BeyondSmallestGroup,
                        [new SlotRule(1, 1, SlotKind.Qualified, "UEFA Euro 2016"), new SlotRule(2, 9, SlotKind.Playoff, "play-offs")])]),
            ],
        };

        IReadOnlyList<Match> MatchesOf(GroupDefinition group)
        {
            var played = DatasetResults.Between("UEFA Euro qualification", from, to, group.Teams);
            return group.Teams.Contains("Montenegro") ? [.. played, Fixture("2015-03-27", "Montenegro", "Russia")] : played;
        }

        return CompetitionTableBuilder.Build(euro2016, new GroupMatches(MatchesOf), asOf: null).Stages[0].CrossGroupRankings[0];
    }

    [Fact]
    public void Build_Euro2016QualifyingThirdPlaced_TurkeyBestThirdAndQualified()
    {
        // UEFA: Turkey was the best third-placed team and qualified directly. Hand calculation from results.csv:
        // Turkey's draws with sixth-placed Latvia (1-1, 1-1) are discarded; the other eight: 0-3 and 1-0 v Iceland,
        // 1-2 and 2-0 v Czech Republic, 3-1 and 1-0 v Kazakhstan, 1-1 and 3-0 v Netherlands: W5 D1 L2, 12-7, 16 pts.
        // Hungary, next: 0-0 and 3-4 v sixth-placed Greece discarded; the other eight W4 D3 L1, 8-5, 15 pts.
        var ranking = Euro2016ThirdPlaced();

        var turkey = ranking.Table.Rows[0];
        Assert.Equal(("Turkey", 8, 16, 12, 7), (turkey.Team, turkey.Played, turkey.Points, turkey.GoalsFor, turkey.GoalsAgainst));
        Assert.Equal(SlotKind.Qualified, turkey.Slot.Kind);
        Assert.Equal("A", ranking.GroupOf["Turkey"]);
        Assert.Equal("points 16 vs 15", turkey.DecidedBy?.ToString());
    }

    [Fact]
    public void Build_Euro2016QualifyingThirdPlaced_EveryThirdRankedOnEightMatches()
    {
        // Eight groups of six lose the two matches against their sixth-placed team; Group I (five teams, Denmark third)
        // has none to lose: every third-placed team is ranked on eight matches, and the eight others go to the play-offs.
        var ranking = Euro2016ThirdPlaced();

        Assert.Equal(9, ranking.Table.Rows.Length);
        Assert.All(ranking.Table.Rows, r => Assert.Equal(8, r.Played));
        Assert.All(ranking.Table.Rows.Skip(1), r => Assert.Equal(SlotKind.Playoff, r.Slot.Kind));
        Assert.Equal("I", ranking.GroupOf["Denmark"]);
    }

    [Fact]
    public void Build_Euro2016Qualifying_ThirdPlacedTeamsAsPublished()
    {
        // Published group tables, third places: A Turkey, B Bosnia and Herzegovina, C Ukraine, D Republic of Ireland,
        // E Slovenia, F Hungary, G Sweden, H Norway, I Denmark.
        var ranking = Euro2016ThirdPlaced();

        Assert.Equal(
            ["A Turkey", "B Bosnia and Herzegovina", "C Ukraine", "D Republic of Ireland", "E Slovenia", "F Hungary", "G Sweden", "H Norway", "I Denmark"],
            ranking.GroupOf.Select(kv => $"{kv.Value} {kv.Key}").Order(StringComparer.Ordinal));
    }
}
