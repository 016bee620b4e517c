using System.Globalization;
using Qualify.Contracts;
using Qualify.Models;
using Qualify.Models.Evaluation;
using Spectre.Console;

namespace Qualify.Cli.Rendering;

/// <summary>The console view of <c>qualify evaluate</c>: one table per split, then the splits, models and method in words.</summary>
internal static class EvaluationRenderer
{
    public static void Render(IAnsiConsole console, EvaluationResult result)
    {
        console.MarkupLine(Markup.Escape(
            $"Walk-forward evaluation, {Dates.Text(result.From)} to {Dates.Text(result.To)}: {N(result.MatchCount)} matches, each forecast from matches before its date."));
        var baseline = result.Find(ModelKinds.Baseline);
        foreach (var split in EvaluationSplit.All(result))
        {
            console.Write(SplitTable(result, split, baseline));
        }

        console.MarkupLine("[bold]Splits[/] (by the class of each tournament, tournament-classes.csv):");
        foreach (var split in EvaluationSplit.All(result).Skip(1))
        {
            console.MarkupLine(Markup.Escape($"  {split.Label}: {split.Contains}."));
        }

        console.MarkupLine("[bold]Models[/]:");
        foreach (var model in result.Models)
        {
            var details = ModelKinds.Describe(model.Model)
                + (model.Refits > 0 ? $"; {N(model.Refits)} fits" : string.Empty)
                + (model.Model == ModelKind.DixonColes ? $", {N(model.Fallbacks)} forecasts fell back to elo-poisson" : string.Empty);
            console.MarkupLine(Markup.Escape($"  {ModelKinds.ToName(model.Model)}: {details}."));
            if (model.LatestFit is { } fit)
            {
                console.MarkupLine($"    [grey]last fit: {Markup.Escape(fit)}[/]");
            }
        }

        var method = EvaluationMethod.Of(result);
        console.MarkupLine(Markup.Escape($"Method: {method.WalkForward} {method.RatingModels} {method.DixonColes}"));
        console.MarkupLine(Markup.Escape("RPS: ranked probability score over home win, draw, away win (Epstein 1969); log-loss: natural log; Brier: sum over the three outcomes; lower is better for all three. Accuracy: the most probable outcome happened. RPS vs elo: relative difference, negative is better."));
        if (EvaluationComparison.Of(result) is { } c)
        {
            var verdict = c.ImprovementPercent > 0
                ? $"{ModelKinds.ToName(c.Best.Model)} beats the elo baseline on RPS by {c.ImprovementPercent.ToString("0.00", CultureInfo.InvariantCulture)}%"
                : $"no model beats the elo baseline on RPS";
            console.MarkupLine(Markup.Escape(
                $"Best on RPS: {ModelKinds.ToName(c.Best.Model)} {F4(c.Best.Overall.RankedProbabilityScore)} vs elo {F4(c.Baseline.Overall.RankedProbabilityScore)}: {verdict}."));
        }
    }

    private static Table SplitTable(EvaluationResult result, EvaluationSplit split, ModelEvaluation? baseline)
    {
        var grid = new Table().Border(TableBorder.Rounded)
            .Title($"[bold]{Markup.Escape(split.Label)}[/] ({N(split.Matches)} matches)");
        grid.AddColumn("Model");
        foreach (var heading in new[] { "RPS", "Log-loss", "Brier", "Accuracy" })
        {
            grid.AddColumn(new TableColumn(heading).RightAligned());
        }

        if (baseline is not null)
        {
            grid.AddColumn(new TableColumn("RPS vs elo").RightAligned());
        }

        foreach (var model in result.Models)
        {
            var s = split.Of(model);
            var row = new List<string>
            {
                Markup.Escape(ModelKinds.ToName(model.Model)),
                F4(s.RankedProbabilityScore),
                F4(s.LogLoss),
                F4(s.BrierScore),
                double.IsFinite(s.Accuracy) ? (100 * s.Accuracy).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "-",
            };
            if (baseline is not null)
            {
                var reference = split.Of(baseline).RankedProbabilityScore;
                row.Add(double.IsFinite(reference) && double.IsFinite(s.RankedProbabilityScore)
                    ? (100 * (s.RankedProbabilityScore - reference) / reference).ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture) + "%"
                    : "-");
            }

            grid.AddRow([.. row]);
        }

        return grid;
    }

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string F4(double value) => double.IsFinite(value) ? value.ToString("0.0000", CultureInfo.InvariantCulture) : "-";
}
