using System.Collections.Immutable;
using Qualify.Application;
using Qualify.Domain.Competitions;
using Qualify.Simulation;

namespace Qualify.Cli.Tests;

/// <summary>
/// <see cref="WorldCupForecast.From"/>: P(World Cup) = P(qualified) + P(play-off slot) × P(win the play-off), and its
/// Monte Carlo standard error. Worked by hand on a five-team group.
/// </summary>
public sealed class WorldCupForecastTests
{
    private static readonly SlotRule Playoff = new(4, 4, SlotKind.Playoff, "play-off")
    {
        Playoff = new PlayoffDefinition("Z", PlayoffFormat.SingleMatch, PlayoffVenue.Neutral, false, null, null),
    };

    private static readonly GroupDefinition Group = new("G", GroupFormat.DoubleRoundRobin, ["A", "B", "C", "D", "E"],
        [new SlotRule(1, 3, SlotKind.Qualified, null), Playoff, new SlotRule(5, 5, SlotKind.Eliminated, null)], []);

    private static TeamForecast Team(params double[] positions) =>
        new("A", [.. positions], ImmutableDictionary<SlotKind, double>.Empty, 0, 0, 0);

    [Fact]
    public void From_PositionsAndPlayoffWin_IsQualifiedPlusPlayoffTimesWin()
    {
        // P(1-3) = 0.5 + 0.2 + 0.1 = 0.8, P(4) = 0.15, w = 0.6: 0.8 + 0.15 × 0.6 = 0.89.
        var forecast = WorldCupForecast.From(Team(0.5, 0.2, 0.1, 0.15, 0.05), Group, Playoff, 0.6, 10_000);

        Assert.Equal(0.89, forecast.WorldCup, 12);
    }

    [Fact]
    public void From_PositionsAndPlayoffWin_StandardErrorOfTheWeightedMean()
    {
        // c = 1, 1, 1, 0.6, 0: E[c²] = 0.8 + 0.36 × 0.15 = 0.854; Var = 0.854 − 0.89² = 0.0619; N = 10,000:
        // SE = √(0.0619/10,000) = 0.0024880.
        var forecast = WorldCupForecast.From(Team(0.5, 0.2, 0.1, 0.15, 0.05), Group, Playoff, 0.6, 10_000);

        Assert.Equal(0.0024880, forecast.StandardError, 7);
    }

    [Fact]
    public void From_PlayoffWinOne_StandardErrorIsThatOfAProportion()
    {
        // w = 1: P = P(1-4) = 0.95, SE = √(0.95 × 0.05/10,000) as for every other probability of the forecast.
        var forecast = WorldCupForecast.From(Team(0.5, 0.2, 0.1, 0.15, 0.05), Group, Playoff, 1, 10_000);

        Assert.Equal(Math.Sqrt(0.95 * 0.05 / 10_000), forecast.StandardError, 12);
    }
}
