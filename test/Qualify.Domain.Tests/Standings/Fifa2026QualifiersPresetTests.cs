using System.Collections.Immutable;
using Qualify.Domain.Standings;

namespace Qualify.Domain.Tests.Standings;

/// <summary>
/// Each criterion of the <c>fifa-2026-qualifiers</c> preset as the one that separates two teams: points, goal
/// difference and goals scored in all group matches; then points, goal difference and goals scored in the matches
/// between the teams concerned, re-applied to any subset still level; fair-play points; drawing of lots
/// (FIFA World Cup 26 preliminary competition regulations, ranking in a league format).
/// </summary>
public sealed class Fifa2026QualifiersPresetTests
{
    private static readonly TieBreakerChain Chain = TieBreakerPresets.Fifa2026Qualifiers;

    // Ecuador started the CONMEBOL qualifiers on -3 (Court of Arbitration for Sport, November 2022).
    private static readonly ImmutableDictionary<string, int> EcuadorDeduction = ImmutableDictionary<string, int>.Empty.Add("Ecuador", 3);

    private static GroupStandings ConmebolFinalTable() =>
        StandingsKit.Compute(Chain, RealGroups.Conmebol2026, deductions: EcuadorDeduction);

    [Fact]
    public void Compute_Conmebol2026FinalTable_MatchesPublishedOrderAndPoints()
    {
        // Published final table (see RealGroups.Conmebol2026).
        var table = ConmebolFinalTable();

        Assert.Equal(
            ["Argentina 38", "Ecuador 29", "Colombia 28", "Uruguay 28", "Brazil 28", "Paraguay 28", "Bolivia 20", "Venezuela 18", "Peru 12", "Chile 11"],
            table.Rows.Select(r => $"{r.Team} {r.Points}"));
    }

    [Fact]
    public void Compute_Conmebol2026FinalTable_ArgentinaAboveEcuadorOnPoints()
    {
        // Published: Argentina 38, Ecuador 29 (after the deduction).
        var table = ConmebolFinalTable();

        Assert.Equal(["Argentina", "Ecuador"], table.Order().Take(2));
        Assert.Equal(new Separation(TieBreakScope.Overall, TieBreakCriterion.Points, "38", "29"), table.Separation("Argentina"));
        Assert.Equal("points 38 vs 29", table.Separation("Argentina").ToString());
    }

    [Fact]
    public void Compute_Conmebol2026FinalTable_UruguayAboveBrazilOnGoalDifference()
    {
        // Published: Uruguay 28 pts, 22-12 (+10); Brazil 28 pts, 24-17 (+7).
        var table = ConmebolFinalTable();

        Assert.Equal(["Uruguay", "Brazil"], table.Order().Skip(3).Take(2));
        Assert.Equal(new Separation(TieBreakScope.Overall, TieBreakCriterion.GoalDifference, "+10", "+7"), table.Separation("Uruguay"));
        Assert.Equal("goal difference +10 vs +7", table.Separation("Uruguay").ToString());
    }

    [Fact]
    public void Compute_Conmebol2026FinalTable_ColombiaAboveUruguayOnGoalsScored()
    {
        // Published: Colombia 28 pts, 28-18 (+10); Uruguay 28 pts, 22-12 (+10): goals scored 28 vs 22.
        var table = ConmebolFinalTable();

        Assert.Equal(["Colombia", "Uruguay"], table.Order().Skip(2).Take(2));
        Assert.Equal(new Separation(TieBreakScope.Overall, TieBreakCriterion.GoalsFor, "28", "22"), table.Separation("Colombia"));
        Assert.Equal("goals scored 28 vs 22", table.Separation("Colombia").ToString());
    }

    [Fact]
    public void Compute_Afc2026SecondRoundGroupC_ChinaAboveThailandOnHeadToHeadPoints()
    {
        // Published: China and Thailand 8 pts, 9-9 each; China won 2-1 in Thailand and drew 1-1 at home: 4 pts vs 1.
        var table = StandingsKit.Compute(Chain, RealGroups.Afc2026SecondRoundGroupC);

        Assert.Equal(["South Korea", "China", "Thailand", "Singapore"], table.Order());
        Assert.Equal(new Separation(TieBreakScope.HeadToHead, TieBreakCriterion.Points, "4", "1"), table.Separation("China"));
        Assert.Equal("head-to-head points 4 vs 1", table.Separation("China").ToString());
    }

    [Fact]
    public void Compute_PairLevelOverallAndOnHeadToHeadPoints_HeadToHeadGoalDifferenceDecides()
    {
        // Hand-made (HandMade.HeadToHeadGoalDifferencePair): A and B 7 pts, 7-3; between them 3 pts each, 3-1 to A.
        var table = StandingsKit.Compute(Chain, HandMade.HeadToHeadGoalDifferencePair);

        Assert.Equal(["A", "B", "C"], table.Order());
        Assert.Equal(new Separation(TieBreakScope.HeadToHead, TieBreakCriterion.GoalDifference, "+2", "-2"), table.Separation("A"));
    }

    [Fact]
    public void Compute_ThreeLevelWithEqualHeadToHeadGoalDifference_HeadToHeadGoalsScoredDecides()
    {
        // Hand-made (HandMade.HeadToHeadGoalsScoredTrio): A, B, C 5 pts, 4-3; among them goals B 3, A 2, C 1.
        var table = StandingsKit.Compute(Chain, HandMade.HeadToHeadGoalsScoredTrio);

        Assert.Equal(["B", "A", "C", "D"], table.Order());
        Assert.Equal(new Separation(TieBreakScope.HeadToHead, TieBreakCriterion.GoalsFor, "3", "2"), table.Separation("B"));
        Assert.Equal("head-to-head goals scored 2 vs 1", table.Separation("A").ToString());
    }

    [Fact]
    public void Compute_TwoTeamsLevelUpToHeadToHeadGoals_AwayGoalsAreNotACriterion()
    {
        // The 2026 chain drops the away-goals criterion of 2022: the pair that away goals separate under concacaf-2022
        // (HandMade.HeadToHeadAwayGoalsPair, away goals 2 vs 1) goes on to fair play (none supplied) and lots.
        var table = StandingsKit.Compute(Chain, HandMade.HeadToHeadAwayGoalsPair);

        Assert.Equal(TieBreakCriterion.Lots, table.Rows[0].DecidedBy?.Criterion);
    }

    [Fact]
    public void Compute_WorldCup2018GroupH_JapanAboveSenegalOnFairPlay()
    {
        // 2018 World Cup Group H, ranked under the same criteria (regulations of the 2018 final competition, art. 32.5):
        // Japan and Senegal 4 pts, 4-4, 2-2 against each other. FIFA's fair-play points: Japan -4, Senegal -6.
        var fairPlay = ImmutableDictionary<string, int>.Empty.Add("Japan", -4).Add("Senegal", -6);

        var table = StandingsKit.Compute(Chain, RealGroups.WorldCup2018GroupH, fairPlay: fairPlay);

        Assert.Equal(["Colombia", "Japan", "Senegal", "Poland"], table.Order());
        Assert.Equal(new Separation(TieBreakScope.Overall, TieBreakCriterion.FairPlay, "-4", "-6"), table.Separation("Japan"));
        Assert.Equal("fair play -4 vs -6", table.Separation("Japan").ToString());
    }

    [Fact]
    public void Compute_WorldCup2018GroupHWithoutFairPlay_DrawingOfLotsDecides()
    {
        // Without fair-play figures, Japan and Senegal are level on every criterion (published table: 4 pts, 4-4,
        // 2-2 between them), so the last criterion, drawing of lots, orders them.
        var table = StandingsKit.Compute(Chain, RealGroups.WorldCup2018GroupH);

        Assert.Equal(["Japan", "Senegal"], table.Order().Skip(1).Take(2).Order(StringComparer.Ordinal));
        Assert.Equal(new Separation(TieBreakScope.Overall, TieBreakCriterion.Lots, string.Empty, string.Empty), table.Rows[1].DecidedBy);
        Assert.True(table.DecidedByLots);
    }
}
