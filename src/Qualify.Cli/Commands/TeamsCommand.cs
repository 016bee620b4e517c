using System.Globalization;
using Qualify.Application;
using Qualify.Cli.Infrastructure;
using Qualify.Cli.Rendering;
using Qualify.Cli.Settings;
using Qualify.Domain.Teams;
using Spectre.Console;
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

        if (teams.Count == 0)
        {
            var suggestions = settings.Search is null ? [] : directory.Suggest(settings.Search);
            environment.Console.MarkupLine($"No team matches '{Markup.Escape(settings.Search ?? string.Empty)}'."
                + (suggestions.Count > 0 ? $" Did you mean {Markup.Escape(string.Join(" or ", suggestions.Select(s => $"'{s}'")))}?" : string.Empty));
            return 0;
        }

        var grid = new Table().Border(TableBorder.Rounded).Caption($"[grey]{teams.Count} teams, from the {Markup.Escape(source)}[/]");
        grid.AddColumn("Team");
        grid.AddColumn("Former names");
        foreach (var team in teams)
        {
            var former = directory.FormerNamesOf(team).Select(f =>
                $"{f.Former} ({f.Start.Year.ToString(CultureInfo.InvariantCulture)}–{f.End.Year.ToString(CultureInfo.InvariantCulture)})");
            grid.AddRow(Markup.Escape(team), Markup.Escape(string.Join(", ", former)));
        }

        environment.Console.Write(grid);
        return 0;
    }
}
