using Qualify.Application;
using Qualify.Cli.Infrastructure;
using Qualify.Cli.Rendering;
using Qualify.Cli.Settings;
using Qualify.Domain.Teams;
using Spectre.Console.Cli;

namespace Qualify.Cli.Commands;

/// <summary>
/// <c>qualify teams</c>: the known teams with their former names. From the history store when it has been imported,
/// otherwise from the built-in competitions (with a note saying so).
/// </summary>
internal sealed class TeamsCommand(CliEnvironment environment, CompetitionCatalog catalog, IHistoryOpener history) : Command<TeamsSettings>
{
    public override int Execute(CommandContext context, TeamsSettings settings, CancellationToken cancellationToken)
    {
        var store = history.Open(settings.Database);
        var fromStore = store.HasMatches;
        var directory = fromStore
            ? new TeamDirectory(store.LoadTeams(), store.LoadFormerNames())
            : new TeamDirectory(catalog.All.SelectMany(c => c.Teams));
        var teams = directory.Search(settings.Search);
        var source = fromStore ? "history store" : "built-in competitions (no history imported)";

        if (SettingsParsing.ToFormat(settings.Format) == OutputFormat.Json)
        {
            Json.Write(environment.Out, TeamsDocument.From(source, teams, directory));
            return 0;
        }

        TeamsRenderer.Render(environment.Console, settings.Search, source, teams, directory);
        return 0;
    }
}
