using System.Globalization;
using Qualify.Contracts;
using Qualify.Simulation;
using Spectre.Console;

namespace Qualify.Cli.Rendering;

/// <summary>
/// The console view of a forecast simulated stage by stage, after its groups: each ranking across groups, each
/// knockout tie, and each team's final destination.
/// </summary>
internal static class ForecastStagesRenderer
{
    /// <summary>Writes the rankings, the ties and the destinations.</summary>
    public static void Render(IAnsiConsole console, StageForecast stages)
    {
        foreach (var ranking in stages.Rankings)
        {
            console.Write(Ranking(ranking));
        }

        if (stages.Ties.Length > 0)
        {
            console.Write(Ties(stages));
        }

        Destinations(console, stages);
        foreach (var note in stages.Notes)
        {
            console.MarkupLine($"[grey]Note: {Markup.Escape(note)}[/]");
        }
    }

    private static Table Ranking(RankingForecast ranking)
    {
        var grid = new Table().Border(TableBorder.Horizontal).Title($"[bold]{Markup.Escape(ranking.Ranking.Name)}: rank (%)[/]");
        grid.AddColumn("Team");
        var ranks = ranking.Teams.Select(t => t.RankProbabilities.Length).DefaultIfEmpty().Max();
        for (var r = 0; r < ranks; r++)
        {
            grid.AddColumn(Numeric((r + 1).ToString(CultureInfo.InvariantCulture)));
        }

        foreach (var t in ranking.Teams)
        {
            grid.AddRow([Markup.Escape(t.Team), .. t.RankProbabilities.Select(Percentages.Cell)]);
        }

        return grid;
    }

    /// <summary>One row per tie: its places, then its likeliest winners (up to four) with their chance of winning it.</summary>
    private static Table Ties(StageForecast stages)
    {
        var grid = new Table().Border(TableBorder.Horizontal).Title("[bold]Knockout ties: likeliest winners (%)[/]");
        grid.AddColumn("Tie");
        grid.AddColumn("Places");
        grid.AddColumn("Winner (plays / wins)");
        foreach (var tie in stages.Ties)
        {
            var winners = tie.Teams.Take(4).Select(t => $"{Markup.Escape(t.Team)} {Percent(t.Plays)}/{Percent(t.Wins)}");
            grid.AddRow(Markup.Escape(tie.Tie.Name), Markup.Escape($"{tie.Tie.Home.Describe()} v {tie.Tie.Away.Describe()}"),
                string.Join(", ", winners) + (tie.Teams.Length > 4 ? $", +{tie.Teams.Length - 4}" : string.Empty));
        }

        return grid;
    }

    /// <summary>
    /// One row per team, one numbered column per destination that some team reaches, so that a competition with many
    /// destinations (every round of a World Cup) still fits in 100 columns; the legend follows the table.
    /// </summary>
    private static void Destinations(IAnsiConsole console, StageForecast stages)
    {
        var grid = new Table().Border(TableBorder.Horizontal).Title("[bold]Final destination (%)[/]");
        grid.AddColumn("Team");
        var shown = Enumerable.Range(0, stages.Destinations.Length).Where(d => stages.Teams.Any(t => t.Probabilities[d] > 0)).ToList();
        for (var i = 0; i < shown.Count; i++)
        {
            grid.AddColumn(Numeric((i + 1).ToString(CultureInfo.InvariantCulture)));
        }

        foreach (var t in stages.Teams)
        {
            grid.AddRow([Markup.Escape(t.Team), .. shown.Select(d => Percentages.Cell(t.Probabilities[d]))]);
        }

        console.Write(grid);
        for (var i = 0; i < shown.Count; i++)
        {
            console.MarkupLine($"[grey]  {i + 1}: {Markup.Escape(stages.Destinations[shown[i]].Describe())}[/]");
        }
    }

    private static string Percent(double p) => (p * 100).ToString("0", CultureInfo.InvariantCulture);

    private static TableColumn Numeric(string heading) => new TableColumn(heading).RightAligned().NoWrap().Padding(0, 0, 1, 0);
}
