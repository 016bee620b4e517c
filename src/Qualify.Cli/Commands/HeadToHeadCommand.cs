using Qualify.Application;
using Qualify.Cli.Rendering;
using Qualify.Cli.Settings;
using Qualify.Contracts;
using Spectre.Console.Cli;

namespace Qualify.Cli.Commands;

/// <summary>
/// <c>qualify h2h</c>: two teams' meetings from the history store — totals, splits by competition and venue, last
/// meeting, each side's last win and last home win with the time since, biggest wins, and the list.
/// </summary>
internal sealed class HeadToHeadCommand(CliEnvironment environment, HistoryService history) : Command<HeadToHeadSettings>
{
    public override int Execute(CommandContext context, HeadToHeadSettings settings, CancellationToken cancellationToken)
    {
        var request = settings.ToRequest();
        var report = history.HeadToHead(request);
        if (SettingsParsing.ToFormat(settings.Format) == OutputFormat.Json)
        {
            Json.Write(environment.Out, HeadToHeadDocument.From(report, request.Before, request.Since, request.Tournament));
        }
        else
        {
            HistoryRenderer.HeadToHead(environment.Console, report, request.Before, request.Since, request.Tournament);
        }

        return 0;
    }
}
