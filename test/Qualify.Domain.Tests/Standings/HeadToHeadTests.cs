using Qualify.Domain.Standings;

namespace Qualify.Domain.Tests.Standings;

/// <summary>
/// Head-to-head mini-leagues: three-way ties, re-application to a subset still level (UEFA art. 18.01 (d); FIFA 2026
/// "re-applied exclusively" to the teams still level), and partial ties finished by a later criterion.
/// </summary>
public sealed class HeadToHeadTests
{
    /// <summary>The UEFA chain with the same blocks and no re-application.</summary>
    private static readonly TieBreakerChain UefaWithoutReapplication =
        new("custom", TieBreakerPresets.Uefa.Blocks.Select(b => b with { ReapplyToSubsets = false }));

    [Fact]
    public void Compute_Euro2020GroupBThreeLevelOnPoints_MiniLeagueGoalDifferenceOrdersAllThree()
    {
        // Published: Denmark, Finland, Russia 3 pts each. Their mini-league (Denmark 0-1 Finland, Russia 1-0 Finland,
        // Denmark 4-1 Russia): 3 pts each; goal difference Denmark +2 (4-2), Finland 0 (1-1), Russia -2 (2-4).
        var table = StandingsKit.Compute(TieBreakerPresets.Uefa, RealGroups.Euro2020GroupB);

        Assert.Equal(["Belgium", "Denmark", "Finland", "Russia"], table.Order());
        Assert.Equal("head-to-head goal difference +2 vs 0", table.Separation("Denmark").ToString());
        Assert.Equal("head-to-head goal difference 0 vs -2", table.Separation("Finland").ToString());
    }

    [Fact]
    public void Compute_Euro2024GroupEFourLevel_MiniLeagueGoalsScoredBeforeReapplication()
    {
        // Published: Romania won the group although Belgium beat Romania 2-0: criteria (a)-(c) run over the whole
        // four-team mini-league first, and goals scored (Romania 4, Belgium 2, both +1) separated them before any
        // re-application to the pair could apply.
        var table = StandingsKit.Compute(TieBreakerPresets.Uefa, RealGroups.Euro2024GroupE);

        Assert.Equal(["Romania", "Belgium", "Slovakia", "Ukraine"], table.Order());
        Assert.Equal(new Separation(TieBreakScope.HeadToHead, TieBreakCriterion.GoalsFor, "4", "2"), table.Separation("Romania"));
    }

    [Fact]
    public void Compute_UefaThreeLevelOnePairStillLevel_ReappliedHeadToHeadSeparatesPair()
    {
        // Hand-made (HandMade.UefaReapplication): A, B, C 10 pts; the mini-league puts A first (9 pts vs 4) and leaves
        // B and C level (4 pts, 2-4 each); re-applied to B and C's own matches (B 1-0 C, C 1-1 B): 4 pts vs 1.
        var table = StandingsKit.Compute(TieBreakerPresets.Uefa, HandMade.UefaReapplication);

        Assert.Equal(["A", "B", "C", "D"], table.Order());
        Assert.Equal(new Separation(TieBreakScope.HeadToHead, TieBreakCriterion.Points, "9", "4"), table.Separation("A"));
        Assert.Equal(new Separation(TieBreakScope.HeadToHead, TieBreakCriterion.Points, "4", "1"), table.Separation("B"));
    }

    [Fact]
    public void Compute_UefaThreeLevelOnePairStillLevelWithoutReapplication_OverallGoalDifferenceReversesPair()
    {
        // The same group under the same criteria without (d): B and C, level in the three-team mini-league, go on to
        // overall goal difference: C +4 (8-4) vs B 0 (4-4), so C is placed above B, the opposite of the UEFA answer.
        var table = StandingsKit.Compute(UefaWithoutReapplication, HandMade.UefaReapplication);

        Assert.Equal(["A", "C", "B", "D"], table.Order());
        Assert.Equal(new Separation(TieBreakScope.Overall, TieBreakCriterion.GoalDifference, "+4", "0"), table.Separation("C"));
    }

    [Fact]
    public void Compute_Fifa2026ThreeLevelOnePairStillLevel_ReappliedHeadToHeadSeparatesPair()
    {
        // Hand-made (HandMade.Fifa2026Reapplication): A, B, C 10 pts, 5-4 overall; the mini-league separates A
        // (9 pts vs 4); re-applied to B and C alone: B 4 pts, C 1.
        var table = StandingsKit.Compute(TieBreakerPresets.Fifa2026Qualifiers, HandMade.Fifa2026Reapplication);

        Assert.Equal(["A", "B", "C", "D"], table.Order());
        Assert.Equal("head-to-head points 4 vs 1", table.Separation("B").ToString());
    }

    [Fact]
    public void Compute_Fifa2026ReapplicationCaseUnderConcacaf2022_NoReapplicationSoLotsDecidePair()
    {
        // Art. 20.6 of the 2022 regulations does not re-apply criteria (d)-(f): B and C stay level with the three teams
        // still "concerned", so away goals (two teams only) are skipped, no fair play is supplied, and lots decide.
        var table = StandingsKit.Compute(TieBreakerPresets.Concacaf2022, HandMade.Fifa2026Reapplication);

        Assert.Equal("A", table.Rows[0].Team);
        Assert.Equal(TieBreakCriterion.Lots, table.Rows[1].DecidedBy?.Criterion);
        Assert.Equal(["B", "C"], table.Order().Skip(1).Take(2).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Compute_WorldCup1994GroupFThreeLevel_GoalsSeparateOneThenHeadToHeadThePair()
    {
        // Published: Netherlands, Saudi Arabia, Belgium 6 pts, goal difference +1 each. Goals scored put Belgium (2)
        // below the other two (4); the Netherlands then beat Saudi Arabia 2-1 between them: head-to-head points 3 vs 0.
        var table = StandingsKit.Compute(TieBreakerPresets.Concacaf2022, RealGroups.WorldCup1994GroupF);

        Assert.Equal(["Netherlands", "Saudi Arabia", "Belgium", "Morocco"], table.Order());
        Assert.Equal(new Separation(TieBreakScope.HeadToHead, TieBreakCriterion.Points, "3", "0"), table.Separation("Netherlands"));
        Assert.Equal(new Separation(TieBreakScope.Overall, TieBreakCriterion.GoalsFor, "4", "2"), table.Separation("Saudi Arabia"));
    }
}
