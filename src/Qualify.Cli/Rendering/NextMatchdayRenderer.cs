using System.Globalization;
using Qualify.Application;
using Qualify.Domain.Matches;
using Qualify.Scenarios;
using Spectre.Console;

namespace Qualify.Cli.Rendering;

/// <summary>Output of <c>qualify scenarios --next</c>: the JSON document and the console view.</summary>
internal static class NextMatchdayRenderer
{
    private const string Method =
        "every win/draw/loss combination of the next matchday, each proven with CP-SAT (Google OR-Tools) with the later matches open; fair play and lots go either way";

    private static string Status(SlotStatus status) => status switch
    {
        SlotStatus.Clinched => "clinched",
        SlotStatus.Eliminated => "eliminated",
        _ => "open",
    };

    private static string Kind(Settlement kind) => kind == Settlement.Clinch ? "clinch" : "eliminate";

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Dictionary<string, int> Positions(NextMatchdayScenarios group) =>
        group.Teams.ToDictionary(t => t.Team, t => t.Position, StringComparer.Ordinal);

    /// <summary>The literal a margin rule stands for, within its combination (goal difference home − away).</summary>
    private static ResultLiteral LiteralOf(MarginRule rule, MatchOutcome outcome)
    {
        var home = outcome == MatchOutcome.HomeWin;
        return rule.AtLeast is { } least
            ? (home ? new ResultLiteral(rule.Match, least, null) : new ResultLiteral(rule.Match, null, -least))
            : (home ? new ResultLiteral(rule.Match, 1, rule.AtMost) : new ResultLiteral(rule.Match, -rule.AtMost, -1));
    }

    public static object Document(NextMatchdayReport report, bool combinations) => new
    {
        competition = report.Competition.Id,
        asOf = report.AsOf is { } d ? Date(d) : null,
        method = Method,
        groups = report.Groups.Select(g =>
        {
            var positions = Positions(g);

            // A term's literals as the JSON lists them (documented in README, "--next").
            IEnumerable<object> Literals(ConditionTerm term, string team) => term.Literals.Select(l => (object)new
            {
                match = l.Match,
                home = g.Matchday[l.Match].Home,
                away = g.Matchday[l.Match].Away,
                minDifference = l.Min,
                maxDifference = l.Max,
                text = ConditionText.Literal(team, l, g.Matchday, positions),
            });

            return new
            {
                group = g.Group,
                maxGoals = g.MaxGoals,
                matchesAfter = g.MatchesAfter,
                combinationCount = g.CombinationCount,
                matchday = g.Matchday.Select((m, i) => new { match = i, date = Date(m.Date), home = m.Home, away = m.Away }),
                teams = g.Teams.Select(t => new
                {
                    team = t.Team,
                    position = t.Position,
                    points = t.Points,
                    now = t.Now.ToDictionary(s => s.Slot, s => Status(s.Status)),
                    summary = ConditionText.Summary(t, g.Slots),
                    conditions = t.Conditions.Select(c => new
                    {
                        slot = c.Slot,
                        positionFrom = c.From,
                        positionTo = c.To,
                        kind = Kind(c.Kind),
                        text = c.Text,
                        terms = c.Terms.Select(term => Literals(term, t.Team)),
                    }),
                    marginDependentComplete = t.MarginDependentComplete,
                    marginDependent = t.MarginDependent.Select(c => new
                    {
                        slot = c.Slot,
                        positionFrom = c.From,
                        positionTo = c.To,
                        kind = Kind(c.Kind),
                        text = c.Text,
                        terms = new[] { Literals(c.Term, t.Team) },
                        matches = c.Matches,
                        margins = c.Margins,
                        example = c.Example.Select(e => new
                        {
                            match = e.Match,
                            home = g.Matchday[e.Match].Home,
                            away = g.Matchday[e.Match].Away,
                            homeGoals = e.Score.Home,
                            awayGoals = e.Score.Away,
                        }),
                        combinedMargin = c.CombinedAtLeast is null && c.CombinedAtMost is null ? null
                            : new { atLeast = c.CombinedAtLeast, atMost = c.CombinedAtMost },
                    }),
                }),
                combinations = combinations ? Enumerable.Range(0, g.CombinationCount).Select(c =>
                {
                    var outcomes = g.Outcomes(c);
                    var open = g.Teams.SelectMany(t => t.Combinations[c].Select((s, si) => (t, s, si))
                        .Where(x => x.t.Now[x.si].Status == SlotStatus.Open)).ToList();
                    return new
                    {
                        combination = c,
                        results = outcomes.Select(o => o switch
                        {
                            MatchOutcome.HomeWin => "homeWin",
                            MatchOutcome.Draw => "draw",
                            _ => "awayWin",
                        }),
                        settled = open.Where(x => x.s.Status != SlotStatus.Open)
                            .Select(x => new { team = x.t.Team, slot = x.s.Slot, status = Status(x.s.Status) }),
                        margins = open.SelectMany(x => x.s.Margins.Select(r => new
                        {
                            team = x.t.Team,
                            slot = x.s.Slot,
                            kind = Kind(r.Kind),
                            match = r.Match,
                            atLeast = r.AtLeast,
                            atMost = r.AtMost,
                            text = ConditionText.Literal(x.t.Team, LiteralOf(r, outcomes[r.Match]), g.Matchday, positions),
                        })),
                    };
                }) : null,
            };
        }),
    };

    public static void Render(IAnsiConsole console, NextMatchdayReport report, bool combinations)
    {
        var asOf = report.AsOf is { } d ? "as of " + d.ToString("d MMM yyyy", CultureInfo.InvariantCulture) : "latest";
        console.MarkupLine($"[bold]{Markup.Escape(report.Competition.Name)}[/] [grey]({asOf}; next matchday; exact, CP-SAT; fair play and lots may go either way)[/]");
        foreach (var group in report.Groups)
        {
            var dates = group.Matchday.Select(m => m.Date).Distinct().Order()
                .Select(x => x.ToString("d MMM yyyy", CultureInfo.InvariantCulture));
            console.WriteLine();
            console.MarkupLine($"[bold]{Markup.Escape(group.Group)}: next matchday {string.Join(", ", dates)}[/] " +
                $"[grey]({group.Matchday.Length} matches, {group.CombinationCount} win/draw/loss combinations; {group.MatchesAfter} matches after it)[/]");
            foreach (var match in group.Matchday)
            {
                console.MarkupLine($"  {Markup.Escape(match.Home)} v {Markup.Escape(match.Away)}");
            }

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
                    .. t.Now.Select(s => Status(s.Status))]);
            }

            console.Write(grid);
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
    }

    private static void RenderCombinations(IAnsiConsole console, NextMatchdayScenarios group)
    {
        var positions = Positions(group);
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
                        $"{t.Team} {(r.Kind == Settlement.Clinch ? "clinch" : "out of")} {s.Slot} if {ConditionText.Literal(t.Team, LiteralOf(r, outcomes[r.Match]), group.Matchday, positions)}"));
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
