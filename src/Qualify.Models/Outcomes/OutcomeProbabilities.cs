using Qualify.Domain.Matches;

namespace Qualify.Models.Outcomes;

/// <summary>
/// A forecast of a match's outcome: P(home win), P(draw), P(away win), each in [0, 1], summing to 1. Immutable.
/// The outcomes are ordered home win, draw, away win, the order the ranked probability score uses
/// (<see cref="Evaluation.Metrics.RankedProbabilityScore"/>).
/// </summary>
public readonly record struct OutcomeProbabilities
{
    /// <summary>How far from 1 the sum of the three probabilities given to <see cref="FromProbabilities"/> may be.</summary>
    public const double SumTolerance = 1e-9;

    private OutcomeProbabilities(double homeWin, double draw, double awayWin)
    {
        HomeWin = homeWin;
        Draw = draw;
        AwayWin = awayWin;
    }

    /// <summary>One third for each outcome: the forecast of a model that knows nothing.</summary>
    public static OutcomeProbabilities Uniform { get; } = new(1.0 / 3, 1.0 / 3, 1.0 / 3);

    /// <summary>P(home goals &gt; away goals).</summary>
    public double HomeWin { get; }

    /// <summary>P(home goals = away goals).</summary>
    public double Draw { get; }

    /// <summary>P(home goals &lt; away goals).</summary>
    public double AwayWin { get; }

    /// <summary>
    /// Creates a forecast from three probabilities that sum to 1 within <see cref="SumTolerance"/>; they are divided
    /// by their sum so that the stored ones sum to 1 to rounding.
    /// </summary>
    /// <param name="homeWin">P(home win), finite and in [0, 1].</param>
    /// <param name="draw">P(draw), finite and in [0, 1].</param>
    /// <param name="awayWin">P(away win), finite and in [0, 1].</param>
    /// <exception cref="ArgumentOutOfRangeException">A probability is outside [0, 1] or not finite, or the sum is not 1.</exception>
    public static OutcomeProbabilities FromProbabilities(double homeWin, double draw, double awayWin)
    {
        Validate(homeWin, nameof(homeWin));
        Validate(draw, nameof(draw));
        Validate(awayWin, nameof(awayWin));
        var sum = homeWin + draw + awayWin;
        if (Math.Abs(sum - 1) > SumTolerance)
        {
            throw new ArgumentOutOfRangeException(nameof(awayWin), sum, "the three probabilities must sum to 1");
        }

        return new OutcomeProbabilities(homeWin / sum, draw / sum, awayWin / sum);
    }

    /// <summary>Trusted construction from probabilities already known to be valid (the models' own output).</summary>
    internal static OutcomeProbabilities FromTrusted(double homeWin, double draw, double awayWin) => new(homeWin, draw, awayWin);

    /// <summary>The probability of <paramref name="outcome"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The outcome is not a defined value.</exception>
    public double Probability(MatchOutcome outcome) => outcome switch
    {
        MatchOutcome.HomeWin => HomeWin,
        MatchOutcome.Draw => Draw,
        MatchOutcome.AwayWin => AwayWin,
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "not a match outcome"),
    };

    /// <inheritdoc />
    public override string ToString() => FormattableString.Invariant($"home {HomeWin:F4} draw {Draw:F4} away {AwayWin:F4}");

    private static void Validate(double probability, string name)
    {
        if (!double.IsFinite(probability) || probability < 0 || probability > 1)
        {
            throw new ArgumentOutOfRangeException(name, probability, "a probability must be finite and within [0, 1]");
        }
    }
}
