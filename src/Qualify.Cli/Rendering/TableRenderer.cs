using System.Globalization;
using System.Text;
using Qualify.Contracts;
using Qualify.Domain.Competitions;
using Qualify.Domain.Standings;
using Spectre.Console;

namespace Qualify.Cli.Rendering;

/// <summary>Renders competition tables for people (Spectre tables) and as CSV.</summary>
internal static class TableRenderer
{
    public static void Render(IAnsiConsole console, CompetitionTable table)
    {
        var competition = table.Competition;
        var asOf = table.AsOf is { } d ? "as of " + d.ToString("d MMM yyyy", CultureInfo.InvariantCulture) : "all matches";
        console.MarkupLine($"[bold]{Markup.Escape(competition.Name)}[/] [grey]({Markup.Escape(competition.Id)}, {asOf})[/]");
        foreach (var chain in competition.Stages.Where(s => !s.Groups.IsEmpty).Select(competition.TieBreakersOf).Distinct())
        {
            console.MarkupLine($"[grey]Tie-breakers ({Markup.Escape(chain.Name)}): {Markup.Escape(chain.Describe())}[/]");
        }
        if (table.AsOf is { } date && !table.Stages.SelectMany(s => s.Groups).Any(TableOrder.HasStarted)
            && !table.Stages.SelectMany(s => s.Ties).Any(t => t.Result is { Played.IsEmpty: false }))
        {
            var first = competition.Window.From is { } from ? $" (its first match is on {from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})" : string.Empty;
            console.MarkupLine($"[yellow]{Markup.Escape(competition.Id)} has not started by {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}{Markup.Escape(first)}: "
                + "teams are listed alphabetically, with no position and no slot.[/]");
        }

        foreach (var stage in table.Stages)
        {
            foreach (var group in stage.Groups)
            {
                RenderGroup(console, stage.Name, group, null);
            }

            foreach (var ranking in stage.CrossGroupRankings)
            {
                RenderGroup(console, stage.Name, ranking.Table, ranking.GroupOf);
            }

            if (!stage.Ties.IsEmpty)
            {
                RenderTies(console, stage);
            }

            foreach (var missing in stage.Missing)
            {
                console.MarkupLine($"[yellow]Missing from the data: {Markup.Escape(missing.ToString())}, owed by the round-robin after its window ended (not counted).[/]");
            }
        }

        foreach (var note in competition.Notes)
        {
            console.MarkupLine($"[grey]Note: {Markup.Escape(note)}[/]");
        }
    }

    private static void RenderTies(IAnsiConsole console, StageTable stage)
    {
        var grid = new Table().Border(TableBorder.Horizontal).Title($"[bold]{Markup.Escape(stage.Name)} — ties[/]");
        foreach (var heading in new[] { "Tie", "Home", "Away", "Legs", "Winner" })
        {
            grid.AddColumn(new TableColumn(heading).Padding(0, 0, 1, 0));
        }

        foreach (var tie in stage.Ties)
        {
            var legs = tie.Result is { } r
                ? string.Join("; ", r.Played.Select(m => $"{m.Home} {m.Score} {m.Away}" + (m.ShootoutWinner is { } p ? $" ({p} on pens)" : string.Empty)))
                : string.Empty;
            var winner = tie.Result?.Winner is { } w ? $"{w} ({TieDocument.DecisionText(tie.Result.Decision)})" : "open";
            grid.AddRow(Markup.Escape(tie.Tie.Name), Markup.Escape(tie.Home ?? tie.Tie.Home.Describe()), Markup.Escape(tie.Away ?? tie.Tie.Away.Describe()),
                Markup.Escape(legs), Markup.Escape(winner));
        }

        console.Write(grid);
    }

    private static void RenderGroup(IAnsiConsole console, string stage, GroupStandings group, IReadOnlyDictionary<string, string>? groupOf)
    {
        var grid = new Table().Border(TableBorder.Horizontal)
            .Title($"[bold]{Markup.Escape(stage)} — {Markup.Escape(group.Group)}[/]");
        grid.AddColumn(new TableColumn("#").RightAligned());
        grid.AddColumn("Team");
        if (groupOf is not null)
        {
            grid.AddColumn("Group");
        }

        foreach (var heading in new[] { "P", "W", "D", "L", "GF", "GA", "GD", "Pts" })
        {
            grid.AddColumn(new TableColumn(heading).RightAligned());
        }

        grid.AddColumn("Slot");
        grid.AddColumn("Decided by");
        foreach (var column in grid.Columns)
        {
            column.Padding(0, 0, 1, 0);
        }

        var started = TableOrder.HasStarted(group);
        foreach (var row in TableOrder.Rows(group))
        {
            var cells = new List<string>
            {
                started ? row.Position.ToString(CultureInfo.InvariantCulture) : string.Empty,
                Markup.Escape(row.Team),
            };
            if (groupOf is not null)
            {
                cells.Add(Markup.Escape(groupOf.GetValueOrDefault(row.Team, string.Empty)));
            }

            cells.AddRange(new[] { row.Played, row.Won, row.Drawn, row.Lost, row.GoalsFor, row.GoalsAgainst }
                .Select(v => v.ToString(CultureInfo.InvariantCulture)));
            cells.Add(TieBreakText.Value(TieBreakCriterion.GoalDifference, row.GoalDifference));
            cells.Add($"[bold]{row.Points.ToString(CultureInfo.InvariantCulture)}[/]" + (row.Deduction > 0 ? $" [red](-{row.Deduction})[/]" : string.Empty));
            cells.Add(started ? SlotMarkup(row.Slot) : string.Empty);
            cells.Add(started ? Markup.Escape(row.DecidedBy?.ToString() ?? string.Empty) : string.Empty);
            grid.AddRow(cells.ToArray());
        }

        var legend = group.Rows.Where(_ => started).Select(r => r.Slot).Where(s => s.Label is not null).DistinctBy(s => s.Kind)
            .Select(s => $"{SlotText.Name(s.Kind)}: {s.Label}");
        var footer = string.Join("; ", legend.Prepend($"{group.MatchesPlayed} matches played, {group.MatchesRemaining} to play")) + "."
            + " 'Decided by' is what separates a team from the one below it.";
        if (started && group.DecidedByLots)
        {
            footer += " Drawing of lots (simulated, seeded) decided at least one position.";
        }

        grid.Caption($"[grey]{Markup.Escape(footer)}[/]");
        console.Write(grid);
    }

    private static string SlotMarkup(SlotRule slot)
    {
        var text = Markup.Escape(SlotText.Name(slot.Kind));
        return slot.Kind switch
        {
            SlotKind.Qualified => $"[green]{text}[/]",
            SlotKind.Playoff => $"[yellow]{text}[/]",
            SlotKind.Advanced => $"[blue]{text}[/]",
            _ => $"[grey]{text}[/]",
        };
    }

    /// <summary>Writes the tables as CSV (RFC 4180 quoting), one line per row with its stage and group.</summary>
    public static void WriteCsv(TextWriter output, CompetitionTable table)
    {
        var document = TableDocument.From(table);
        output.Write("competition,asOf,stage,group,position,team,played,won,drawn,lost,goalsFor,goalsAgainst,goalDifference,points,deduction,slot,decidedBy\n");
        foreach (var group in document.Groups)
        {
            foreach (var r in group.Rows)
            {
                var fields = new object?[]
                {
                    document.Competition, document.AsOf, group.Stage, group.Name, r.Position, r.Team, r.Played, r.Won, r.Drawn, r.Lost,
                    r.GoalsFor, r.GoalsAgainst, r.GoalDifference, r.Points, r.Deduction, r.Slot, r.DecidedByDetail,
                };
                output.Write(string.Join(',', fields.Select(CsvField)));
                output.Write('\n');
            }
        }

        output.Flush();
    }

    private static string CsvField(object? value)
    {
        var text = Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
        if (text.IndexOfAny([',', '"', '\n', '\r']) < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 2).Append('"');
        sb.Append(text.Replace("\"", "\"\"", StringComparison.Ordinal));
        return sb.Append('"').ToString();
    }
}
