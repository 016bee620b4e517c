using System.Globalization;
using Qualify.Application;
using Qualify.Domain.Matches;
using Spectre.Console;

namespace Qualify.Cli.Rendering;

/// <summary>Renders <c>qualify tournaments</c>: each tournament's class, whether it is mapped, its matches and years.</summary>
internal static class TournamentsRenderer
{
    public static void Render(IAnsiConsole console, IReadOnlyList<TournamentEntry> tournaments, bool unmappedOnly)
    {
        if (unmappedOnly && tournaments.Count == 0)
        {
            console.MarkupLine("Every tournament of the store is in tournament-classes.csv.");
            return;
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
    }
}
