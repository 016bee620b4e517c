using Qualify.Application;
using Qualify.Cli.Rendering;
using Qualify.Cli.Settings;
using Qualify.Contracts;
using Spectre.Console.Cli;

namespace Qualify.Cli.Commands;

/// <summary><c>qualify table</c>: a competition's tables at a date, under its official tie-breakers.</summary>
internal sealed class TableCommand(CliEnvironment environment, TableService service) : Command<TableSettings>
{
    public override int Execute(CommandContext context, TableSettings settings, CancellationToken cancellationToken)
    {
        var table = service.Build(new TableRequest(settings.Competition, SettingsParsing.ToDate(settings.AsOf)));
        switch (SettingsParsing.ToFormat(settings.Format))
        {
            case OutputFormat.Json:
                Json.Write(environment.Out, TableDocument.From(table));
                break;
            case OutputFormat.Csv:
                TableRenderer.WriteCsv(environment.Out, table);
                break;
            default:
                TableRenderer.Render(environment.Console, table);
                break;
        }

        return 0;
    }
}
