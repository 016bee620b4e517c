using System.Collections.Immutable;
using Qualify.Domain.Competitions;
using Qualify.Domain.Matches;
using Qualify.Domain.Standings;

namespace Qualify.Simulation.Tests;

/// <summary>
/// The simulator's allocation-free ranker must give exactly the order of the reference engine
/// (<see cref="StandingsCalculator"/>, the one behind <c>qualify table</c>) on random outcomes, for every preset.
/// Scores are drawn from 0–3 so that ties on points, goal difference and goals are frequent and the head-to-head,
/// away-goals and lots branches are exercised.
/// </summary>
public sealed class FastRankerEquivalenceTests
{
    private const int Outcomes = 100_000;

    public static TheoryData<string> Presets => [.. TieBreakerPresets.All.Keys.Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Presets))]
    public void Rank_RandomOutcomes_EqualsStandingsCalculator(string preset)
    {
        var chain = TieBreakerPresets.All[preset];
        ImmutableArray<string> teams = ["A", "B", "C", "D", "E", "F"];
        var group = new CompiledGroup(teams, PointsScheme.ThreeOneZero, chain, ImmutableDictionary<string, int>.Empty, ImmutableDictionary<string, int>.Empty, lotsSeed: 7);
        var pairs = (from h in Enumerable.Range(0, teams.Length) from a in Enumerable.Range(0, teams.Length) where h != a select (h, a)).ToArray();
        var workspace = new RankerWorkspace(group, pairs.Length);
        var random = new Random(20211117);
        var mismatches = 0;
        for (var o = 0; o < Outcomes / TieBreakerPresets.All.Count; o++)
        {
            var played = random.Next(1, pairs.Length + 1);
            var matches = new List<Match>(played);
            workspace.MatchCount = played;
            for (var m = 0; m < played; m++)
            {
                var (h, a) = pairs[m];
                var hg = random.Next(4);
                var ag = random.Next(4);
                (workspace.Home[m], workspace.Away[m], workspace.HomeGoals[m], workspace.AwayGoals[m]) = (h, a, hg, ag);
                matches.Add(new Match(new DateOnly(2021, 9, 2), teams[h], teams[a], new Score(hg, ag), "T", "C", "K", false));
            }

            FastRanker.ComputeOverall(group, workspace);
            FastRanker.Rank(group, workspace);
            var reference = StandingsCalculator.Compute(new StandingsInput("G", teams, matches, PointsScheme.ThreeOneZero, chain) { LotsSeed = 7 });
            if (!reference.Rows.Select(r => r.Team).SequenceEqual(workspace.Order.Select(i => teams[i])))
            {
                mismatches++;
            }
        }

        Assert.Equal(0, mismatches);
    }

    [Fact]
    public void Rank_WithDeduction_DeductedTeamDropsBelow()
    {
        // Hand calculation: A beat C 1-0 and drew B 0-0 (4 points); B drew C 1-1 and A (2 points, 0 after a
        // 2-point deduction); C drew B (1 point). Order: A 4, C 1, B 0.
        ImmutableArray<string> teams = ["A", "B", "C"];
        var deductions = ImmutableDictionary<string, int>.Empty.Add("B", 2);
        var group = new CompiledGroup(teams, PointsScheme.ThreeOneZero, TieBreakerPresets.Concacaf2022, deductions, ImmutableDictionary<string, int>.Empty, 1);
        var workspace = new RankerWorkspace(group, 3);
        (int, int, int, int)[] results = [(0, 2, 1, 0), (1, 2, 1, 1), (1, 0, 0, 0)];
        for (var m = 0; m < results.Length; m++)
        {
            (workspace.Home[m], workspace.Away[m], workspace.HomeGoals[m], workspace.AwayGoals[m]) = results[m];
        }

        workspace.MatchCount = results.Length;
        FastRanker.ComputeOverall(group, workspace);
        FastRanker.Rank(group, workspace);

        Assert.Equal(["A", "C", "B"], workspace.Order.Select(i => teams[i]));
    }

    [Fact]
    public void PlaceEightWide_RandomSegments_SameAsScalarPlace()
    {
        // The vectorised placement (up to eight teams) against the scalar one, on segments of 1-8 teams of a larger
        // order with keys from a small range, so that ties are frequent: same order, same sorted keys, same tie flag.
        AssertSameAsScalarPlace(FastRanker.PlaceEightWide, seed: 8, nearBound: false);
    }

    [Fact]
    public void PlaceByNetwork_RandomSegments_SameAsScalarPlace()
    {
        // The sorting networks (segments of 1-8 teams padded to 4, 6 or 8) against the scalar counting placement, on
        // segments of a larger order with keys from a small range (frequent ties, which must keep the segment's order)
        // and, one trial in four, keys just below the network's bound: same order, same sorted keys, same tie flag.
        AssertSameAsScalarPlace(FastRanker.PlaceByNetwork, seed: 9, nearBound: true);
    }

    /// <summary>A placement of a segment of an order by keys, as <see cref="FastRanker.Place"/> takes it.</summary>
    private delegate bool Placement(long[] keys, int[] order, int start, int length, int[] sorted, Span<long> sortedKeys);

    /// <summary>
    /// 20,000 random segments (1-8 teams of a shuffled order of 12, keys 0-5 × 2²⁰, or with <paramref name="nearBound"/> one
    /// trial in four 0-5 just below <see cref="FastRanker.NetworkKeyBound"/>): <paramref name="placement"/> gives the scalar
    /// placement's order, sorted keys and tie flag.
    /// </summary>
    private static void AssertSameAsScalarPlace(Placement placement, int seed, bool nearBound)
    {
        var random = new Random(seed);
        var keys = new long[12];
        var order = Enumerable.Range(0, 12).ToArray();
        for (var trial = 0; trial < 20_000; trial++)
        {
            var high = nearBound && trial % 4 == 0 ? FastRanker.NetworkKeyBound - 8 : 0;
            for (var t = 0; t < keys.Length; t++)
            {
                keys[t] = high + (random.Next(0, 6) << (high == 0 ? 20 : 0));
            }

            random.Shuffle(order);
            var length = random.Next(1, 9);
            var start = random.Next(0, order.Length - length + 1);
            var (scalarOrder, otherOrder) = (new int[8], new int[8]);
            var (scalarKeys, otherKeys) = (new long[length], new long[length]);

            var scalarTied = FastRanker.Place(keys, order, start, length, scalarOrder, scalarKeys);
            var otherTied = placement(keys, order, start, length, otherOrder, otherKeys);

            Assert.Equal(
                $"{scalarTied} {string.Join(',', scalarOrder.Take(length))} {string.Join(',', scalarKeys)}",
                $"{otherTied} {string.Join(',', otherOrder.Take(length))} {string.Join(',', otherKeys)}");
        }
    }
}
