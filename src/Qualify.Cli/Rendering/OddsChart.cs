using Qualify.Application;
using Qualify.Contracts;
using ScottPlot;

namespace Qualify.Cli.Rendering;

/// <summary>
/// The odds-over-time chart of a forecast timeline (ScottPlot 5): one line per team, the probability of reaching the
/// competition's best slot (qualified, else advanced) after each matchday.
/// </summary>
internal static class OddsChart
{
    /// <summary>A date as the chart's axis labels it: yyyy-MM-dd.</summary>
    public static string IsoDate(DateTime date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Draws the chart to <paramref name="path"/>: PNG or SVG by the file's extension.</summary>
    /// <exception cref="UserInputException">The extension is neither .png nor .svg.</exception>
    public static void Save(IReadOnlyList<ForecastReport> timeline, string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is not (".png" or ".svg"))
        {
            throw new UserInputException($"--chart: '{path}' must end in .png or .svg");
        }

        var competition = timeline[0].Competition;
        var slot = ForecastTimeline.ChartedSlot(competition);
        var plot = new Plot();
        var dates = timeline.Select(r => r.Options.AsOf!.Value.ToDateTime(TimeOnly.MinValue)).ToArray();
        var teams = timeline[^1].Groups.SelectMany(g => g.Teams).Select(t => t.Team).ToList();
        var palette = new ScottPlot.Palettes.Category10();
        for (var i = 0; i < teams.Count; i++)
        {
            var team = teams[i];
            var values = timeline.Select(r => 100 * r.Groups.SelectMany(g => g.Teams).Single(t => t.Team == team).SlotProbabilities[slot]).ToArray();
            var line = plot.Add.Scatter(dates, values, palette.GetColor(i));
            line.LegendText = team;
            line.LineWidth = 2;
            line.MarkerSize = 5;
        }

        // ISO dates on the axis, whatever the machine's culture (ScottPlot's default labels follow it).
        var axis = plot.Axes.DateTimeTicksBottom();
        axis.TickGenerator = new ScottPlot.TickGenerators.DateTimeAutomatic { LabelFormatter = IsoDate };
        plot.Axes.SetLimitsY(-2, 102);
        plot.Title($"{competition.Name}: chance of {SlotText.Name(slot)} (%)");
        plot.YLabel($"P({SlotText.Name(slot)}) %");
        plot.XLabel("forecast as of");
        plot.ShowLegend(Edge.Right);
        try
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            if (extension == ".svg")
            {
                plot.SaveSvg(path, 1000, 600);
            }
            else
            {
                plot.SavePng(path, 1000, 600);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserInputException($"--chart: cannot write '{path}': {e.Message}", e);
        }
    }
}
