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
                Json.Write(environment.Out, NextMatchdayDocument.From(next, settings.Combinations));
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
            Json.Write(environment.Out, ScenariosDocument.From(report));
            return 0;
        }

        Render(report, TableOrder.Of(new TableService(catalog, store).Build(new TableRequest(settings.Competition, report.AsOf))));
        return 0;
    }

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
