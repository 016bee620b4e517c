using System.Globalization;
using Qualify.Application;
using Qualify.Models;
using Qualify.Cli.Infrastructure;
using Qualify.Cli.Rendering;
using Qualify.Cli.Settings;
using Qualify.Domain.Matches;
using Qualify.Models.Evaluation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Qualify.Cli.Commands;

/// <summary>
/// <c>qualify evaluate</c>: walk-forward comparison of outcome forecasts (RPS, log-loss, Brier, accuracy) overall and
/// by competition group, with progress on a terminal only.
/// </summary>
internal sealed class EvaluateCommand(CliEnvironment environment, IHistoryOpener history) : Command<EvaluateSettings>
{
    private const string OverallId = "overall";

    public override int Execute(CommandContext context, EvaluateSettings settings, CancellationToken cancellationToken)
    {
        var request = settings.ToRequest();
        var options = settings.ToOptions();
        var service = new EvaluationService(history.Open(settings.Database));
        var console = environment.Console;
        EvaluationResult result;
        if (environment.ProgressConsole is { Profile.Capabilities.Interactive: true } progressConsole)
        {
            result = progressConsole.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
                .Start(progress =>
                {
                    var fits = request.Models.Contains(ModelKind.DixonColes) ? progress.AddTask(EvaluationProgress.FittingDixonColes, maxValue: 1) : null;
                    var walk = progress.AddTask(EvaluationProgress.Forecasting, maxValue: 1);
                    return service.Evaluate(request, options, new CallbackProgress(p =>
                    {
                        var task = p.Stage == EvaluationProgress.FittingDixonColes ? fits : walk;
                        if (task is not null)
                        {
                            task.MaxValue = Math.Max(1, p.Total);
                            task.Value = p.Done;
                        }
                    }), cancellationToken);
                });
        }
        else
        {
            result = service.Evaluate(request, options, null, cancellationToken);
        }

        if (SettingsParsing.ToFormat(settings.Format) == OutputFormat.Json)
        {
            Json.Write(environment.Out, ToDocument(result));
        }
        else
        {
            Render(console, result);
        }

        return 0;
    }

    private static object ToDocument(EvaluationResult result)
    {
        var comparison = Compare(result);
        return new
        {
            from = Day(result.From),
            to = Day(result.To),
            matches = result.MatchCount,
            method = Method(result),
            splits = Splits(result).Select(s => new { id = s.Id, label = s.Label, contains = s.Contains, matches = s.Matches }),
            models = result.Models.Select(m => new
            {
                model = ModelKinds.ToName(m.Model),
                description = ModelKinds.Describe(m.Model),
                refits = m.Refits,
                fallbacks = m.Fallbacks,
                latestFit = m.LatestFit,
                metrics = new[] { (Id: OverallId, Summary: m.Overall) }
                    .Concat(EvaluationSplits.Groups.Select(g => (Id: GroupId(g), Summary: m.ByGroup[g])))
                    .ToDictionary(x => x.Id, x => ToJson(x.Summary), StringComparer.Ordinal),
            }),
            comparison = comparison is null ? null : new
            {
                metric = "rps",
                baseline = ModelKinds.ToName(comparison.Value.Baseline.Model),
                baselineRps = Round(comparison.Value.Baseline.Overall.RankedProbabilityScore),
                best = ModelKinds.ToName(comparison.Value.Best.Model),
                bestRps = Round(comparison.Value.Best.Overall.RankedProbabilityScore),
                improvementPercent = Math.Round(comparison.Value.ImprovementPercent, 3),
            },
        };
    }

    private static object ToJson(MetricSummary s) => new
    {
        matches = s.Matches,
        rps = Round(s.RankedProbabilityScore),
        logLoss = Round(s.LogLoss),
        brier = Round(s.BrierScore),
        accuracy = Round(s.Accuracy),
    };

    private static double? Round(double value) => double.IsFinite(value) ? Math.Round(value, 6) : null;

    private static void Render(IAnsiConsole console, EvaluationResult result)
    {
        console.MarkupLine(Markup.Escape(
            $"Walk-forward evaluation, {Day(result.From)} to {Day(result.To)}: {N(result.MatchCount)} matches, each forecast from matches before its date."));
        var baseline = result.Find(ModelKinds.Baseline);
        foreach (var split in Splits(result))
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
                var s = Summary(model, split.Group);
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
                    var reference = Summary(baseline, split.Group).RankedProbabilityScore;
                    row.Add(double.IsFinite(reference) && double.IsFinite(s.RankedProbabilityScore)
                        ? (100 * (s.RankedProbabilityScore - reference) / reference).ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture) + "%"
                        : "-");
                }

                grid.AddRow([.. row]);
            }

            console.Write(grid);
        }

        console.MarkupLine("[bold]Splits[/] (by the class of each tournament, tournament-classes.csv):");
        foreach (var split in Splits(result).Skip(1))
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

        var method = Method(result);
        console.MarkupLine(Markup.Escape($"Method: {method.WalkForward} {method.RatingModels} {method.DixonColes}"));
        console.MarkupLine(Markup.Escape("RPS: ranked probability score over home win, draw, away win (Epstein 1969); log-loss: natural log; Brier: sum over the three outcomes; lower is better for all three. Accuracy: the most probable outcome happened. RPS vs elo: relative difference, negative is better."));
        if (Compare(result) is { } c)
        {
            var verdict = c.ImprovementPercent > 0
                ? $"{ModelKinds.ToName(c.Best.Model)} beats the elo baseline on RPS by {c.ImprovementPercent.ToString("0.00", CultureInfo.InvariantCulture)}%"
                : $"no model beats the elo baseline on RPS";
            console.MarkupLine(Markup.Escape(
                $"Best on RPS: {ModelKinds.ToName(c.Best.Model)} {F4(c.Best.Overall.RankedProbabilityScore)} vs elo {F4(c.Baseline.Overall.RankedProbabilityScore)}: {verdict}."));
        }
    }

    private static MethodText Method(EvaluationResult result) => new(
        "Every match is forecast only from matches dated strictly before it; Elo and FIFA ratings are updated match by match (a day's matches use the ratings before that day)"
            + (result.FifaSeedDate is { } seed ? $", the FIFA SUM ranking from its seed of {Day(seed)}." : "."),
        $"The ordered logits (elo, fifa) and elo-poisson are refitted {Every(result.Options.RatingModelRefits)} on every earlier match since {Day(result.Options.TrainingStart)}.",
        $"Dixon-Coles is refitted {Every(result.Options.DixonColesRefits)} on the {result.Options.DixonColes.WindowYears} years before, xi {result.Options.DixonColes.Xi.ToString(CultureInfo.InvariantCulture)}/day, largest connected component; a match with a team outside the fitted set gets the elo-poisson forecast.");

    private static (ModelEvaluation Baseline, ModelEvaluation Best, double ImprovementPercent)? Compare(EvaluationResult result)
    {
        var baseline = result.Find(ModelKinds.Baseline);
        if (baseline is null || result.Models.Length < 2)
        {
            return null;
        }

        var best = result.Models.Where(m => m.Model != baseline.Model).MinBy(m => m.Overall.RankedProbabilityScore)!;
        var improvement = 100 * (baseline.Overall.RankedProbabilityScore - best.Overall.RankedProbabilityScore) / baseline.Overall.RankedProbabilityScore;
        return (baseline, best, improvement);
    }

    private static IEnumerable<(string Id, CompetitionGroup? Group, string Label, string Contains, int Matches)> Splits(EvaluationResult result) =>
        new[] { (Id: OverallId, Group: (CompetitionGroup?)null, Label: "All matches", Contains: "every match", Matches: result.MatchCount) }
            .Concat(EvaluationSplits.Groups.Select(g => (GroupId(g), (CompetitionGroup?)g, EvaluationSplits.Label(g), EvaluationSplits.Contains(g), result.MatchesByGroup[g])));

    private static MetricSummary Summary(ModelEvaluation model, CompetitionGroup? group) => group is { } g ? model.ByGroup[g] : model.Overall;

    private static string GroupId(CompetitionGroup group) => JsonNamingPolicyCamelCase(group.ToString());

    private static string JsonNamingPolicyCamelCase(string name) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(name);

    private static string Every(RefitSchedule schedule) => schedule.Months == 1 ? "every month" : $"every {schedule.Months} months";

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string F4(double value) => double.IsFinite(value) ? value.ToString("0.0000", CultureInfo.InvariantCulture) : "-";

    /// <summary>The method, in three sentences (also the <c>method</c> object of the JSON document).</summary>
    private sealed record MethodText(string WalkForward, string RatingModels, string DixonColes);

    /// <summary>Reports synchronously on the calling thread (unlike <see cref="Progress{T}"/>, which posts), so the bar never lags the work.</summary>
    private sealed class CallbackProgress(Action<EvaluationProgress> report) : IProgress<EvaluationProgress>
    {
        public void Report(EvaluationProgress value) => report(value);
    }
}
