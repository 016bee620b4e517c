using System.Globalization;
using Qualify.Application;
using Qualify.Contracts;
using Qualify.Scenarios;
using Spectre.Console;

namespace Qualify.Cli.Rendering;

/// <summary>The console view of <c>qualify scenarios</c>: best and worst positions, slot statuses, and a witness of each open slot.</summary>
internal static class ScenariosRenderer
{
    /// <summary>Writes the report for people, each group's rows in the order of its table at the as-of date.</summary>
    public static void Render(IAnsiConsole console, ScenarioReport report, TableOrder order)
    {
        var asOf = report.AsOf is { } d ? "as of " + d.ToString("d MMM yyyy", CultureInfo.InvariantCulture) : "latest";
        console.MarkupLine($"[bold]{Markup.Escape(report.Competition.Name)}[/] [grey]({asOf}; exact, CP-SAT; fair play and lots may go either way)[/]");
        foreach (var group in report.Groups)
        {
            var names = group.Teams.FirstOrDefault()?.Slots.Select(s => s.Name).ToList() ?? [];
            var grid = new Table().Border(TableBorder.Horizontal)
                .Title($"[bold]{Markup.Escape(group.Group)}: {group.MatchesRemaining} matches to play[/]");
            grid.AddColumn("Team");
            grid.AddColumn(new TableColumn("Best").RightAligned());
            grid.AddColumn(new TableColumn("Worst").RightAligned());
            foreach (var name in names)
            {
                grid.AddColumn(name);
            }

            var rows = order.Sort(group.Group, group.Teams, t => t.Team).ToList();
            foreach (var t in rows)
            {
                grid.AddRow([Markup.Escape(t.Team), t.BestPosition.ToString(CultureInfo.InvariantCulture), t.WorstPosition.ToString(CultureInfo.InvariantCulture),
                    .. t.Slots.Select(s => StatusText.Name(s.Status))]);
            }

            grid.Caption($"[grey]Goals per side up to {group.MaxGoals} per remaining match (answers rechecked at a 4x bound). Every witness was checked against the official table.[/]");
            console.Write(grid);
            foreach (var t in rows)
            {
                var open = t.Slots.Where(s => s.Status == SlotStatus.Open).ToList();
                foreach (var s in open)
                {
                    console.MarkupLine($"[grey]{Markup.Escape(t.Team)} {s.Name}: e.g. {Markup.Escape(Results(s.Witness!))}[/]");
                }
            }
        }
    }

    private static string Results(Witness w) => string.Join(", ", w.Results.Select(m => $"{m.Home} {m.Score} {m.Away}"))
        + (w.From == w.To ? $" → position {w.From}" : $" → positions {w.From}-{w.To} by fair play or lots");
}
