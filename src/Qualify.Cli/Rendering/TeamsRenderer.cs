using System.Globalization;
using Qualify.Application;
using Qualify.Contracts;
using Spectre.Console;

namespace Qualify.Cli.Rendering;

/// <summary>The console view of <c>qualify teams</c>: each team with its former names, or suggestions when none matches.</summary>
internal static class TeamsRenderer
{
    /// <summary>Writes the teams found by <c>--search</c> (or every team), or suggestions when none matches.</summary>
    public static void Render(IAnsiConsole console, string? search, TeamsResult result)
    {
        var (teams, directory, source) = (result.Teams, result.Directory, TeamsDocument.SourceText(result.Source));
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
