using Qualify.Application;
using Qualify.Cli.Rendering;
using Qualify.Cli.Settings;
using Qualify.Contracts;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Qualify.Cli.Commands;

/// <summary><c>qualify forecast</c>: Monte Carlo odds under the official tie-breakers.</summary>
internal sealed class ForecastCommand(CliEnvironment environment, ForecastService service, TableService tables) : Command<ForecastSettings>
{
    public override int Execute(CommandContext context, ForecastSettings settings, CancellationToken cancellationToken)
    {
        var options = new ForecastOptions(
            settings.Competition,
            SettingsParsing.ToDate(settings.AsOf),
            settings.SimulationCount,
            settings.SeedValue,
            settings.GoalModel,
            settings.Fixes)
        {
            PlayoffOpponent = settings.PlayoffOpponent,
        };
        if (settings.Timeline)
        {
            return RunTimeline(options, settings);
        }

        var report = WithProgress(options, settings.SimulationCount);
        if (SettingsParsing.ToFormat(settings.Format) == OutputFormat.Json)
        {
            Json.Write(environment.Out, ForecastDocument.From(report));
            return 0;
        }

        var order = TableOrder.Of(tables.Build(new TableRequest(settings.Competition, report.Options.AsOf)));
        ForecastRenderer.Render(environment.Console, report, order);
        return 0;
    }

    private int RunTimeline(ForecastOptions options, ForecastSettings settings)
    {
        var timeline = new ForecastTimeline(TimelineWithProgress(options), options);
        if (settings.Chart is not null)
        {
            OddsChart.Save(timeline.Reports, settings.Chart);
        }

        if (SettingsParsing.ToFormat(settings.Format) == OutputFormat.Json)
        {
            Json.Write(environment.Out, ForecastTimelineDocument.From(timeline, settings.Model, settings.Chart));
        }
        else
        {
            ForecastRenderer.RenderTimeline(environment.Console, timeline, settings.Model, settings.Chart);
        }

        return 0;
    }

    private IReadOnlyList<ForecastReport> TimelineWithProgress(ForecastOptions options)
    {
        if (environment.ProgressConsole is not { Profile.Capabilities.Interactive: true } console)
        {
            return service.Timeline(options);
        }

        IReadOnlyList<ForecastReport>? done = null;
        console.Progress().AutoClear(true).Start(progress =>
        {
            var task = progress.AddTask("re-forecasting each matchday");
            done = service.Timeline(options, new Progress<(int Done, int Total)>(p =>
            {
                task.MaxValue = p.Total;
                task.Value = p.Done;
            }));
        });
        return done!;
    }

    private ForecastReport WithProgress(ForecastOptions options, long simulations)
    {
        if (environment.ProgressConsole is not { Profile.Capabilities.Interactive: true } console)
        {
            return service.Forecast(options);
        }

        ForecastReport? report = null;
        console.Progress().AutoClear(true).Start(progress =>
        {
            var task = progress.AddTask("simulating", maxValue: simulations);
            report = service.Forecast(options with { Progress = new Progress<long>(done => task.Value = Math.Min(done, simulations)) });
            task.Value = simulations;
        });
        return report!;
    }
}
