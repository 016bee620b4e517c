using Qualify.Application;
using Qualify.Cli.Rendering;
using Qualify.Cli.Settings;
using Qualify.Contracts;
using Spectre.Console.Cli;

namespace Qualify.Cli.Commands;

/// <summary>
/// <c>qualify competitions</c>: the competitions that can be named, with their format and source, then the definition
/// files that cannot be used, each with its file, place and reason.
/// </summary>
internal sealed class CompetitionsCommand(CliEnvironment environment, CompetitionCatalog catalog) : Command<CompetitionsSettings>
{
    public override int Execute(CommandContext context, CompetitionsSettings settings, CancellationToken cancellationToken)
    {
        var document = CompetitionsDocument.From(catalog);
        if (SettingsParsing.ToFormat(settings.Format) == OutputFormat.Json)
        {
            Json.Write(environment.Out, document);
        }
        else
        {
            CompetitionsRenderer.Render(environment.Console, document, catalog.Invalid);
        }

        return 0;
    }
}
