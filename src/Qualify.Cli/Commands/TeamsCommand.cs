using Qualify.Application;
using Qualify.Cli.Rendering;
using Qualify.Cli.Settings;
using Qualify.Contracts;
using Spectre.Console.Cli;

namespace Qualify.Cli.Commands;

/// <summary>
/// <c>qualify teams</c>: the known teams with their former names. From the history store when it has been imported,
/// otherwise from the built-in competitions (with a note saying so).
/// </summary>
internal sealed class TeamsCommand(CliEnvironment environment, TeamsService teams) : Command<TeamsSettings>
{
    public override int Execute(CommandContext context, TeamsSettings settings, CancellationToken cancellationToken)
    {
        var result = teams.Search(settings.Search);
        if (SettingsParsing.ToFormat(settings.Format) == OutputFormat.Json)
        {
            Json.Write(environment.Out, TeamsDocument.From(result));
            return 0;
        }

        TeamsRenderer.Render(environment.Console, settings.Search, result);
        return 0;
    }
}
