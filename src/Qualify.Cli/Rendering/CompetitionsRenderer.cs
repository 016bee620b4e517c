using System.Globalization;
using Qualify.Application;
using Qualify.Contracts;
using Spectre.Console;

namespace Qualify.Cli.Rendering;

/// <summary>Renders <c>qualify competitions</c> for people: a table that becomes a list when it does not fit, then the invalid definitions.</summary>
internal static class CompetitionsRenderer
{
    public static void Render(IAnsiConsole console, CompetitionsDocument document, IReadOnlyList<InvalidDefinition> invalid)
    {
        // Ids, dates and numbers never wrap: the table becomes a list when they do not fit the width.
        FittedColumn[] columns =
        [
            new("Id", Unbreakable: true), new("Name", Unbreakable: false), new("Matches from", Unbreakable: false),
            new("Groups", Unbreakable: true), new("Teams", Unbreakable: true), new("From", Unbreakable: true), new("To", Unbreakable: true),
            new("Points", Unbreakable: true), new("Tie-breakers", Unbreakable: true),
        ];
        var rows = document.Competitions.Select(e => (IReadOnlyList<string>)
        [
            Markup.Escape(e.Id),
            Markup.Escape(e.Name),
            e.Source == "history" ? "history store [grey](needs import)[/]" : "definition",
            e.Groups.ToString(CultureInfo.InvariantCulture),
            e.Teams.ToString(CultureInfo.InvariantCulture),
            e.From ?? string.Empty,
            e.To ?? string.Empty,
            e.Points,
            Markup.Escape(e.TieBreakers),
        ]).ToList();
        FittedTable.Write(console, columns, rows);
        WriteInvalid(console, invalid);
    }

    /// <summary>The definition files that cannot be used, below the table: one line each, id then file, place and reason.</summary>
    private static void WriteInvalid(IAnsiConsole console, IReadOnlyList<InvalidDefinition> invalid)
    {
        if (invalid.Count == 0)
        {
            return;
        }

        var count = invalid.Count == 1 ? "1 definition is invalid" : $"{invalid.Count.ToString(CultureInfo.InvariantCulture)} definitions are invalid";
        console.MarkupLine($"[red]{count}[/] (naming one shows its error; the competitions above work):");
        foreach (var i in invalid)
        {
            console.MarkupLine($"  {Markup.Escape(i.Id)}: {Markup.Escape(i.Message)}");
        }
    }
}
