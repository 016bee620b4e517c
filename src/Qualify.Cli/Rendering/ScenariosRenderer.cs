using System.Globalization;
using Qualify.Application;
using Qualify.Contracts;
using Qualify.Domain.Competitions;
using Qualify.Domain.Standings;
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
        var stages = report.Groups.Select(g => g.Stage).Distinct().Count() > 1;
        foreach (var group in report.Groups)
        {
            var title = stages && group.Stage is { } stage ? $"{stage} — {group.Group}" : group.Group;
            var names = group.Teams.FirstOrDefault()?.Slots.Select(s => s.Name).ToList() ?? [];
            var grid = new Table().Border(TableBorder.Horizontal)
                .Title($"[bold]{Markup.Escape(title)}: {group.MatchesRemaining} matches to play[/]");
            grid.AddColumn("Team");
            grid.AddColumn(new TableColumn("Best").RightAligned());
            grid.AddColumn(new TableColumn("Worst").RightAligned());
            foreach (var name in names)
            {
                grid.AddColumn(name);
            }

            var rows = order.Sort(group.Stage, group.Group, group.Teams, t => t.Team).ToList();
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

        RenderRankings(console, report, order);
        RenderNotAnalysed(console, report.NotAnalysed);
    }

    /// <summary>One line per group whose teams are not known at the date, with the reason (shared with <c>--next</c>).</summary>
    public static void RenderNotAnalysed(IAnsiConsole console, IReadOnlyList<UnknownGroup> groups)
    {
        foreach (var g in groups)
        {
            console.MarkupLine($"[grey]{Markup.Escape(g.Stage)} — {Markup.Escape(g.Group)}: not analysed, its teams are not known at this date ({Markup.Escape(g.Reason)}).[/]");
        }
    }

    /// <summary>One table per ranking across groups: each team that can finish at its position, its best and worst rank, and its slots.</summary>
    private static void RenderRankings(IAnsiConsole console, ScenarioReport report, TableOrder order)
    {
        foreach (var ranking in report.Rankings)
        {
            var names = ranking.Teams.FirstOrDefault()?.Slots.Select(s => s.Name).ToList() ?? [];
            var position = Entrant.Ordinal(ranking.Ranking.Position);
            var grid = new Table().Border(TableBorder.Horizontal)
                .Title($"[bold]{Markup.Escape(ranking.Ranking.Name)}: the {ranking.GroupsRanked} teams placed {position} in their groups[/]");
            grid.AddColumn("Team");
            grid.AddColumn("Group");
            grid.AddColumn(new TableColumn("Best").RightAligned());
            grid.AddColumn(new TableColumn("Worst").RightAligned());
            foreach (var name in names)
            {
                grid.AddColumn(name);
            }

            var rows = ranking.Teams.GroupBy(t => t.Group, StringComparer.Ordinal).SelectMany(g => order.Sort(g.Key, g, t => t.Team)).ToList();
            foreach (var t in rows)
            {
                grid.AddRow([Markup.Escape(t.Team), Markup.Escape(t.Group), t.BestRank.ToString(CultureInfo.InvariantCulture), t.WorstRank.ToString(CultureInfo.InvariantCulture),
                    .. t.Slots.Select(s => StatusText.Name(s.Status))]);
            }

            grid.Caption($"[grey]Ranks of each team that can finish {position} in its group, if it does. Records ({string.Join(", ", ranking.Criteria.Select(c => TieBreakText.Label(TieBreakScope.Overall, c)))}) " +
                $"optimised with goals per side up to {ranking.MaxGoals} per remaining match (each group's bound); fair play and lots may go either way. " +
                "Every witness was checked against the official ranking.[/]");
            console.Write(grid);
            foreach (var t in rows)
            {
                foreach (var s in t.Slots.Where(s => s.Status == SlotStatus.Open))
                {
                    console.MarkupLine($"[grey]{Markup.Escape(t.Team)} {s.Name}: e.g. {Markup.Escape(RankingResults(t, s.Witness!))}[/]");
                }
            }
        }
    }

    /// <summary>A ranking witness: the team's own group's results, then the ranking they give with the other groups at their extremes.</summary>
    private static string RankingResults(RankedTeamScenario team, RankingWitness w)
    {
        var own = w.Ranking?.GroupOf is { } groupOf ? w.Results.Where(m => string.Equals(groupOf.GetValueOrDefault(team.Team), team.Group, StringComparison.Ordinal)
            && (InGroup(w, m.Home, team.Group) || InGroup(w, m.Away, team.Group))) : w.Results;
        var results = string.Join(", ", own.Select(m => $"{m.Home} {m.Score} {m.Away}"));
        if (w.Ranking is not { } ranking)
        {
            return results;
        }

        var table = string.Join(", ", ranking.Table.Rows.Select(r => $"{r.Team} ({ranking.GroupOf[r.Team]}) {r.Points} pts {(r.GoalsFor - r.GoalsAgainst).ToString("+0;-0;0", CultureInfo.InvariantCulture)}"));
        var rank = w.From == w.To ? $"rank {w.From}" : $"ranks {w.From}-{w.To} by fair play or lots";
        return $"{results} → ranking {table} → {rank}";
    }

    private static bool InGroup(RankingWitness w, string team, string group) => w.Ranking is null || !w.Ranking.GroupOf.TryGetValue(team, out var g) || string.Equals(g, group, StringComparison.Ordinal);

    private static string Results(Witness w) => string.Join(", ", w.Results.Select(m => $"{m.Home} {m.Score} {m.Away}"))
        + (w.From == w.To ? $" → position {w.From}" : $" → positions {w.From}-{w.To} by fair play or lots");
}
