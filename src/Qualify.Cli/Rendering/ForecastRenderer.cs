using System.Globalization;
using Qualify.Application;
using Qualify.Contracts;
using Qualify.Domain.Competitions;
using Qualify.Simulation;
using Spectre.Console;

namespace Qualify.Cli.Rendering;

/// <summary>The console view of <c>qualify forecast</c>: slot and position odds per group, remaining fixtures, and the timeline.</summary>
internal static class ForecastRenderer
{
    /// <summary>Writes the report for people, each group's rows in the order of its table at the as-of date.</summary>
    public static void Render(IAnsiConsole console, ForecastReport report, TableOrder order)
    {
        var asOf = report.Options.AsOf is { } d ? "as of " + d.ToString("d MMM yyyy", CultureInfo.InvariantCulture) : "latest";
        console.MarkupLine($"[bold]{Markup.Escape(report.Competition.Name)}[/] [grey]({asOf}; {report.Options.Simulations:N0} simulations, seed {report.Options.Seed})[/]");
        console.MarkupLine($"[grey]{Markup.Escape(report.ModelDescription)}. Every simulated table uses the full tie-breaker chain ({Markup.Escape(report.Competition.TieBreakers.Name)}).[/]");
        foreach (var fix in report.Fixes)
        {
            console.MarkupLine($"[yellow]What if: {Markup.Escape(fix.ToString())}[/]");
        }

        foreach (var group in report.Groups)
        {
            var rows = order.Sort(group.Group.Name, group.Teams, t => t.Team).ToList();
            var playoff = report.Playoff is { } described && ReferenceEquals(described.Group, group) ? described : null;
            console.Write(Slots(group, rows, playoff));
            console.Write(Positions(group, rows));
            if (group.Fixtures.Length > 0)
            {
                console.Write(Fixtures(group));
            }
        }

        if (report.Stages is { } stages)
        {
            ForecastStagesRenderer.Render(console, stages);
        }
    }

    /// <summary>Writes the chance of the charted slot for each team after each matchday, and where the chart went.</summary>
    public static void RenderTimeline(IAnsiConsole console, ForecastTimeline timeline, string model, string? chart)
    {
        // One table per group of the last forecast, so that a competition of many groups stays readable at any width.
        var groups = timeline.Reports[^1].Groups;
        var caption = $"[grey]{timeline.Options.Simulations:N0} simulations per date, seed {timeline.Options.Seed}; model: {Markup.Escape(model)}, as of each date only.[/]";
        foreach (var group in groups)
        {
            var of = groups.Length == 1 ? string.Empty : $", group {group.Group.Name}";
            var grid = new Table().Border(TableBorder.Horizontal)
                .Title($"[bold]{Markup.Escape(timeline.Competition.Name)}{Markup.Escape(of)}: chance of {SlotText.Name(timeline.Slot)} (%) after each matchday[/]");
            grid.AddColumn(new TableColumn("As of").NoWrap());
            var teams = group.Teams.Select(t => t.Team).ToList();
            foreach (var t in teams)
            {
                grid.AddColumn(new TableColumn(Markup.Escape(t)).RightAligned());
            }

            foreach (var r in timeline.Reports)
            {
                grid.AddRow([Dates.Text(r.Options.AsOf!.Value), .. teams.Select(t => Percentages.Cell(timeline.Probability(r, t)))]);
            }

            if (ReferenceEquals(group, groups[^1]))
            {
                grid.Caption(caption);
            }

            console.Write(grid);
        }

        if (chart is not null)
        {
            console.MarkupLine($"Chart written to [bold]{Markup.Escape(chart)}[/].");
        }
    }

    private static Table Slots(GroupForecast group, IReadOnlyList<TeamForecast> rows, PlayoffForecast? playoff)
    {
        var kinds = Enum.GetValues<SlotKind>().Where(k => group.Group.Slots.Any(s => s.Kind == k) || k == SlotKind.Eliminated).ToList();
        var grid = new Table().Border(TableBorder.Horizontal).Title($"[bold]{Markup.Escape(group.Group.Name)}: slots[/]");
        grid.AddColumn("Team");
        foreach (var k in kinds)
        {
            grid.AddColumn(Numeric(SlotText.Name(k)));
        }

        if (playoff is not null)
        {
            grid.AddColumn(Numeric("wins\nplay-off"));
            grid.AddColumn(Numeric("[bold]World\nCup[/]"));
        }

        grid.AddColumn(Numeric("Exp.\npts"));
        grid.AddColumn(Numeric("5–95%"));
        foreach (var t in rows)
        {
            var cells = new List<string> { Markup.Escape(t.Team) };
            cells.AddRange(kinds.Select(k => Percentages.WithSign(t.SlotProbabilities[k])));
            if (playoff is not null)
            {
                cells.Add(Percentages.WithSign(playoff[t.Team].PlayoffWin));
                cells.Add($"[bold]{Percentages.WithSign(playoff[t.Team].WorldCup)}[/]");
            }

            cells.Add(t.ExpectedPoints.ToString("0.0", CultureInfo.InvariantCulture));
            cells.Add($"{t.Points5}–{t.Points95}");
            grid.AddRow(cells.ToArray());
        }

        if (playoff is not null)
        {
            grid.Caption($"[grey]{Markup.Escape(PlayoffCaption(playoff))}[/]");
        }

        return grid;
    }

    private static Table Positions(GroupForecast group, IReadOnlyList<TeamForecast> rows)
    {
        var positions = new Table().Border(TableBorder.Horizontal).Title($"[bold]{Markup.Escape(group.Group.Name)}: final position (%)[/]");
        positions.AddColumn("Team");
        for (var p = 0; p < group.Group.Teams.Length; p++)
        {
            positions.AddColumn(Numeric((p + 1).ToString(CultureInfo.InvariantCulture)));
        }

        foreach (var t in rows)
        {
            positions.AddRow([Markup.Escape(t.Team), .. t.PositionProbabilities.Select(Percentages.Cell)]);
        }

        var maxError = group.Teams.SelectMany(t => t.PositionProbabilities).Max(group.StandardError);
        var open = group.Open ? " Teams drawn or still open: a row is every team that can fill the group, each percentage its chance of playing in it and finishing there; points are over the simulations in which it plays." : string.Empty;
        positions.Caption($"[grey]Largest Monte Carlo standard error: {(maxError * 100).ToString("0.00", CultureInfo.InvariantCulture)} percentage points.{Markup.Escape(open)}[/]");
        return positions;
    }

    private static Table Fixtures(GroupForecast group)
    {
        var fixtures = new Table().Border(TableBorder.Simple).Title("Remaining fixtures");
        fixtures.AddColumn(new TableColumn("Date").NoWrap());
        fixtures.AddColumn("Home");
        fixtures.AddColumn("Away");
        foreach (var heading in new[] { "1", "X", "2", "xG" })
        {
            fixtures.AddColumn(new TableColumn(heading).NoWrap());
        }

        foreach (var f in group.Fixtures)
        {
            var dist = f.Distribution;
            fixtures.AddRow(Dates.Text(f.Match.Date), Markup.Escape(f.Match.Home), Markup.Escape(f.Match.Away),
                Percentages.WithSign(dist.HomeWin), Percentages.WithSign(dist.Draw), Percentages.WithSign(dist.AwayWin),
                $"{dist.ExpectedHomeGoals.ToString("0.00", CultureInfo.InvariantCulture)}–{dist.ExpectedAwayGoals.ToString("0.00", CultureInfo.InvariantCulture)}");
        }

        return fixtures;
    }

    /// <summary>
    /// A column of numbers: right-aligned and never wrapped, so that a narrow console wraps the team names instead of
    /// breaking a number or truncating a heading (multi-word headings carry their own line break).
    /// </summary>
    private static TableColumn Numeric(string heading) => new TableColumn(heading).RightAligned().NoWrap().Padding(0, 0, 1, 0);

    /// <summary>How the World Cup column is computed, and the play-off it assumes.</summary>
    private static string PlayoffCaption(PlayoffForecast playoff)
    {
        var p = playoff.Playoff;
        var positions = playoff.Slot.From == playoff.Slot.To
            ? Ordinal(playoff.Slot.From)
            : $"{Ordinal(playoff.Slot.From)}–{Ordinal(playoff.Slot.To)}";
        var format = (p.Format, p.Venue) switch
        {
            (PlayoffFormat.SingleMatch, PlayoffVenue.Neutral) => "one match at a neutral venue",
            (PlayoffFormat.SingleMatch, PlayoffVenue.Home) => "one match at home",
            (PlayoffFormat.SingleMatch, _) => "one match away",
            (_, PlayoffVenue.HomeFirst) => "two legs, home first" + (p.AwayGoals ? ", away goals" : string.Empty),
            _ => "two legs, away first" + (p.AwayGoals ? ", away goals" : string.Empty),
        };
        return $"World Cup = qualified + playoff × wins play-off (the chance of winning the play-off if the team plays it). Play-off: {positions} place v {p.Opponent}{(playoff.OpponentOverridden ? " (--playoff-opponent)" : string.Empty)}, "
            + $"{format}; extra time at the 90-minute scoring rate, then penalties 50/50.";
    }

    private static string Ordinal(int n) =>
        n.ToString(CultureInfo.InvariantCulture) + (n % 100 is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });
}
