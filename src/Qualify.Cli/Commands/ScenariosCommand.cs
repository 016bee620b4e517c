using System.Globalization;
using Qualify.Application;
using Qualify.Cli.Infrastructure;
using Qualify.Cli.Rendering;
using Qualify.Cli.Settings;
using Qualify.Scenarios;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Qualify.Cli.Commands;

/// <summary><c>qualify scenarios</c>: exact best and worst positions, and what each team has clinched or lost.</summary>
internal sealed class ScenariosCommand(CliEnvironment environment, CompetitionCatalog catalog, IHistoryOpener history) : Command<ScenariosSettings>
{
    public override int Execute(CommandContext context, ScenariosSettings settings, CancellationToken cancellationToken)
    {
        var store = history.Open(settings.Database);
        var service = new ScenarioService(catalog, store);
        if (settings.Next)
        {
            var next = service.AnalyseNext(new ScenarioRequest(settings.Competition, SettingsParsing.ToDate(settings.AsOf), settings.Team)
            {
                Options = new ScenarioOptions { MaxGoals = settings.MaxGoalsValue },
            });
            if (SettingsParsing.ToFormat(settings.Format) == OutputFormat.Json)
            {
                Json.Write(environment.Out, NextMatchdayRenderer.Document(next, settings.Combinations));
            }
            else
            {
                NextMatchdayRenderer.Render(environment.Console, next, settings.Combinations);
            }

            return 0;
        }

        var report = service.Analyse(new ScenarioRequest(settings.Competition, SettingsParsing.ToDate(settings.AsOf), settings.Team)
        {
            Options = new ScenarioOptions { MaxGoals = settings.MaxGoalsValue },
        });
        if (SettingsParsing.ToFormat(settings.Format) == OutputFormat.Json)
        {
            Json.Write(environment.Out, Document(report));
            return 0;
        }

        Render(report, TableOrder.Of(new TableService(catalog, store).Build(new TableRequest(settings.Competition, report.AsOf))));
        return 0;
    }

    private static string Status(SlotStatus status) => status switch
    {
        SlotStatus.Clinched => "clinched",
        SlotStatus.Eliminated => "eliminated",
        _ => "open",
    };

    private static object Document(ScenarioReport report) => new
    {
        competition = report.Competition.Id,
        asOf = report.AsOf?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        method = "CP-SAT (Google OR-Tools) with fair play and lots going either way",
        groups = report.Groups.Select(g => new
        {
            group = g.Group,
            matchesRemaining = g.MatchesRemaining,
            maxGoals = g.MaxGoals,
            teams = g.Teams.Select(t => new
            {
                team = t.Team,
                bestPosition = t.BestPosition,
                worstPosition = t.WorstPosition,
                slots = t.Slots.ToDictionary(s => s.Name, s => Status(s.Status)),
                proofs = t.Slots.Where(s => s.Proof is not null).ToDictionary(s => s.Name, s => s.Proof),
                witnesses = t.Slots.Where(s => s.Witness is not null).ToDictionary(s => s.Name, s => new
                {
                    inSlot = WitnessDocument(s.Witness!),
                    outOfSlot = s.CounterWitness is null ? null : WitnessDocument(s.CounterWitness),
                }),
            }),
        }),
        teams = report.Groups.SelectMany(g => g.Teams).Select(t => new
        {
            team = t.Team,
            bestPosition = t.BestPosition,
            worstPosition = t.WorstPosition,
            slots = t.Slots.ToDictionary(s => s.Name, s => Status(s.Status)),
            witnesses = t.Slots.Where(s => s.Witness is not null).ToDictionary(s => s.Name, s => WitnessDocument(s.Witness!)),
        }),
    };

    private static object WitnessDocument(Witness w) => new
    {
        positionFrom = w.From,
        positionTo = w.To,
        results = w.Results.Select(m => new
        {
            date = m.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            home = m.Home,
            away = m.Away,
            score = m.Score!.Value.ToString(),
        }),
    };

    /// <summary>Writes the report for people, each group's rows in the order of its table at the as-of date.</summary>
    private void Render(ScenarioReport report, TableOrder order)
    {
        var console = environment.Console;
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
                    .. t.Slots.Select(s => Status(s.Status))]);
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
