using Qualify.Application;
using Qualify.Contracts;
using Qualify.Models;
using Qualify.Models.Evaluation;
using Qualify.Cli.Rendering;
using Qualify.Cli.Settings;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Qualify.Cli.Commands;

/// <summary>
/// <c>qualify evaluate</c>: walk-forward comparison of outcome forecasts (RPS, log-loss, Brier, accuracy) overall and
/// by competition group, with progress on a terminal only.
/// </summary>
internal sealed class EvaluateCommand(CliEnvironment environment, EvaluationService service) : Command<EvaluateSettings>
{
    public override int Execute(CommandContext context, EvaluateSettings settings, CancellationToken cancellationToken)
    {
        var request = settings.ToRequest();
        var options = settings.ToOptions();
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
            Json.Write(environment.Out, EvaluationDocument.Of(result));
        }
        else
        {
            EvaluationRenderer.Render(environment.Console, result);
        }

        return 0;
    }

    /// <summary>Reports synchronously on the calling thread (unlike <see cref="Progress{T}"/>, which posts), so the bar never lags the work.</summary>
    private sealed class CallbackProgress(Action<EvaluationProgress> report) : IProgress<EvaluationProgress>
    {
        public void Report(EvaluationProgress value) => report(value);
    }
}
