namespace Qualify.Models;

/// <summary>
/// The probability of winning a knockout play-off (one match, or two legs) from the scoreline distributions of its
/// matches: the score after 90 minutes, then extra time, then penalties. Exact sums over the scoreline matrices, no
/// simulation.
/// </summary>
/// <remarks>
/// <para>
/// <b>Extra time</b> (2 × 15 minutes) is a match of its own whose goals are independent Poisson with the 90-minute
/// expected goals of each side times <see cref="ExtraTimeFraction"/> = 30/90: the same scoring rate per minute as in
/// normal time. The expected goals are read from the 90-minute distribution, so any model works. They are the model's
/// Poisson means for Elo-Poisson and for Dixon-Coles as well, whose τ correction leaves both marginal distributions
/// unchanged (Dixon and Coles, 1997, equation 4.2: the changes to 0-0 and 0-1, and to 1-0 and 1-1, cancel in each row
/// and column); the τ correction itself, fitted on 90-minute scores, is not applied to extra time. Check on the
/// dataset (results.csv and goalscorers.csv; every World Cup finals match has its scorers and minutes, and stoppage
/// time is recorded as minute 90): the 78 finals matches that went to extra time (a goal after minute 90, or a shoot-out
/// in shootouts.csv) had 79 extra-time goals, 1.01 per 30 minutes, against 2.76 goals per 90 minutes over all 1,068
/// finals matches, 0.92 per 30 minutes: a ratio of 1.10 (0.87 over the 63 since 1986). The assumption of an
/// unchanged rate is within the noise of those counts.
/// </para>
/// <para>
/// <b>Penalties</b> are a coin toss: each side wins with <see cref="ShootoutWinProbability"/> = 0.5. In shootouts.csv
/// the team that kicked first won 136 of the 260 shoot-outs that record it (52.3%), and the first-listed team 368 of
/// 683 (53.9%); Kocher, Lenz and Sutter (2012, "Psychological pressure in competitive environments: New evidence from
/// randomized natural experiments", Management Science 58(8)) find no significant first-kicker advantage, where
/// Apesteguia and Palacios-Huerta (2010, American Economic Review 100(5)) had reported 60.5% on another sample. A
/// rough check with a simplified Elo (not Qualify's) gives the higher-rated side 372 of the 682 shoot-outs matched to
/// a result (54.5%): the coin toss understates a favourite by about 0.045 × P(level after extra time), half a
/// percentage point for Costa Rica against New Zealand (P(level) ≈ 0.22 × 0.47).
/// </para>
/// </remarks>
public static class PlayoffOdds
{
    /// <summary>The length of extra time relative to normal time: 30 minutes over 90.</summary>
    public const double ExtraTimeFraction = 30.0 / 90.0;

    /// <summary>The probability that either side wins a penalty shoot-out.</summary>
    public const double ShootoutWinProbability = 0.5;

    /// <summary>
    /// The scoreline distribution of extra time after a match with the distribution <paramref name="regularTime"/>:
    /// independent Poisson goals with its expected goals times <see cref="ExtraTimeFraction"/>.
    /// </summary>
    /// <param name="regularTime">The 90-minute distribution of the match (or of the second leg).</param>
    public static ScorelineDistribution ExtraTime(ScorelineDistribution regularTime)
    {
        ArgumentNullException.ThrowIfNull(regularTime);
        return ScorelineDistribution.FromPoisson(
            regularTime.ExpectedHomeGoals * ExtraTimeFraction, regularTime.ExpectedAwayGoals * ExtraTimeFraction, regularTime.MaxGoals);
    }

    /// <summary>
    /// The probability that the home side of <paramref name="match"/> (the first-named side at a neutral venue) wins a
    /// one-match play-off: P(win in 90) + P(draw) × (P(win extra time) + P(extra time level) × 0.5).
    /// </summary>
    /// <param name="match">The 90-minute distribution of the match.</param>
    /// <returns>A probability; the away side's is one minus it.</returns>
    public static double SingleMatchHomeWin(ScorelineDistribution match)
    {
        ArgumentNullException.ThrowIfNull(match);
        var extra = ExtraTime(match);
        return match.HomeWin + (match.Draw * (extra.HomeWin + (extra.Draw * ShootoutWinProbability)));
    }

    /// <summary>
    /// The probability that the home side of the first leg wins a two-legged play-off: more goals on aggregate; if level
    /// and <paramref name="awayGoals"/>, more goals away; if still level, extra time in the second leg (where, with
    /// <paramref name="awayGoals"/>, the visitors go through when both sides score the same number of goals in it), then
    /// penalties.
    /// </summary>
    /// <param name="firstLeg">The first leg, home side = the side this probability is for.</param>
    /// <param name="secondLeg">The second leg, home side = the other side.</param>
    /// <param name="awayGoals">Whether away goals count (the rule of UEFA and FIFA home-and-away ties until 2021).</param>
    /// <returns>A probability; the other side's is one minus it.</returns>
    public static double TwoLegsFirstHomeWin(ScorelineDistribution firstLeg, ScorelineDistribution secondLeg, bool awayGoals)
    {
        ArgumentNullException.ThrowIfNull(firstLeg);
        ArgumentNullException.ThrowIfNull(secondLeg);

        // Side A hosts the first leg, side B the second.
        var leg2 = SecondLegDifferences.From(secondLeg);
        var afterLevel = AfterLevelWin(secondLeg, awayGoals);
        var n1 = firstLeg.MaxGoals + 1;
        var cells1 = firstLeg.Probabilities;
        var win = 0.0;
        for (var a1 = 0; a1 < n1; a1++)
        {
            for (var b1 = 0; b1 < n1; b1++)
            {
                var p = cells1[(a1 * n1) + b1];
                if (p == 0)
                {
                    continue;
                }

                // A wins on aggregate when y > −x, x = a1 − b1; level when y = −x.
                var x = a1 - b1;
                var level = -x + leg2.Offset;
                var aggregateWin = leg2.Above[Math.Clamp(level + 1, 0, leg2.Above.Length - 1)];
                if (level < 0 || level >= leg2.ByDifference.Length)
                {
                    win += p * aggregateWin;
                    continue;
                }

                var whenLevel = awayGoals
                    ? leg2.LevelOnAggregateWin(level, b1, afterLevel)
                    : leg2.ByDifference[level] * afterLevel;
                win += p * (aggregateWin + whenLevel);
            }
        }

        return win;
    }

    /// <summary>
    /// The probability that A, the visitors of the second leg, goes through once both legs leave the tie level (and,
    /// with <paramref name="awayGoals"/>, level on away goals too): extra time in the second leg (B at home), where A
    /// goes through on more goals, or on away goals when both score equally; then penalties.
    /// </summary>
    private static double AfterLevelWin(ScorelineDistribution secondLeg, bool awayGoals)
    {
        var extra = ExtraTime(secondLeg);
        var extraLevelNoGoals = extra.Probability(0, 0);
        var extraLevel = extra.Draw;
        var extraWin = extra.AwayWin + (awayGoals ? extraLevel - extraLevelNoGoals : 0);
        var extraShootout = awayGoals ? extraLevelNoGoals : extraLevel;
        return extraWin + (extraShootout * ShootoutWinProbability);
    }

    /// <summary>
    /// The second leg from A's side (A the visitors): y = A's goals − B's goals there, and A's (away) goals a2. For
    /// every y: P(y), P(y &gt; t) and, by a2, P(y, a2), so that each first-leg cell needs O(1) (O(G) with away goals).
    /// </summary>
    /// <param name="ByDifference">P(y), indexed by y + <paramref name="Offset"/>.</param>
    /// <param name="ByDifferenceAndAwayGoals">P(y, a2), indexed by [y + <paramref name="Offset"/>, a2].</param>
    /// <param name="Above">P(y &gt; t), indexed by t + <paramref name="Offset"/> (one entry longer than <paramref name="ByDifference"/>, the last 0).</param>
    /// <param name="Offset">G, the second leg's goal bound: y runs from −G to G.</param>
    private readonly record struct SecondLegDifferences(double[] ByDifference, double[,] ByDifferenceAndAwayGoals, double[] Above, int Offset)
    {
        /// <summary>Sums <paramref name="secondLeg"/>'s cells (home side B) by goal difference from A's side.</summary>
        public static SecondLegDifferences From(ScorelineDistribution secondLeg)
        {
            var n2 = secondLeg.MaxGoals + 1;
            var offset = secondLeg.MaxGoals;
            var byDifference = new double[(2 * offset) + 1];
            var byDifferenceAndAwayGoals = new double[(2 * offset) + 1, n2];
            var cells2 = secondLeg.Probabilities;
            for (var b2 = 0; b2 < n2; b2++)
            {
                for (var a2 = 0; a2 < n2; a2++)
                {
                    var p = cells2[(b2 * n2) + a2];
                    byDifference[a2 - b2 + offset] += p;
                    byDifferenceAndAwayGoals[a2 - b2 + offset, a2] += p;
                }
            }

            // P(y > t) for every t, from the top.
            var above = new double[byDifference.Length + 1];
            for (var k = byDifference.Length - 1; k >= 0; k--)
            {
                above[k] = above[k + 1] + byDifference[k];
            }

            return new SecondLegDifferences(byDifference, byDifferenceAndAwayGoals, above, offset);
        }

        /// <summary>
        /// Level on aggregate (y at index <paramref name="level"/>), with away goals: A goes through on more away goals
        /// a2 than B's <paramref name="firstLegAwayGoals"/>, and with <paramref name="afterLevel"/> on as many.
        /// </summary>
        public double LevelOnAggregateWin(int level, int firstLegAwayGoals, double afterLevel)
        {
            double more = 0, same = 0;
            for (var a2 = 0; a2 < ByDifferenceAndAwayGoals.GetLength(1); a2++)
            {
                var q = ByDifferenceAndAwayGoals[level, a2];
                if (a2 > firstLegAwayGoals)
                {
                    more += q;
                }
                else if (a2 == firstLegAwayGoals)
                {
                    same += q;
                }
            }

            return more + (same * afterLevel);
        }
    }
}
