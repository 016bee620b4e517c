using Qualify.Domain.Matches;
using Qualify.Models.Outcomes;

namespace Qualify.Models.Evaluation;

/// <summary>
/// Scores of one outcome forecast against the actual outcome. Lower is better for every score except
/// <see cref="Accuracy"/>. The outcomes are ordered home win, draw, away win.
/// </summary>
public static class Metrics
{
    /// <summary>The smallest probability <see cref="LogLoss"/> takes the log of: 1e-15, so that one impossible-looking result costs at most about 34.5.</summary>
    public const double LogLossFloor = 1e-15;

    /// <summary>
    /// The ranked probability score for the ordered outcomes home win, draw, away win:
    /// RPS = ½·Σ_{k=1}^{2} (P_k − O_k)², with P_k and O_k the cumulative forecast and observed probabilities of the
    /// first k outcomes (Epstein, 1969, "A scoring system for probability forecasts of ranked categories", Journal of
    /// Applied Meteorology 8(6); for football, Constantinou and Fenton, 2012, "Solving the problem of inadequate
    /// scoring rules for assessing probabilistic football forecast models", JQAS 8(1)). In [0, 1]; 0 is a certain,
    /// correct forecast. It rewards probability placed near the actual outcome: a draw forecast is closer to a home
    /// win than an away-win forecast is.
    /// </summary>
    /// <param name="forecast">The forecast.</param>
    /// <param name="actual">The outcome.</param>
    public static double RankedProbabilityScore(OutcomeProbabilities forecast, MatchOutcome actual)
    {
        var (homeWin, draw, _) = Indicators(actual);
        var first = forecast.HomeWin - homeWin;
        var second = first + forecast.Draw - draw;
        return ((first * first) + (second * second)) / 2;
    }

    /// <summary>
    /// The logarithmic score (log-loss): −ln P(actual outcome), natural log (Good, 1952, "Rational decisions",
    /// JRSS B 14(1)). In [0, ∞); a probability below <see cref="LogLossFloor"/> is raised to it.
    /// </summary>
    /// <param name="forecast">The forecast.</param>
    /// <param name="actual">The outcome.</param>
    public static double LogLoss(OutcomeProbabilities forecast, MatchOutcome actual) =>
        -Math.Log(Math.Max(forecast.Probability(actual), LogLossFloor));

    /// <summary>
    /// The Brier score, multi-class form: Σ_k (p_k − o_k)² over the three outcomes (Brier, 1950, "Verification of
    /// forecasts expressed in terms of probability", Monthly Weather Review 78(1)). In [0, 2].
    /// </summary>
    /// <param name="forecast">The forecast.</param>
    /// <param name="actual">The outcome.</param>
    public static double BrierScore(OutcomeProbabilities forecast, MatchOutcome actual)
    {
        var (homeWin, draw, awayWin) = Indicators(actual);
        return Square(forecast.HomeWin - homeWin) + Square(forecast.Draw - draw) + Square(forecast.AwayWin - awayWin);
    }

    /// <summary>
    /// Whether the most probable outcome happened: 1 if the actual outcome has the largest probability, 0 if another
    /// has; when k outcomes tie for the largest, 1/k if the actual one is among them (the expected accuracy of picking
    /// one of them at random), so the uniform forecast scores exactly ⅓.
    /// </summary>
    /// <param name="forecast">The forecast.</param>
    /// <param name="actual">The outcome.</param>
    public static double Accuracy(OutcomeProbabilities forecast, MatchOutcome actual)
    {
        var largest = Math.Max(forecast.HomeWin, Math.Max(forecast.Draw, forecast.AwayWin));
        var ties = (forecast.HomeWin == largest ? 1 : 0) + (forecast.Draw == largest ? 1 : 0) + (forecast.AwayWin == largest ? 1 : 0);
        return forecast.Probability(actual) == largest ? 1.0 / ties : 0;
    }

    private static (double HomeWin, double Draw, double AwayWin) Indicators(MatchOutcome actual) => actual switch
    {
        MatchOutcome.HomeWin => (1, 0, 0),
        MatchOutcome.Draw => (0, 1, 0),
        MatchOutcome.AwayWin => (0, 0, 1),
        _ => throw new ArgumentOutOfRangeException(nameof(actual), actual, "not a match outcome"),
    };

    private static double Square(double value) => value * value;
}
