using Qualify.Application;
using Qualify.Cli.Rendering;
using Qualify.Cli.Settings;
using Qualify.Contracts;
using Spectre.Console.Cli;

namespace Qualify.Cli.Commands;

/// <summary><c>qualify records</c>: top scorers, biggest wins and longest runs, of one team or across every team.</summary>
internal sealed class RecordsCommand(CliEnvironment environment, HistoryService history) : Command<RecordsSettings>
{
    public override int Execute(CommandContext context, RecordsSettings settings, CancellationToken cancellationToken)
    {
        var request = settings.ToRequest();
        var report = history.Records(request);
        if (SettingsParsing.ToFormat(settings.Format) == OutputFormat.Json)
        {
            Json.Write(environment.Out, RecordsDocument.From(report, request.Before, request.Top));
        }
        else
        {
            HistoryRenderer.Records(environment.Console, report, request.Before);
        }

        return 0;
    }
}
