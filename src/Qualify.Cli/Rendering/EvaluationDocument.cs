using Qualify.Models;
using Qualify.Models.Evaluation;

namespace Qualify.Cli.Rendering;

/// <summary>
/// The JSON document of <c>qualify evaluate --format json</c>: the period, the method, the splits by competition group,
/// each model's scores overall and by split, and the best model against the elo baseline on RPS (or
/// <see langword="null"/> with fewer than two models or no baseline).
/// </summary>
internal sealed record EvaluationDocument(
    string From,
    string To,
    int Matches,
    EvaluationMethod Method,
    IReadOnlyList<EvaluationSplitDocument> Splits,
    IReadOnlyList<ModelScoresDocument> Models,
    ComparisonDocument? Comparison)
{
    public static EvaluationDocument Of(EvaluationResult result) => new(
        Dates.Text(result.From),
        Dates.Text(result.To),
        result.MatchCount,
        EvaluationMethod.Of(result),
        [.. EvaluationSplit.All(result).Select(s => new EvaluationSplitDocument(s.Id, s.Label, s.Contains, s.Matches))],
        [.. result.Models.Select(m => new ModelScoresDocument(
            ModelKinds.ToName(m.Model),
            ModelKinds.Describe(m.Model),
            m.Refits,
            m.Fallbacks,
            m.LatestFit,
            EvaluationSplit.All(result).ToDictionary(s => s.Id, s => MetricsDocument.From(s.Of(m)), StringComparer.Ordinal)))],
        ComparisonDocument.Of(EvaluationComparison.Of(result)));
}

/// <summary>A split of the evaluated matches: its id, label, what it contains and its match count.</summary>
internal sealed record EvaluationSplitDocument(string Id, string Label, string Contains, int Matches);

/// <summary>A model's scores, overall and by split (keyed by split id), with its fits and fallbacks.</summary>
internal sealed record ModelScoresDocument(
    string Model, string Description, int Refits, int Fallbacks, string? LatestFit, IReadOnlyDictionary<string, MetricsDocument> Metrics);

/// <summary>Scores rounded to 6 decimals; <see langword="null"/> when undefined (no match in the split).</summary>
internal sealed record MetricsDocument(int Matches, double? Rps, double? LogLoss, double? Brier, double? Accuracy)
{
    public static MetricsDocument From(MetricSummary s) =>
        new(s.Matches, Round(s.RankedProbabilityScore), Round(s.LogLoss), Round(s.BrierScore), Round(s.Accuracy));

    public static double? Round(double value) => double.IsFinite(value) ? Math.Round(value, 6) : null;
}

/// <summary>The best model against the baseline on RPS, and the relative improvement in percent (3 decimals).</summary>
internal sealed record ComparisonDocument(string Metric, string Baseline, double? BaselineRps, string Best, double? BestRps, double ImprovementPercent)
{
    public static ComparisonDocument? Of(EvaluationComparison? c) => c is null ? null : new(
        "rps",
        ModelKinds.ToName(c.Baseline.Model),
        MetricsDocument.Round(c.Baseline.Overall.RankedProbabilityScore),
        ModelKinds.ToName(c.Best.Model),
        MetricsDocument.Round(c.Best.Overall.RankedProbabilityScore),
        Math.Round(c.ImprovementPercent, 3));
}
