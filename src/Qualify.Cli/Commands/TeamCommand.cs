using Qualify.Application;
using Qualify.Cli.Rendering;
using Qualify.Cli.Settings;
using Qualify.Contracts;
using Spectre.Console.Cli;

namespace Qualify.Cli.Commands;

/// <summary>
/// <c>qualify team</c>: one team's record overall and by competition, biggest wins and defeats, longest runs, World
/// Cup finals appearances and top scorers, from the history store.
/// </summary>
internal sealed class TeamCommand(CliEnvironment environment, HistoryService history) : Command<TeamSettings>
{
    public override int Execute(CommandContext context, TeamSettings settings, CancellationToken cancellationToken)
    {
        var request = settings.ToRequest();
        var report = history.Team(request);
        if (SettingsParsing.ToFormat(settings.Format) == OutputFormat.Json)
        {
            Json.Write(environment.Out, TeamDocument.From(report, request.Before));
        }
        else
        {
            HistoryRenderer.Team(environment.Console, report, request.Before);
        }

        return 0;
    }
}
