using System.Globalization;
using Qualify.Application;
using Qualify.Cli.Infrastructure;
using Qualify.Cli.Rendering;
using Qualify.Cli.Settings;
using Qualify.Domain.Competitions;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Qualify.Cli.Commands;

/// <summary><c>qualify forecast</c>: Monte Carlo odds under the official tie-breakers.</summary>
internal sealed class ForecastCommand(CliEnvironment environment, CompetitionCatalog catalog, IHistoryOpener history) : Command<ForecastSettings>
{
    public override int Execute(CommandContext context, ForecastSettings settings, CancellationToken cancellationToken)
    {
        var store = history.Open(settings.Database);
        var service = new ForecastService(catalog, store);
        var options = new ForecastOptions(
            settings.Competition,
            SettingsParsing.ToDate(settings.AsOf),
            settings.SimulationCount,
            settings.SeedValue,
            settings.GoalModel,
            settings.Fixes)
        {
            PlayoffOpponent = settings.PlayoffOpponent,
        };
        if (settings.Timeline)
        {
            return RunTimeline(service, options, settings);
        }

        var report = WithProgress(service, options, settings.SimulationCount);
        if (SettingsParsing.ToFormat(settings.Format) == OutputFormat.Json)
        {
            Json.Write(environment.Out, ForecastDocument.From(report));
            return 0;
        }

        Render(report, TableOrder.Of(new TableService(catalog, store).Build(new TableRequest(settings.Competition, report.Options.AsOf))));
        return 0;
    }

    private int RunTimeline(ForecastService service, ForecastOptions options, ForecastSettings settings)
    {
        var console = environment.Console;
        IReadOnlyList<ForecastReport> timeline;
        if (environment.ProgressConsole is { Profile.Capabilities.Interactive: true } progressConsole)
        {
            IReadOnlyList<ForecastReport>? done = null;
            progressConsole.Progress().AutoClear(true).Start(progress =>
            {
                var task = progress.AddTask("re-forecasting each matchday");
                done = service.Timeline(options, new Progress<(int Done, int Total)>(p =>
                {
                    task.MaxValue = p.Total;
                    task.Value = p.Done;
                }));
            });
            timeline = done!;
        }
        else
        {
            timeline = service.Timeline(options);
        }

        var slot = OddsChart.ChartedSlot(timeline[0].Competition);
        var teams = timeline[^1].Groups.SelectMany(g => g.Teams).Select(t => t.Team).ToList();
        double P(ForecastReport r, string team) => r.Groups.SelectMany(g => g.Teams).Single(t => t.Team == team).SlotProbabilities[slot];
        if (settings.Chart is not null)
        {
            OddsChart.Save(timeline, settings.Chart);
        }

        if (SettingsParsing.ToFormat(settings.Format) == OutputFormat.Json)
        {
            Json.Write(environment.Out, new
            {
                competition = timeline[0].Competition.Id,
                slot = SlotText.Name(slot),
                simulations = options.Simulations,
                seed = options.Seed,
                model = settings.Model,
                points = timeline.Select(r => new
                {
                    asOf = r.Options.AsOf!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    model = r.ModelDescription,
                    teams = teams.Select(t => new { team = t, probability = P(r, t) }),
                }),
                chart = settings.Chart,
            });
            return 0;
        }

        var grid = new Table().Border(TableBorder.Horizontal)
            .Title($"[bold]{Markup.Escape(timeline[0].Competition.Name)}: chance of {SlotText.Name(slot)} (%) after each matchday[/]");
        grid.AddColumn(new TableColumn("As of").NoWrap());
        foreach (var t in teams)
        {
            grid.AddColumn(new TableColumn(Markup.Escape(t)).RightAligned());
        }

        foreach (var r in timeline)
        {
            grid.AddRow([r.Options.AsOf!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), .. teams.Select(t => Cell(P(r, t)))]);
        }

        grid.Caption($"[grey]{options.Simulations:N0} simulations per date, seed {options.Seed}; model: {Markup.Escape(settings.Model)}, as of each date only.[/]");
        console.Write(grid);
        if (settings.Chart is not null)
        {
            console.MarkupLine($"Chart written to [bold]{Markup.Escape(settings.Chart)}[/].");
        }

        return 0;
    }

    private ForecastReport WithProgress(ForecastService service, ForecastOptions options, long simulations)
    {
        if (environment.ProgressConsole is not { Profile.Capabilities.Interactive: true } console)
        {
            return service.Forecast(options);
        }

        ForecastReport? report = null;
        console.Progress().AutoClear(true).Start(progress =>
        {
            var task = progress.AddTask("simulating", maxValue: simulations);
            report = service.Forecast(options with { Progress = new Progress<long>(done => task.Value = Math.Min(done, simulations)) });
            task.Value = simulations;
        });
        return report!;
    }

    /// <summary>Writes the report for people, each group's rows in the order of its table at the as-of date.</summary>
    private void Render(ForecastReport report, TableOrder order)
    {
        var console = environment.Console;
        var asOf = report.Options.AsOf is { } d ? "as of " + d.ToString("d MMM yyyy", CultureInfo.InvariantCulture) : "latest";
        console.MarkupLine($"[bold]{Markup.Escape(report.Competition.Name)}[/] [grey]({asOf}; {report.Options.Simulations:N0} simulations, seed {report.Options.Seed})[/]");
        console.MarkupLine($"[grey]{Markup.Escape(report.ModelDescription)}. Every simulated table uses the full tie-breaker chain ({Markup.Escape(report.Competition.TieBreakers.Name)}).[/]");
        foreach (var fix in report.Fixes)
        {
            console.MarkupLine($"[yellow]What if: {Markup.Escape(fix.ToString())}[/]");
        }

        foreach (var group in report.Groups)
        {
            var n = group.Group.Teams.Length;
            var kinds = Enum.GetValues<SlotKind>().Where(k => group.Group.Slots.Any(s => s.Kind == k) || k == SlotKind.Eliminated).ToList();
            var grid = new Table().Border(TableBorder.Horizontal).Title($"[bold]{Markup.Escape(group.Group.Name)}: slots[/]");
            grid.AddColumn("Team");
            foreach (var k in kinds)
            {
                grid.AddColumn(Numeric(SlotText.Name(k)));
            }

            var playoff = report.Playoff is { } described && ReferenceEquals(described.Group, group) ? described : null;
            if (playoff is not null)
            {
                grid.AddColumn(Numeric("wins\nplay-off"));
                grid.AddColumn(Numeric("[bold]World\nCup[/]"));
            }

            grid.AddColumn(Numeric("Exp.\npts"));
            grid.AddColumn(Numeric("5–95%"));
            var rows = order.Sort(group.Group.Name, group.Teams, t => t.Team).ToList();
            foreach (var t in rows)
            {
                var cells = new List<string> { Markup.Escape(t.Team) };
                cells.AddRange(kinds.Select(k => Percent(t.SlotProbabilities[k])));
                if (playoff is not null)
                {
                    cells.Add(Percent(playoff[t.Team].PlayoffWin));
                    cells.Add($"[bold]{Percent(playoff[t.Team].WorldCup)}[/]");
                }

                cells.Add(t.ExpectedPoints.ToString("0.0", CultureInfo.InvariantCulture));
                cells.Add($"{t.Points5}–{t.Points95}");
                grid.AddRow(cells.ToArray());
            }

            if (playoff is not null)
            {
                grid.Caption($"[grey]{Markup.Escape(PlayoffCaption(playoff))}[/]");
            }

            console.Write(grid);

            var positions = new Table().Border(TableBorder.Horizontal).Title($"[bold]{Markup.Escape(group.Group.Name)}: final position (%)[/]");
            positions.AddColumn("Team");
            for (var p = 0; p < n; p++)
            {
                positions.AddColumn(Numeric((p + 1).ToString(CultureInfo.InvariantCulture)));
            }

            foreach (var t in rows)
            {
                positions.AddRow([Markup.Escape(t.Team), .. t.PositionProbabilities.Select(Cell)]);
            }

            var maxError = group.Teams.SelectMany(t => t.PositionProbabilities).Max(group.StandardError);
            positions.Caption($"[grey]Largest Monte Carlo standard error: {(maxError * 100).ToString("0.00", CultureInfo.InvariantCulture)} percentage points.[/]");
            console.Write(positions);

            if (group.Fixtures.Length > 0)
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
                    fixtures.AddRow(f.Match.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Markup.Escape(f.Match.Home), Markup.Escape(f.Match.Away),
                        Percent(dist.HomeWin), Percent(dist.Draw), Percent(dist.AwayWin),
                        $"{dist.ExpectedHomeGoals.ToString("0.00", CultureInfo.InvariantCulture)}–{dist.ExpectedAwayGoals.ToString("0.00", CultureInfo.InvariantCulture)}");
                }

                console.Write(fixtures);
            }
        }
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

    private static string Cell(double p) => p switch
    {
        0 => "–",
        1 => "100",
        < 0.0005 => "<0.1",
        >= 0.9995 => ">99.9",
        _ => (p * 100).ToString("0.0", CultureInfo.InvariantCulture),
    };

    private static string Percent(double p) => p switch
    {
        0 => "–",
        1 => "100%",
        < 0.0005 => "<0.1%",
        > 0.9995 => ">99.9%",
        _ => (p * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%",
    };
}
