using System.Globalization;
using Qualify.Application;
using Qualify.Cli.Infrastructure;
using Qualify.Cli.Settings;
using Qualify.Domain.Matches;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Qualify.Cli.Commands;

/// <summary>
/// <c>qualify tournaments</c>: the store's tournaments with their class; those missing from
/// <c>tournament-classes.csv</c> are marked, with the default class they take.
/// </summary>
internal sealed class TournamentsCommand(CliEnvironment environment, IHistoryOpener history) : Command<TournamentsSettings>
{
    public override int Execute(CommandContext context, TournamentsSettings settings, CancellationToken cancellationToken)
    {
        var tournaments = new TournamentService(history.Open(settings.Database)).List(settings.Unmapped);
        var console = environment.Console;
        if (settings.Unmapped && tournaments.Count == 0)
        {
            console.MarkupLine("Every tournament of the store is in tournament-classes.csv.");
            return 0;
        }

        var unmapped = tournaments.Count(t => !t.Mapped);
        var grid = new Table().Border(TableBorder.Rounded).Caption(Markup.Escape(string.Create(
            CultureInfo.InvariantCulture,
            $"{tournaments.Count} tournaments, {unmapped} not in tournament-classes.csv (weighted as {CompetitionClassifier.DefaultClassDescription})")));
        grid.AddColumn("Tournament");
        grid.AddColumn("Class");
        grid.AddColumn(new TableColumn("Matches").RightAligned());
        grid.AddColumn("First");
        grid.AddColumn("Last");
        foreach (var t in tournaments)
        {
            grid.AddRow(
                Markup.Escape(t.Name),
                CompetitionClassifier.NameOf(t.Class) + (t.Mapped ? string.Empty : " [yellow](default: unmapped)[/]"),
                t.Matches.ToString("N0", CultureInfo.InvariantCulture),
                t.First.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                t.Last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        console.Write(grid);
        return 0;
    }
}
