using System.Collections.Immutable;
using Qualify.Domain.Competitions;
using Qualify.Domain.Standings;
using Qualify.Testing;

namespace Qualify.Domain.Tests.Standings;

/// <summary>
/// Each criterion of the <c>concacaf-2022</c> preset as the one that separates two teams. The chain is art. 20.6 of
/// the Regulations for the Preliminary Competition of the FIFA World Cup Qatar 2022: (a) points, (b) goal difference,
/// (c) goals scored in all group matches; then, among the teams still level, (d) points, (e) goal difference and
/// (f) goals scored in the matches between them, (g) away goals in those matches when only two teams are level,
/// (h) fair-play points, (i) drawing of lots.
/// </summary>
public sealed class Concacaf2022PresetTests
{
    private static readonly TieBreakerChain Chain = TieBreakerPresets.Concacaf2022;

    [Fact]
    public void Compute_Concacaf2022FirstRoundGroupC_GuatemalaAboveCubaOnPoints()
    {
        // Given the real group; when it is ranked; then criterion (a) separates Guatemala (W3 D1: 10) from Cuba (W2 L2: 6),
        // as in the published table (see RealGroups.Concacaf2022FirstRoundGroupC).
        var table = StandingsKit.Compute(Chain, RealGroups.Concacaf2022FirstRoundGroupC);

        Assert.Equal(["Curaçao", "Guatemala", "Cuba", "Saint Vincent and the Grenadines", "British Virgin Islands"], table.Order());
        Assert.Equal(new Separation(TieBreakScope.Overall, TieBreakCriterion.Points, "10", "6"), table.Separation("Guatemala"));
        Assert.Equal("points 10 vs 6", table.Separation("Guatemala").ToString());
    }

    [Fact]
    public void Build_OctagonFinalTable_CanadaAboveMexicoOnGoalDifference()
    {
        // Given the built-in Octagon (the real CONCACAF final round, competitions/concacaf-2022.json); then criterion (b)
        // separates Canada and Mexico, both on 28 points: published goal differences +16 (23-7) and +9 (17-8).
        var octagon = CompetitionDefinitionReader.ReadFile(Path.Combine(TestPaths.CompetitionsFolder, "concacaf-2022.json"));

        var table = CompetitionTableBuilder.Build(octagon, DefinitionMatches.Instance, asOf: null).Stages[0].Groups[0];

        Assert.Equal(["Canada", "Mexico"], table.Order().Take(2));
        Assert.Equal(new Separation(TieBreakScope.Overall, TieBreakCriterion.GoalDifference, "+16", "+9"), table.Separation("Canada"));
    }

    [Fact]
    public void Compute_Concacaf2022FirstRoundGroupC_CuracaoAboveGuatemalaOnGoalsScored()
    {
        // Published table: Curaçao 10 pts, 15-1 (+14); Guatemala 10 pts, 14-0 (+14): criterion (c), 15 goals vs 14.
        var table = StandingsKit.Compute(Chain, RealGroups.Concacaf2022FirstRoundGroupC);

        Assert.Equal(["Curaçao", "Guatemala"], table.Order().Take(2));
        Assert.Equal(new Separation(TieBreakScope.Overall, TieBreakCriterion.GoalsFor, "15", "14"), table.Separation("Curaçao"));
        Assert.Equal("goals scored 15 vs 14", table.Separation("Curaçao").ToString());
    }

    [Fact]
    public void Compute_WorldCup1994GroupE_IrelandAboveItalyOnHeadToHeadPoints()
    {
        // 1994 World Cup Group E: Ireland and Italy both 4 pts, 2-2; Ireland beat Italy 1-0, which placed it above
        // (published table; the 1994 regulations ranked teams level on points, goal difference and goals by their
        // match, as criterion (d) does). Head-to-head points: Ireland 3, Italy 0.
        var table = StandingsKit.Compute(Chain, RealGroups.WorldCup1994GroupE);

        Assert.Equal(["Mexico", "Republic of Ireland", "Italy", "Norway"], table.Order());
        Assert.Equal(new Separation(TieBreakScope.HeadToHead, TieBreakCriterion.Points, "3", "0"), table.Separation("Republic of Ireland"));
        Assert.Equal("head-to-head points 3 vs 0", table.Separation("Republic of Ireland").ToString());
    }

    [Fact]
    public void Compute_PairLevelOverallAndOnHeadToHeadPoints_HeadToHeadGoalDifferenceDecides()
    {
        // A search of every round-robin group in results.csv found no table that this chain decides on criterion (e),
        // so this is a hand-made double round-robin. Hand calculation:
        // A: 3-0 B, 0-1 at B, 3-1 C, 1-1 at C -> 7 pts, 7-3. B: 0-3 at A, 1-0 A, 6-0 C, 0-0 at C -> 7 pts, 7-3.
        // Between A and B: 3 pts each; goals A 3-1 B, so goal difference +2 vs -2.
        var table = StandingsKit.Compute(Chain, HandMade.HeadToHeadGoalDifferencePair);

        Assert.Equal(["A", "B", "C"], table.Order());
        Assert.Equal(new Separation(TieBreakScope.HeadToHead, TieBreakCriterion.GoalDifference, "+2", "-2"), table.Separation("A"));
        Assert.Equal("head-to-head goal difference +2 vs -2", table.Separation("A").ToString());
    }

    [Fact]
    public void Compute_ThreeLevelWithEqualHeadToHeadGoalDifference_HeadToHeadGoalsScoredDecides()
    {
        // Hand-made (no table in results.csv is decided on (f) under this chain). With two teams, equal head-to-head
        // goal difference forces equal head-to-head goals, so criterion (f) needs three. Hand calculation: A, B, C all 5 pts, 4-3 overall
        // (each beat D); among themselves all draws, so 2 pts and goal difference 0 each, and goals B 3 (2-2, 1-1),
        // A 2 (2-2, 0-0), C 1 (1-1, 0-0).
        var table = StandingsKit.Compute(Chain, HandMade.HeadToHeadGoalsScoredTrio);

        Assert.Equal(["B", "A", "C", "D"], table.Order());
        Assert.Equal(new Separation(TieBreakScope.HeadToHead, TieBreakCriterion.GoalsFor, "3", "2"), table.Separation("B"));
        Assert.Equal(new Separation(TieBreakScope.HeadToHead, TieBreakCriterion.GoalsFor, "2", "1"), table.Separation("A"));
    }

    [Fact]
    public void Compute_TwoTeamsLevelUpToHeadToHeadGoals_HeadToHeadAwayGoalsDecide()
    {
        // Hand-made (no World Cup qualifying table in results.csv reaches (g)). A 1-1 B and B 2-2 A: head-to-head
        // points 2-2, goal difference 0, goals 3-3; away goals in those matches: A scored 2 at B, B scored 1 at A.
        // Both also beat C 1-0 at home and drew 0-0 away: 6 pts, 4-3 each.
        var table = StandingsKit.Compute(Chain, HandMade.HeadToHeadAwayGoalsPair);

        Assert.Equal(["A", "B", "C"], table.Order());
        Assert.Equal(new Separation(TieBreakScope.HeadToHead, TieBreakCriterion.AwayGoalsFor, "2", "1"), table.Separation("A"));
        Assert.Equal("head-to-head away goals 2 vs 1", table.Separation("A").ToString());
    }

    [Fact]
    public void Compute_ThreeTeamsLevelWithDifferentHeadToHeadAwayGoals_AwayGoalsSkippedAndLotsDecide()
    {
        // Art. 20.6 (g) applies away goals only "if only two teams" are level. Hand-made: every match a draw, each pair
        // once 1-1 and once 2-2, so all three have 4 pts and 6-6 overall and among themselves; their away goals differ
        // (A 4, C 3, B 2), yet with three teams concerned the criterion is skipped, no fair play is supplied, and lots decide.
        var table = StandingsKit.Compute(Chain, HandMade.ThreeLevelDifferentAwayGoals);

        Assert.All(table.Rows.Take(2), r => Assert.Equal(TieBreakCriterion.Lots, r.DecidedBy?.Criterion));
        Assert.True(table.DecidedByLots);
    }

    [Fact]
    public void Compute_PairLevelOnEveryMatchCriterion_FairPlayDecides()
    {
        // Hand-made (results.csv holds no cards): A and B drew 1-1 twice (away goals 1 each), both beat C 1-0 at home
        // and drew 0-0 away, so criteria (a)-(g) are all level. Fair-play points as in art. 20.6 (h) (yellow card -1,
        // indirect red -3, direct red -4, yellow and direct red -5): A two yellows (-2), B a yellow and a direct red (-5).
        var fairPlay = ImmutableDictionary<string, int>.Empty.Add("A", -2).Add("B", -5);

        var table = StandingsKit.Compute(Chain, HandMade.LevelPair, fairPlay: fairPlay);

        Assert.Equal(["A", "B", "C"], table.Order());
        Assert.Equal(new Separation(TieBreakScope.Overall, TieBreakCriterion.FairPlay, "-2", "-5"), table.Separation("A"));
        Assert.Equal("fair play -2 vs -5", table.Separation("A").ToString());
    }

    [Fact]
    public void Compute_PairLevelOnEveryCriterion_DrawingOfLotsDecides()
    {
        // The same level pair with no fair-play points supplied (0 each): criterion (i), drawing of lots.
        var table = StandingsKit.Compute(Chain, HandMade.LevelPair);

        Assert.Equal(["A", "B"], table.Order().Take(2).Order(StringComparer.Ordinal));
        Assert.Equal(new Separation(TieBreakScope.Overall, TieBreakCriterion.Lots, string.Empty, string.Empty), table.Rows[0].DecidedBy);
        Assert.Equal("drawing of lots", table.Rows[0].DecidedBy?.ToString());
    }
}
