namespace Qualify.Models.Tests;

/// <summary>
/// <see cref="PlayoffOdds"/>: one-match and two-legged play-offs, 90 minutes, extra time at the 90-minute scoring
/// rate (means × 30/90), penalties 50/50. Expected values are closed forms worked by hand in each test, symmetry, or
/// a brute-force enumeration of the rules.
/// </summary>
public sealed class PlayoffOddsTests
{
    [Theory]
    [InlineData(0.4)]
    [InlineData(1.3)]
    [InlineData(2.9)]
    public void SingleMatchHomeWin_EqualTeamsAtNeutralVenue_IsOneHalf(double mean)
    {
        // Equal means: the matrix is symmetric, so win = loss, and extra time and penalties split the rest evenly.
        var match = ScorelineDistribution.FromPoisson(mean, mean);

        Assert.Equal(0.5, PlayoffOdds.SingleMatchHomeWin(match), 12);
    }

    [Fact]
    public void SingleMatchHomeWin_OpponentNeverScores_MatchesClosedForm()
    {
        // λ = 1, μ = 0. The side loses only through a 0-0 after 90 minutes (e^−1), a 0-0 in extra time (mean 1/3:
        // e^(−1/3)) and a lost shoot-out (1/2): P = 1 − e^(−4/3)/2 = 1 − 0.263597/2 = 0.868201.
        var match = ScorelineDistribution.FromPoisson(1, 0);

        Assert.Equal(1 - (Math.Exp(-4.0 / 3.0) / 2), PlayoffOdds.SingleMatchHomeWin(match), 7);
    }

    [Fact]
    public void SingleMatchHomeWin_CostaRicaAgainstNewZealand_MatchesHandCalculation()
    {
        // Means of Costa Rica v New Zealand at a neutral venue after the Octagon, offline model: dr = 1858.7 − 1656.3
        // = 202.44; λ = exp(0.2508 + 0.7647 × 202.44/400) = 1.89234, μ = exp(0.2508 − 0.7647 × 202.44/400) = 0.87266.
        // By hand (Poisson sums to 10 goals): 90 minutes win 0.61355, draw 0.21866; extra time (means 0.63078, 0.29089)
        // win 0.37932, level 0.47427; P = 0.61355 + 0.21866 × (0.37932 + 0.47427/2) = 0.74834.
        var match = ScorelineDistribution.FromPoisson(1.892339520811865, 0.8726559468112643);

        Assert.Equal(0.74834, PlayoffOdds.SingleMatchHomeWin(match), 5);
    }

    [Fact]
    public void ExtraTime_DixonColesMatch_KeepsOneThirdOfTheMeans()
    {
        // τ leaves both marginals unchanged (Dixon and Coles, 1997, eq. 4.2), so the 90-minute expected goals are the
        // Poisson means, and extra time has a third of them.
        var match = ScorelineDistribution.FromDixonColes(1.5, 0.9, -0.12);

        var extra = PlayoffOdds.ExtraTime(match);

        // Within the truncation at 10 goals (the Poisson(1.5) tail beyond 10 is 5.5e-7 of the mass).
        Assert.Equal(0.5, extra.ExpectedHomeGoals, 5);
        Assert.Equal(0.3, extra.ExpectedAwayGoals, 5);
    }

    [Fact]
    public void TwoLegsFirstHomeWin_SameMeansEverywhereWithoutAwayGoals_IsOneHalf()
    {
        // No venue effect and no away goals: the two sides are exchangeable, extra time included.
        var leg = ScorelineDistribution.FromPoisson(1.3, 1.3);

        Assert.Equal(0.5, PlayoffOdds.TwoLegsFirstHomeWin(leg, leg, awayGoals: false), 12);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void TwoLegsFirstHomeWin_EqualTeamsWithHomeAdvantage_FavoursTheSecondLegHost(bool awayGoals)
    {
        // Equal teams, each scoring 1.6 at home and 1.1 away. The 180 minutes are symmetric, but extra time is played
        // at the second-leg host's ground (means 1.6/3 against 1.1/3), so the first-leg host wins less than half the
        // time; with away goals, scoring in a drawn extra time sends the visitors through, which gives some back.
        var leg = ScorelineDistribution.FromPoisson(1.6, 1.1);

        Assert.InRange(PlayoffOdds.TwoLegsFirstHomeWin(leg, leg, awayGoals), 0.48, 0.4999);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void TwoLegsFirstHomeWin_OpponentNeverScores_MatchesClosedForm(bool awayGoals)
    {
        // A scores with means 1.2 (home) and 0.8 (away), B never. A goes out only if 0-0, 0-0, 0-0 in extra time
        // (mean 0.8/3) and the shoot-out is lost: P = 1 − e^(−1.2 − 0.8 − 0.8/3)/2, with or without away goals.
        var first = ScorelineDistribution.FromPoisson(1.2, 0);
        var second = ScorelineDistribution.FromPoisson(0, 0.8);

        Assert.Equal(1 - (Math.Exp(-1.2 - 0.8 - (0.8 / 3)) / 2), PlayoffOdds.TwoLegsFirstHomeWin(first, second, awayGoals), 7);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void TwoLegsFirstHomeWin_UnequalTeams_EqualsBruteForceOverEveryScore(bool awayGoals)
    {
        var first = ScorelineDistribution.FromDixonColes(1.7, 0.8, -0.1);
        var second = ScorelineDistribution.FromPoisson(1.3, 1.2);

        Assert.Equal(BruteForce(first, second, awayGoals), PlayoffOdds.TwoLegsFirstHomeWin(first, second, awayGoals), 12);
    }

    [Fact]
    public void TwoLegsFirstHomeWin_AwayGoals_ChangeTheOdds()
    {
        // With away goals a level aggregate is decided more often in normal time; for unequal legs that moves P.
        var first = ScorelineDistribution.FromPoisson(1.7, 0.8);
        var second = ScorelineDistribution.FromPoisson(1.3, 1.2);

        Assert.NotEqual(PlayoffOdds.TwoLegsFirstHomeWin(first, second, false), PlayoffOdds.TwoLegsFirstHomeWin(first, second, true), 6);
    }

    /// <summary>
    /// Every score of both legs and of extra time, and the rules as written: aggregate; away goals; extra time in leg 2
    /// (visitors through on away goals if both score equally); penalties 50/50.
    /// </summary>
    private static double BruteForce(ScorelineDistribution first, ScorelineDistribution second, bool awayGoals)
    {
        var extra = PlayoffOdds.ExtraTime(second);
        double win = 0;
        for (var a1 = 0; a1 <= first.MaxGoals; a1++)
        {
            for (var b1 = 0; b1 <= first.MaxGoals; b1++)
            {
                for (var b2 = 0; b2 <= second.MaxGoals; b2++)
                {
                    for (var a2 = 0; a2 <= second.MaxGoals; a2++)
                    {
                        var p = first.Probability(a1, b1) * second.Probability(b2, a2);
                        int a = a1 + a2, b = b1 + b2;
                        if (a != b)
                        {
                            win += a > b ? p : 0;
                            continue;
                        }

                        if (awayGoals && a2 != b1)
                        {
                            win += a2 > b1 ? p : 0;
                            continue;
                        }

                        for (var be = 0; be <= extra.MaxGoals; be++)
                        {
                            for (var ae = 0; ae <= extra.MaxGoals; ae++)
                            {
                                var q = p * extra.Probability(be, ae);
                                win += ae > be ? q : ae < be ? 0 : awayGoals && ae > 0 ? q : q / 2;
                            }
                        }
                    }
                }
            }
        }

        return win;
    }
}
