using Qualify.Application;
using ScottPlot;

namespace Qualify.Contracts;

/// <summary>
/// The odds-over-time chart of a forecast timeline (ScottPlot 5): one line per team, the probability of reaching the
/// competition's best slot (qualified, else advanced) after each matchday.
/// </summary>
internal static class OddsChart
{
    /// <summary>The width of the chart, in pixels, as the CLI saves it and the web pages draw it.</summary>
    public const int Width = 1000;

    /// <summary>The height of the chart, in pixels.</summary>
    public const int Height = 600;

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

        var plot = Plot(timeline);
        try
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            if (extension == ".svg")
            {
                plot.SaveSvg(path, Width, Height);
            }
            else
            {
                plot.SavePng(path, Width, Height);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserInputException($"--chart: cannot write '{path}': {e.Message}", e);
        }
    }

    /// <summary>The chart as an SVG element (<c>&lt;svg …&gt;…&lt;/svg&gt;</c>), to be written inline in a page.</summary>
    public static string Svg(IReadOnlyList<ForecastReport> timeline) => Scalable(Plot(timeline).GetSvgHtml(Width, Height), Width, Height);

    /// <summary>
    /// <paramref name="svg"/> (ScottPlot's, sized <paramref name="width"/> × <paramref name="height"/> pixels) with a
    /// <c>viewBox</c>, so that a page can shrink it to a phone's width instead of cropping it.
    /// </summary>
    public static string Scalable(string svg, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(svg);
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        return start < 0 || svg.Contains("viewBox", StringComparison.Ordinal)
            ? svg
            : svg.Insert(start + 4, FormattableString.Invariant($" viewBox=\"0 0 {width} {height}\""));
    }

    private static Plot Plot(IReadOnlyList<ForecastReport> timeline)
    {
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
        return plot;
    }
}
