using System.Globalization;
using Qualify.Application;
using Qualify.Cli.Settings;
using Qualify.Domain.Matches;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Qualify.Cli.Commands;

/// <summary>
/// <c>qualify tournaments</c>: the store's tournaments with their class, whether <c>tournament-classes.csv</c> has
/// them (those it lacks take the default class), their number of matches and their years.
/// </summary>
internal sealed class TournamentsCommand(CliEnvironment environment, TournamentService service) : Command<TournamentsSettings>
{
    public override int Execute(CommandContext context, TournamentsSettings settings, CancellationToken cancellationToken)
    {
        var tournaments = service.List(settings.Unmapped);
        var console = environment.Console;
        if (settings.Unmapped && tournaments.Count == 0)
        {
            console.MarkupLine("Every tournament of the store is in tournament-classes.csv.");
            return 0;
        }

        var unmapped = tournaments.Count(t => !t.Mapped);
        var grid = new Table().Border(TableBorder.Rounded).Caption(Markup.Escape(string.Create(
            CultureInfo.InvariantCulture,
            $"{tournaments.Count} {(tournaments.Count == 1 ? "tournament" : "tournaments")}, {unmapped} not in tournament-classes.csv (weighted as {CompetitionClassifier.DefaultClassDescription})")));
        grid.AddColumn("Tournament");

        // Class names, counts and years are never broken: the tournament's name wraps instead.
        grid.AddColumn(new TableColumn("Class").NoWrap());
        grid.AddColumn(new TableColumn("Mapped").NoWrap());
        grid.AddColumn(new TableColumn("Matches").RightAligned().NoWrap());
        grid.AddColumn(new TableColumn("Years").NoWrap());
        foreach (var t in tournaments)
        {
            grid.AddRow(
                Markup.Escape(t.Name),
                CompetitionClassifier.NameOf(t.Class),
                t.Mapped ? "yes" : "[yellow]no[/]",
                t.Matches.ToString("N0", CultureInfo.InvariantCulture),
                t.First.Year == t.Last.Year
                    ? t.First.Year.ToString(CultureInfo.InvariantCulture)
                    : string.Create(CultureInfo.InvariantCulture, $"{t.First.Year}–{t.Last.Year}"));
        }

        console.Write(grid);
        return 0;
    }
}
