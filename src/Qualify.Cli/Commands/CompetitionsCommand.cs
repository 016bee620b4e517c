using System.Globalization;
using Qualify.Application;
using Qualify.Cli.Rendering;
using Qualify.Cli.Settings;
using Qualify.Domain.Competitions;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Qualify.Cli.Commands;

/// <summary>
/// <c>qualify competitions</c>: the competitions that can be named, with their format and source, then the definition
/// files that cannot be used, each with its file, place and reason.
/// </summary>
internal sealed class CompetitionsCommand(CliEnvironment environment, CompetitionCatalog catalog) : Command<CompetitionsSettings>
{
    public override int Execute(CommandContext context, CompetitionsSettings settings, CancellationToken cancellationToken)
    {
        var entries = catalog.All.Select(d => new CompetitionEntry(
            d.Id,
            d.Name,
            d.Confederation,
            d.Matches is HistoryFilterSource ? "history" : "inline",
            d.Stages.Sum(s => s.Groups.Length),
            d.Teams.Count(),
            d.Window.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            d.Window.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            d.Points.ToString(),
            d.TieBreakers.Name)).ToList();

        if (SettingsParsing.ToFormat(settings.Format) == OutputFormat.Json)
        {
            var invalid = catalog.Invalid.Select(i => new InvalidEntry(i.Id, i.File, i.Location, i.Reason)).ToList();
            Json.Write(environment.Out, new CompetitionsDocument(entries, invalid));
            return 0;
        }

        // Ids, dates and numbers never wrap: the table becomes a list when they do not fit the width.
        FittedColumn[] columns =
        [
            new("Id", Unbreakable: true), new("Name", Unbreakable: false), new("Matches from", Unbreakable: false),
            new("Groups", Unbreakable: true), new("Teams", Unbreakable: true), new("From", Unbreakable: true), new("To", Unbreakable: true),
            new("Points", Unbreakable: true), new("Tie-breakers", Unbreakable: true),
        ];
        var rows = entries.Select(e => (IReadOnlyList<string>)
        [
            Markup.Escape(e.Id),
            Markup.Escape(e.Name),
            e.Source == "history" ? "history store [grey](needs import)[/]" : "definition",
            e.Groups.ToString(CultureInfo.InvariantCulture),
            e.Teams.ToString(CultureInfo.InvariantCulture),
            e.From ?? string.Empty,
            e.To ?? string.Empty,
            e.Points,
            Markup.Escape(e.TieBreakers),
        ]).ToList();
        FittedTable.Write(environment.Console, columns, rows);
        WriteInvalid(catalog.Invalid);
        return 0;
    }

    /// <summary>The definition files that cannot be used, below the table: one line each, id then file, place and reason.</summary>
    private void WriteInvalid(IReadOnlyList<InvalidDefinition> invalid)
    {
        if (invalid.Count == 0)
        {
            return;
        }

        var count = invalid.Count == 1 ? "1 definition is invalid" : $"{invalid.Count.ToString(CultureInfo.InvariantCulture)} definitions are invalid";
        environment.Console.MarkupLine($"[red]{count}[/] (naming one shows its error; the competitions above work):");
        foreach (var i in invalid)
        {
            environment.Console.MarkupLine($"  {Markup.Escape(i.Id)}: {Markup.Escape(i.Message)}");
        }
    }
}
