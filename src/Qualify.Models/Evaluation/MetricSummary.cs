using Qualify.Domain.Matches;
using Qualify.Models.Outcomes;

namespace Qualify.Models.Evaluation;

/// <summary>The mean scores of a set of forecasts (see <see cref="Metrics"/>); all NaN when there is none.</summary>
/// <param name="Matches">How many forecasts were scored.</param>
/// <param name="RankedProbabilityScore">Mean ranked probability score, lower is better.</param>
/// <param name="LogLoss">Mean log-loss (natural log), lower is better.</param>
/// <param name="BrierScore">Mean multi-class Brier score, lower is better.</param>
/// <param name="Accuracy">Share of forecasts whose most probable outcome happened, higher is better.</param>
public readonly record struct MetricSummary(int Matches, double RankedProbabilityScore, double LogLoss, double BrierScore, double Accuracy);

/// <summary>Adds up the scores of forecasts one at a time; <see cref="ToSummary"/> gives the means.</summary>
public sealed class MetricAccumulator
{
    private int _count;
    private double _rankedProbabilityScore;
    private double _logLoss;
    private double _brierScore;
    private double _accuracy;

    /// <summary>Scores <paramref name="forecast"/> against <paramref name="actual"/>.</summary>
    /// <param name="forecast">The forecast.</param>
    /// <param name="actual">The outcome.</param>
    public void Add(OutcomeProbabilities forecast, MatchOutcome actual)
    {
        _count++;
        _rankedProbabilityScore += Metrics.RankedProbabilityScore(forecast, actual);
        _logLoss += Metrics.LogLoss(forecast, actual);
        _brierScore += Metrics.BrierScore(forecast, actual);
        _accuracy += Metrics.Accuracy(forecast, actual);
    }

    /// <summary>The means so far.</summary>
    public MetricSummary ToSummary() => _count == 0
        ? new MetricSummary(0, double.NaN, double.NaN, double.NaN, double.NaN)
        : new MetricSummary(_count, _rankedProbabilityScore / _count, _logLoss / _count, _brierScore / _count, _accuracy / _count);
}
