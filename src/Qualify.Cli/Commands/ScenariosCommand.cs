using Qualify.Application;
using Qualify.Cli.Rendering;
using Qualify.Cli.Settings;
using Qualify.Contracts;
using Qualify.Scenarios;
using Spectre.Console.Cli;

namespace Qualify.Cli.Commands;

/// <summary><c>qualify scenarios</c>: exact best and worst positions, and what each team has clinched or lost.</summary>
internal sealed class ScenariosCommand(CliEnvironment environment, ScenarioService service, TableService tables) : Command<ScenariosSettings>
{
    public override int Execute(CommandContext context, ScenariosSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Next)
        {
            var next = service.AnalyseNext(new ScenarioRequest(settings.Competition, SettingsParsing.ToDate(settings.AsOf), settings.Team)
            {
                Options = new ScenarioOptions { MaxGoals = settings.MaxGoalsValue },
            });
            if (SettingsParsing.ToFormat(settings.Format) == OutputFormat.Json)
            {
                Json.Write(environment.Out, NextMatchdayDocument.From(next, settings.Combinations));
            }
            else
            {
                NextMatchdayRenderer.Render(environment.Console, next, settings.Combinations);
            }

            return 0;
        }

        var report = service.Analyse(new ScenarioRequest(settings.Competition, SettingsParsing.ToDate(settings.AsOf), settings.Team)
        {
            Options = new ScenarioOptions { MaxGoals = settings.MaxGoalsValue },
        });
        if (SettingsParsing.ToFormat(settings.Format) == OutputFormat.Json)
        {
            Json.Write(environment.Out, ScenariosDocument.From(report));
            return 0;
        }

        ScenariosRenderer.Render(environment.Console, report, TableOrder.Of(tables.Build(new TableRequest(settings.Competition, report.AsOf))));
        return 0;
    }
}
