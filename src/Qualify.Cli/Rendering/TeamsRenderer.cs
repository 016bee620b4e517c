using System.Globalization;
using Qualify.Application;
using Spectre.Console;

namespace Qualify.Cli.Rendering;

/// <summary>The console view of <c>qualify teams</c>: each team with its former names, or suggestions when none matches.</summary>
internal static class TeamsRenderer
{
    /// <summary>Where the names come from, as the console caption and the JSON document say it.</summary>
    public static string SourceText(TeamsSource source) => source == TeamsSource.HistoryStore ? "history store" : "built-in competitions (no history imported)";

    public static void Render(IAnsiConsole console, string? search, TeamsResult result)
    {
        var (teams, directory, source) = (result.Teams, result.Directory, SourceText(result.Source));
        if (teams.Count == 0)
        {
            var suggestions = search is null ? [] : directory.Suggest(search);
            console.MarkupLine($"No team matches '{Markup.Escape(search ?? string.Empty)}'."
                + (suggestions.Count > 0 ? $" Did you mean {Markup.Escape(string.Join(" or ", suggestions.Select(s => $"'{s}'")))}?" : string.Empty));
            return;
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

        console.Write(grid);
    }
}
