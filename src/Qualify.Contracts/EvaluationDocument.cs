using System.Globalization;
using System.Text.Json;
using Qualify.Domain.Matches;
using Qualify.Models;
using Qualify.Models.Evaluation;

namespace Qualify.Contracts;

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

/// <summary>The method of an evaluation, in three sentences (also the <c>method</c> object of the JSON document).</summary>
internal sealed record EvaluationMethod(string WalkForward, string RatingModels, string DixonColes)
{
    public static EvaluationMethod Of(EvaluationResult result) => new(
        "Every match is forecast only from matches dated strictly before it; Elo and FIFA ratings are updated match by match (a day's matches use the ratings before that day)"
            + (result.FifaSeedDate is { } seed ? $", the FIFA SUM ranking from its seed of {Dates.Text(seed)}." : "."),
        $"The ordered logits (elo, fifa) and elo-poisson are refitted {Every(result.Options.RatingModelRefits)} on every earlier match since {Dates.Text(result.Options.TrainingStart)}.",
        $"Dixon-Coles is refitted {Every(result.Options.DixonColesRefits)} on the {result.Options.DixonColes.WindowYears} years before, xi {result.Options.DixonColes.Xi.ToString(CultureInfo.InvariantCulture)}/day, largest connected component; a match with a team outside the fitted set gets the elo-poisson forecast.");

    private static string Every(RefitSchedule schedule) => schedule.Months == 1 ? "every month" : $"every {schedule.Months} months";
}

/// <summary>A split of the evaluated matches: all of them ("overall"), or one competition group.</summary>
internal sealed record EvaluationSplit(string Id, CompetitionGroup? Group, string Label, string Contains, int Matches)
{
    /// <summary>"overall" first, then each group of <see cref="EvaluationSplits.Groups"/>.</summary>
    public static IEnumerable<EvaluationSplit> All(EvaluationResult result) =>
        new[] { new EvaluationSplit("overall", null, "All matches", "every match", result.MatchCount) }
            .Concat(EvaluationSplits.Groups.Select(g => new EvaluationSplit(
                JsonNamingPolicy.CamelCase.ConvertName(g.ToString()), g, EvaluationSplits.Label(g), EvaluationSplits.Contains(g), result.MatchesByGroup[g])));

    /// <summary>The scores of <paramref name="model"/> on this split.</summary>
    public MetricSummary Of(ModelEvaluation model) => Group is { } g ? model.ByGroup[g] : model.Overall;
}

/// <summary>The best model (lowest RPS) against the baseline, and its improvement in percent of the baseline's RPS.</summary>
internal sealed record EvaluationComparison(ModelEvaluation Baseline, ModelEvaluation Best, double ImprovementPercent)
{
    /// <summary>The comparison, or <see langword="null"/> with no baseline or fewer than two models.</summary>
    public static EvaluationComparison? Of(EvaluationResult result)
    {
        var baseline = result.Find(ModelKinds.Baseline);
        if (baseline is null || result.Models.Length < 2)
        {
            return null;
        }

        var best = result.Models.Where(m => m.Model != baseline.Model).MinBy(m => m.Overall.RankedProbabilityScore)!;
        var improvement = 100 * (baseline.Overall.RankedProbabilityScore - best.Overall.RankedProbabilityScore) / baseline.Overall.RankedProbabilityScore;
        return new(baseline, best, improvement);
    }
}
