using Qualify.Application;
using Qualify.Domain.Competitions;

namespace Qualify.Contracts;

/// <summary>
/// A forecast re-run as of each matchday (<c>qualify forecast --timeline</c>), seen through one slot: the one
/// <see cref="ChartedSlot"/> names, for the teams of the last forecast.
/// </summary>
/// <param name="Reports">The forecasts, oldest first (at least one).</param>
/// <param name="Options">The options every forecast was run with (simulations and seed).</param>
internal sealed record ForecastTimeline(IReadOnlyList<ForecastReport> Reports, ForecastOptions Options)
{
    /// <summary>The competition forecast.</summary>
    public CompetitionDefinition Competition => Reports[0].Competition;

    /// <summary>The slot whose chance the timeline follows.</summary>
    public SlotKind Slot => ChartedSlot(Competition);

    /// <summary>The slot a timeline follows and its chart shows: the competition's best slot (qualified, else advanced).</summary>
    public static SlotKind ChartedSlot(CompetitionDefinition competition) =>
        competition.Stages.SelectMany(s => s.Groups).SelectMany(g => g.Slots).Any(s => s.Kind == SlotKind.Qualified) ? SlotKind.Qualified : SlotKind.Advanced;

    /// <summary>The teams, in the order of the last forecast's groups.</summary>
    public IReadOnlyList<string> Teams => [.. Reports[^1].Groups.SelectMany(g => g.Teams).Select(t => t.Team)];

    /// <summary>The chance that <paramref name="team"/> ends in <see cref="Slot"/>, as forecast in <paramref name="report"/>.</summary>
    public double Probability(ForecastReport report, string team) =>
        report.Groups.SelectMany(g => g.Teams).Single(t => t.Team == team).SlotProbabilities[Slot];
}
