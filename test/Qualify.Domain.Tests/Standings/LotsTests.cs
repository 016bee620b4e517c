using System.Collections.Immutable;
using Qualify.Domain.Matches;
using Qualify.Domain.Standings;

namespace Qualify.Domain.Tests.Standings;

/// <summary>
/// Drawing of lots, the last criterion of every chain, simulated from a seed: the same seed gives the same order
/// whatever the order of the input, and a drawn position is reported as decided by lots. The real case is the CONCACAF
/// Gold Cup 2002 Group D, where Canada, Haiti and Ecuador were level on every criterion and lots were drawn.
/// </summary>
public sealed class LotsTests
{
    private const int Seed = 2002;

    private static GroupStandings Compute(IReadOnlyList<Match> matches, ImmutableArray<string> teams, int seed) =>
        StandingsKit.Compute(TieBreakerPresets.Overall3, matches, lotsSeed: seed, teams: teams);

    private static IEnumerable<IReadOnlyList<T>> Permutations<T>(IReadOnlyList<T> items) =>
        items.Count <= 1
            ? [items]
            : items.SelectMany((item, i) => Permutations([.. items.Where((_, j) => j != i)]).Select(rest => (IReadOnlyList<T>)[item, .. rest]));

    [Fact]
    public void Compute_GoldCup2002GroupDAllLevel_EveryPositionDecidedByLots()
    {
        // Each team won 2-0 and lost 0-2 (see RealGroups.GoldCup2002GroupD): 3 pts, 2-2, so only lots can separate them.
        var table = Compute(RealGroups.GoldCup2002GroupD, StandingsKit.TeamsOf(RealGroups.GoldCup2002GroupD), Seed);

        Assert.All(table.Rows.Take(2), r => Assert.Equal(new Separation(TieBreakScope.Overall, TieBreakCriterion.Lots, string.Empty, string.Empty), r.DecidedBy));
        Assert.Null(table.Rows[2].DecidedBy);
        Assert.True(table.DecidedByLots);
    }

    [Fact]
    public void Compute_GoldCup2002GroupDSameSeed_SameOrderForEveryInputOrder()
    {
        // All 6 orders of the matches crossed with all 6 orders of the teams, under one seed.
        var matchOrders = Permutations(RealGroups.GoldCup2002GroupD).ToList();
        var teamOrders = Permutations(StandingsKit.TeamsOf(RealGroups.GoldCup2002GroupD)).ToList();
        var expected = Compute(RealGroups.GoldCup2002GroupD, StandingsKit.TeamsOf(RealGroups.GoldCup2002GroupD), Seed).Order().ToList();

        var orders = matchOrders.SelectMany(m => teamOrders.Select(t => Compute(m, [.. t], Seed).Order().ToList())).ToList();

        Assert.Equal(36, orders.Count);
        Assert.All(orders, order => Assert.Equal(expected, order));
    }

    [Fact]
    public void Compute_GoldCup2002GroupDDifferentSeeds_DrawDifferentOrders()
    {
        // The seed is what the draw depends on: over seeds 1-50, three level teams must not always come out the same
        // way (a fair draw gives each of the 6 orders probability 1/6).
        var orders = Enumerable.Range(1, 50)
            .Select(seed => string.Join(",", Compute(RealGroups.GoldCup2002GroupD, StandingsKit.TeamsOf(RealGroups.GoldCup2002GroupD), seed).Order()))
            .Distinct(StringComparer.Ordinal)
            .Count();

        Assert.True(orders > 1, $"50 seeds drew {orders} distinct order(s)");
    }

    [Fact]
    public void Compute_TableWithoutLevelTeams_NotDecidedByLots()
    {
        // Euro 2020 Group B: every position decided by points or head-to-head (published table).
        var table = StandingsKit.Compute(TieBreakerPresets.Uefa, RealGroups.Euro2020GroupB);

        Assert.False(table.DecidedByLots);
    }
}
