using System.Collections.Immutable;
using Qualify.Domain.Standings;

namespace Qualify.Domain.Tests.Standings;

/// <summary>
/// Each criterion of the <c>uefa</c> preset as the one that separates two teams. The chain is art. 18.01-18.02 of the
/// Regulations of the UEFA European Football Championship 2022-24, qualifying competition: points; then (a) points,
/// (b) goal difference, (c) goals scored in the matches among the teams in question, (d) a-c re-applied to the teams
/// still level; (e) goal difference, (f) goals scored, (g) away goals, (h) wins, (i) away wins in all group matches;
/// (j) disciplinary points; lots in place of (k). The real tables are Euro final-tournament groups, whose regulations
/// share criteria a-f (they have no away criteria, which none of these cases reaches).
/// </summary>
public sealed class UefaPresetTests
{
    private static readonly TieBreakerChain Chain = TieBreakerPresets.Uefa;

    [Fact]
    public void Compute_Euro2020GroupB_BelgiumAboveDenmarkOnPoints()
    {
        // Published: Belgium 9 pts (three wins), Denmark 3.
        var table = StandingsKit.Compute(Chain, RealGroups.Euro2020GroupB);

        Assert.Equal("Belgium", table.Rows[0].Team);
        Assert.Equal(new Separation(TieBreakScope.Overall, TieBreakCriterion.Points, "9", "3"), table.Separation("Belgium"));
    }

    [Fact]
    public void Compute_Euro2020GroupF_GermanyAbovePortugalOnHeadToHeadPoints()
    {
        // Published: Germany and Portugal 4 pts; Germany beat Portugal 4-2: head-to-head points 3 vs 0, although
        // Portugal had the better overall goals (7-6 to Germany's 6-5), which come later in this chain.
        var table = StandingsKit.Compute(Chain, RealGroups.Euro2020GroupF);

        Assert.Equal(["France", "Germany", "Portugal", "Hungary"], table.Order());
        Assert.Equal(new Separation(TieBreakScope.HeadToHead, TieBreakCriterion.Points, "3", "0"), table.Separation("Germany"));
        Assert.Equal("head-to-head points 3 vs 0", table.Separation("Germany").ToString());
    }

    [Fact]
    public void Compute_Euro2024GroupE_BelgiumAboveSlovakiaOnHeadToHeadGoalDifference()
    {
        // Published: all four on 4 pts, so the matches among the teams in question are all six; goal difference in
        // them: Romania +1 (4-3), Belgium +1 (2-1), Slovakia 0 (3-3), Ukraine -2 (2-4).
        var table = StandingsKit.Compute(Chain, RealGroups.Euro2024GroupE);

        Assert.Equal(["Romania", "Belgium", "Slovakia", "Ukraine"], table.Order());
        Assert.Equal(new Separation(TieBreakScope.HeadToHead, TieBreakCriterion.GoalDifference, "+1", "0"), table.Separation("Belgium"));
        Assert.Equal("head-to-head goal difference +1 vs 0", table.Separation("Belgium").ToString());
    }

    [Fact]
    public void Compute_Euro2004GroupC_SwedenAboveDenmarkOnHeadToHeadGoalsScored()
    {
        // Published: Sweden, Denmark, Italy 5 pts; all drew among themselves (2 pts, goal difference 0 each);
        // goals in those matches: Sweden 3 (1-1, 2-2), Denmark 2 (0-0, 2-2), Italy 1 (0-0, 1-1).
        var table = StandingsKit.Compute(Chain, RealGroups.Euro2004GroupC);

        Assert.Equal(["Sweden", "Denmark", "Italy", "Bulgaria"], table.Order());
        Assert.Equal(new Separation(TieBreakScope.HeadToHead, TieBreakCriterion.GoalsFor, "3", "2"), table.Separation("Sweden"));
        Assert.Equal(new Separation(TieBreakScope.HeadToHead, TieBreakCriterion.GoalsFor, "2", "1"), table.Separation("Denmark"));
    }

    [Fact]
    public void Compute_Euro2016GroupC_GermanyAbovePolandOnGoalDifference()
    {
        // Published: Germany and Poland 7 pts, 0-0 between them (head-to-head level); overall goal difference
        // Germany +3 (3-0), Poland +2 (2-0).
        var table = StandingsKit.Compute(Chain, RealGroups.Euro2016GroupC);

        Assert.Equal(["Germany", "Poland", "Northern Ireland", "Ukraine"], table.Order());
        Assert.Equal(new Separation(TieBreakScope.Overall, TieBreakCriterion.GoalDifference, "+3", "+2"), table.Separation("Germany"));
        Assert.Equal("goal difference +3 vs +2", table.Separation("Germany").ToString());
    }

    [Fact]
    public void Compute_Euro2020GroupD_CroatiaAboveCzechRepublicOnGoalsScored()
    {
        // Published: Croatia and the Czech Republic 4 pts, 1-1 between them, goal difference +1 each; goals 4 vs 3.
        var table = StandingsKit.Compute(Chain, RealGroups.Euro2020GroupD);

        Assert.Equal(["England", "Croatia", "Czech Republic", "Scotland"], table.Order());
        Assert.Equal(new Separation(TieBreakScope.Overall, TieBreakCriterion.GoalsFor, "4", "3"), table.Separation("Croatia"));
        Assert.Equal("goals scored 4 vs 3", table.Separation("Croatia").ToString());
    }

    [Fact]
    public void Compute_PairLevelUpToGoalsScored_AwayGoalsDecide()
    {
        // Hand-made (HandMade.AwayGoalsPair): A and B 6 pts, 4-3, level between them; away goals 3 vs 1.
        var table = StandingsKit.Compute(Chain, HandMade.AwayGoalsPair);

        Assert.Equal(["A", "B", "C"], table.Order());
        Assert.Equal(new Separation(TieBreakScope.Overall, TieBreakCriterion.AwayGoalsFor, "3", "1"), table.Separation("A"));
        Assert.Equal("away goals 3 vs 1", table.Separation("A").ToString());
    }

    [Fact]
    public void Compute_PairLevelUpToAwayGoals_WinsDecide()
    {
        // Hand-made (HandMade.WinsPair): A (W1 D1 L2) and B (W0 D4) 4 pts, 3-3, 2 away goals each; wins 1 vs 0.
        var table = StandingsKit.Compute(Chain, HandMade.WinsPair);

        Assert.Equal(["D", "E", "A", "B", "C"], table.Order());
        Assert.Equal(new Separation(TieBreakScope.Overall, TieBreakCriterion.Wins, "1", "0"), table.Separation("A"));
        Assert.Equal("wins 1 vs 0", table.Separation("A").ToString());
    }

    [Fact]
    public void Compute_PairLevelUpToWins_AwayWinsDecide()
    {
        // Hand-made (HandMade.AwayWinsPair): A and B 5 pts, 5-5, 3 away goals, one win each; A's win was away.
        var table = StandingsKit.Compute(Chain, HandMade.AwayWinsPair);

        Assert.Equal(["C", "A", "B"], table.Order());
        Assert.Equal(new Separation(TieBreakScope.Overall, TieBreakCriterion.AwayWins, "1", "0"), table.Separation("A"));
        Assert.Equal("away wins 1 vs 0", table.Separation("A").ToString());
    }

    [Fact]
    public void Compute_PairLevelOnEveryMatchCriterion_FairPlayDecides()
    {
        // Hand-made (HandMade.LevelPair): level on (a)-(i). Art. 18.01 (j) ranks by the lower disciplinary total; the
        // preset takes it as fair-play points, higher is better, so A's -3 ranks above B's -4.
        var fairPlay = ImmutableDictionary<string, int>.Empty.Add("A", -3).Add("B", -4);

        var table = StandingsKit.Compute(Chain, HandMade.LevelPair, fairPlay: fairPlay);

        Assert.Equal(["A", "B", "C"], table.Order());
        Assert.Equal(new Separation(TieBreakScope.Overall, TieBreakCriterion.FairPlay, "-3", "-4"), table.Separation("A"));
    }

    [Fact]
    public void Compute_PairLevelOnEveryCriterion_DrawingOfLotsDecides()
    {
        // The level pair without disciplinary figures: lots stand in for (k), the qualifying-ranking position.
        var table = StandingsKit.Compute(Chain, HandMade.LevelPair);

        Assert.Equal(TieBreakCriterion.Lots, table.Rows[0].DecidedBy?.Criterion);
        Assert.Equal(["A", "B"], table.Order().Take(2).Order(StringComparer.Ordinal));
    }
}
