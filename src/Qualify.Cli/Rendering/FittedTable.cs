using Spectre.Console;
using Spectre.Console.Rendering;

namespace Qualify.Cli.Rendering;

/// <summary>A column of a <see cref="FittedTable"/>: its heading, and whether its cells are single tokens (ids, numbers, dates) that must never wrap.</summary>
/// <param name="Heading">The heading.</param>
/// <param name="Unbreakable">Whether every cell is one token that must stay on one line.</param>
internal sealed record FittedColumn(string Heading, bool Unbreakable);

/// <summary>
/// A table that never breaks an id or a number: drawn as a table when every column fits the console at the width of
/// its longest unbreakable token; otherwise as a list, one block per row, its first cell as the title and the other
/// cells as "heading: value" lines that wrap between words only.
/// </summary>
internal static class FittedTable
{
    /// <summary>Writes <paramref name="rows"/> (markup cells, one per column) to <paramref name="console"/>.</summary>
    public static void Write(IAnsiConsole console, IReadOnlyList<FittedColumn> columns, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var column in columns)
        {
            var added = new TableColumn(column.Heading);
            table.AddColumn(column.Unbreakable ? added.NoWrap() : added);
        }

        foreach (var row in rows)
        {
            table.AddRow([.. row]);
        }

        var width = console.Profile.Width;
        if (((IRenderable)table).Measure(RenderOptions.Create(console), width).Min <= width)
        {
            console.Write(table);
            return;
        }

        foreach (var row in rows)
        {
            console.MarkupLine($"[bold]{row[0]}[/]");
            for (var i = 1; i < columns.Count; i++)
            {
                if (row[i].Length > 0)
                {
                    console.Write(new Padder(new Markup($"{Markup.Escape(columns[i].Heading)}: {row[i]}"), new Padding(2, 0, 0, 0)));
                }
            }
        }
    }
}
