namespace Qualify.Models.Outcomes;

/// <summary>Outcome forecasts derived from a <see cref="ScorelineDistribution"/>.</summary>
public static class ScorelineDistributionOutcomes
{
    /// <summary>
    /// The outcome probabilities of the scoreline matrix: <see cref="ScorelineDistribution.HomeWin"/>,
    /// <see cref="ScorelineDistribution.Draw"/> and <see cref="ScorelineDistribution.AwayWin"/>, summed from its
    /// (renormalised) cells, so they agree with every other probability derived from it.
    /// </summary>
    /// <param name="distribution">The scoreline distribution.</param>
    public static OutcomeProbabilities ToOutcomeProbabilities(this ScorelineDistribution distribution)
    {
        ArgumentNullException.ThrowIfNull(distribution);
        var sum = distribution.HomeWin + distribution.Draw + distribution.AwayWin;
        return OutcomeProbabilities.FromTrusted(distribution.HomeWin / sum, distribution.Draw / sum, distribution.AwayWin / sum);
    }

    /// <summary>
    /// A truncation wide enough for the given means: <see cref="ScorelineDistribution.DefaultMaxGoals"/> while the
    /// larger mean m is at most 3 (the cut-off mass is then below 3e-4), otherwise ⌈m + 8√m⌉ goals, at most 100,
    /// so that lopsided matches (a mean of 8 or more) are not squeezed into 0..10 goals.
    /// </summary>
    /// <param name="homeMean">The home team's expected goals, finite and zero or more.</param>
    /// <param name="awayMean">The away team's expected goals, finite and zero or more.</param>
    /// <exception cref="ArgumentOutOfRangeException">A mean is negative or not finite.</exception>
    public static int TruncationFor(double homeMean, double awayMean)
    {
        if (!double.IsFinite(homeMean) || homeMean < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(homeMean), homeMean, "must be finite and zero or more");
        }

        if (!double.IsFinite(awayMean) || awayMean < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(awayMean), awayMean, "must be finite and zero or more");
        }

        var mean = Math.Max(homeMean, awayMean);
        return mean <= 3
            ? ScorelineDistribution.DefaultMaxGoals
            : (int)Math.Clamp(Math.Ceiling(mean + (8 * Math.Sqrt(mean))), ScorelineDistribution.DefaultMaxGoals, MaximumTruncation);
    }

    /// <summary>The widest truncation <see cref="TruncationFor"/> gives: 100 goals per side, the limit of <see cref="ScorelineDistribution"/>.</summary>
    public static int MaximumTruncation => 100;
}
