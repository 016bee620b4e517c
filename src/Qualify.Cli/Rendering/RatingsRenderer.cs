using System.Globalization;
using Qualify.Application;
using Qualify.Contracts;
using Spectre.Console;

namespace Qualify.Cli.Rendering;

/// <summary>The console view of <c>qualify ratings</c>: the ratings table, and a team's rating after each match.</summary>
internal static class RatingsRenderer
{
    /// <param name="console">Where to write.</param>
    /// <param name="kind">The rating system, for the title.</param>
    /// <param name="asOf">The <c>--as-of</c> date as given, for the title, or <see langword="null"/>.</param>
    /// <param name="result">The rows shown and, with a team's history, its rating after each match.</param>
    public static void Render(IAnsiConsole console, RatingSystemKind kind, string? asOf, RatingsResult result)
    {
        var title = (kind == RatingSystemKind.Elo ? "World Football Elo ratings" : "FIFA ranking (SUM method)")
            + (asOf is null ? string.Empty : " as of " + asOf);
        var (rows, team, series) = (result.Rows, result.Team, result.Series);
        var grid = new Table().Border(TableBorder.Rounded).Title($"[bold]{Markup.Escape(title)}[/]");
        grid.AddColumn(new TableColumn("#").RightAligned());
        grid.AddColumn("Team");
        grid.AddColumn(new TableColumn("Rating").RightAligned());
        grid.AddColumn(new TableColumn("Matches").RightAligned());
        grid.AddColumn("Last match");
        foreach (var r in rows)
        {
            grid.AddRow(
                r.Rank.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(r.Team) + (r.Provisional ? " [grey](provisional)[/]" : string.Empty),
                r.Rating.ToString("0", CultureInfo.InvariantCulture),
                r.Matches.ToString(CultureInfo.InvariantCulture),
                r.LastMatch?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-");
        }

        console.Write(grid);
        if (series is null)
        {
            return;
        }

        var lines = new Table().Border(TableBorder.Simple).Title($"{Markup.Escape(team!)}: rating after each match");
        foreach (var heading in new[] { "Date", "Opponent", "Score", "Change", "Rating" })
        {
            lines.AddColumn(heading);
        }

        foreach (var p in series)
        {
            lines.AddRow(Dates.Text(p.Date), Markup.Escape(p.Opponent), p.Score,
                p.Change.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture), p.Rating.ToString("0", CultureInfo.InvariantCulture));
        }

        console.Write(lines);
    }
}
