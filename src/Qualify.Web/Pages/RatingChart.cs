using Qualify.Ratings;
using ScottPlot;

namespace Qualify.Web.Pages;

/// <summary>A team's World Football Elo rating after each match (ScottPlot 5), as an SVG element for the team page.</summary>
internal static class RatingChart
{
    /// <summary>The chart of <paramref name="series"/> (at least one point) for <paramref name="team"/>.</summary>
    public static string Svg(string team, IReadOnlyList<RatingPoint> series)
    {
        var plot = new Plot();
        var line = plot.Add.Scatter(series.Select(p => p.Date.ToDateTime(TimeOnly.MinValue)).ToArray(), series.Select(p => p.Rating).ToArray());
        line.MarkerSize = 0;
        line.LineWidth = 1.5f;
        var axis = plot.Axes.DateTimeTicksBottom();
        axis.TickGenerator = new ScottPlot.TickGenerators.DateTimeAutomatic { LabelFormatter = d => d.ToString("yyyy", System.Globalization.CultureInfo.InvariantCulture) };
        plot.Title($"{team}: World Football Elo rating after each match");
        plot.YLabel("Elo rating (points)");
        return Contracts.OddsChart.Scalable(plot.GetSvgHtml(1000, 400), 1000, 400);
    }
}
