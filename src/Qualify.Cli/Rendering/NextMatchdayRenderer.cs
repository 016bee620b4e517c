using System.Globalization;
using Qualify.Application;
using Qualify.Contracts;
using Qualify.Domain.Matches;
using Qualify.Scenarios;
using Spectre.Console;

namespace Qualify.Cli.Rendering;

/// <summary>The console view of <c>qualify scenarios --next</c> (the JSON document is <see cref="NextMatchdayDocument"/>).</summary>
internal static class NextMatchdayRenderer
{
    public static void Render(IAnsiConsole console, NextMatchdayReport report, bool combinations)
    {
        var asOf = report.AsOf is { } d ? "as of " + d.ToString("d MMM yyyy", CultureInfo.InvariantCulture) : "latest";
        console.MarkupLine($"[bold]{Markup.Escape(report.Competition.Name)}[/] [grey]({asOf}; next matchday; exact, CP-SAT; fair play and lots may go either way)[/]");
        foreach (var ranking in report.RankingsNotAnalysed)
        {
            console.MarkupLine($"[grey]The ranking across groups '{Markup.Escape(ranking)}' is not analysed by --next (plain `scenarios` gives its exact ranks); the group answers below stand.[/]");
        }
        var stages = report.Groups.Select(g => g.Stage).Distinct().Count() > 1;
        foreach (var group in report.Groups)
        {
            var title = stages && group.Stage is { } stage ? $"{stage} — {group.Group}" : group.Group;
            var dates = group.Matchday.Select(m => m.Date).Distinct().Order()
                .Select(x => x.ToString("d MMM yyyy", CultureInfo.InvariantCulture));
            console.WriteLine();
            console.MarkupLine($"[bold]{Markup.Escape(title)}: next matchday {string.Join(", ", dates)}[/] " +
                $"[grey]({group.Matchday.Length} matches, {group.CombinationCount} win/draw/loss combinations; {group.MatchesAfter} matches after it)[/]");
            foreach (var match in group.Matchday)
            {
                console.MarkupLine($"  {Markup.Escape(match.Home)} v {Markup.Escape(match.Away)}");
            }

            console.Write(NowTable(group));
            console.MarkupLine("[bold]What the next matchday settles[/]");
            foreach (var t in group.Teams)
            {
                foreach (var condition in t.Conditions)
                {
                    console.MarkupLine($"  {Markup.Escape(condition.Text)}.");
                }

                foreach (var claim in t.MarginDependent)
                {
                    console.MarkupLine($"  {Markup.Escape(claim.Text)}.");
                }

                if (ConditionText.Summary(t, group.Slots) is { } summary)
                {
                    console.MarkupLine($"  [grey]{Markup.Escape(summary)}.[/]");
                }
            }

            var stopped = group.Teams.Where(t => !t.MarginDependentComplete).Select(t => t.Team).ToList();
            var uncovered = stopped.Count == 0
                ? "Scores covered by no line leave the slot open."
                : $"For {string.Join(", ", stopped)} the search for such scores stopped at its budget: other results may also settle a slot for some scores.";
            console.MarkupLine($"[grey]Every condition is proven by CP-SAT for every score up to {group.MaxGoals} goals a side, the later matches open " +
                $"(statuses rechecked at {group.MaxGoals * 4}; a margin is kept only if it holds there too). A condition with a margin (\"by 6 goals or more\") " +
                "holds whatever the other scores. A line saying \"depending on\" names results that settle the slot for some scores only; its example " +
                $"is proven the same way, the later matches up to {group.MaxGoals * 4} goals a side. {Markup.Escape(uncovered)}[/]");
            if (combinations)
            {
                RenderCombinations(console, group);
            }
        }

        ScenariosRenderer.RenderNotAnalysed(console, report.NotAnalysed);
    }

    /// <summary>Each team now: position, points and each slot's status.</summary>
    private static Table NowTable(NextMatchdayScenarios group)
    {
        var grid = new Table().Border(TableBorder.Horizontal).Title("[bold]now[/]");
        grid.AddColumn("Team");
        grid.AddColumn(new TableColumn("Pos").RightAligned());
        grid.AddColumn(new TableColumn("Pts").RightAligned());
        foreach (var (name, _, _) in group.Slots)
        {
            grid.AddColumn(name);
        }

        foreach (var t in group.Teams)
        {
            grid.AddRow([Markup.Escape(t.Team), t.Position.ToString(CultureInfo.InvariantCulture), t.Points.ToString(CultureInfo.InvariantCulture),
                .. t.Now.Select(s => StatusText.Name(s.Status))]);
        }

        return grid;
    }

    private static void RenderCombinations(IAnsiConsole console, NextMatchdayScenarios group)
    {
        var words = new NextMatchdayWording(group);
        var grid = new Table().Border(TableBorder.Horizontal).Title("[bold]every combination[/]");
        grid.AddColumn(new TableColumn("#").RightAligned());
        foreach (var match in group.Matchday)
        {
            grid.AddColumn($"{Markup.Escape(match.Home)} v {Markup.Escape(match.Away)}");
        }

        grid.AddColumn("settles (slots open now)");
        for (var c = 0; c < group.CombinationCount; c++)
        {
            var outcomes = group.Outcomes(c);
            var settles = new List<string>();
            foreach (var t in group.Teams)
            {
                for (var si = 0; si < t.Now.Length; si++)
                {
                    if (t.Now[si].Status != SlotStatus.Open)
                    {
                        continue;
                    }

                    var s = t.Combinations[c][si];
                    if (s.Status != SlotStatus.Open)
                    {
                        settles.Add($"{t.Team} {(s.Status == SlotStatus.Clinched ? "clinch" : "out of")} {s.Slot}");
                    }

                    settles.AddRange(s.Margins.Select(r =>
                        $"{t.Team} {(r.Kind == Settlement.Clinch ? "clinch" : "out of")} {s.Slot} if {words.Margin(t.Team, r, outcomes)}"));
                }
            }

            grid.AddRow([c.ToString(CultureInfo.InvariantCulture),
                .. outcomes.Select((o, m) => o switch
                {
                    MatchOutcome.HomeWin => Markup.Escape(group.Matchday[m].Home),
                    MatchOutcome.Draw => "draw",
                    _ => Markup.Escape(group.Matchday[m].Away),
                }),
                settles.Count == 0 ? "[grey]nothing[/]" : Markup.Escape(string.Join("; ", settles))]);
        }

        console.Write(grid);
    }
}
