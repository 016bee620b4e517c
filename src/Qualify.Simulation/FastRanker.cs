using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Qualify.Domain.Standings;

namespace Qualify.Simulation;

/// <summary>
/// Ranks a group from the results in a <see cref="RankerWorkspace"/> under a compiled tie-breaker chain, without
/// allocating. It follows exactly the rules of <see cref="StandingsCalculator"/> (block by block; a head-to-head
/// block's teams concerned are those level when it starts; re-application restarts a block on a smaller subset still
/// level; lots end the chain); a property test checks that both give the same order on random outcomes.
/// </summary>
internal static partial class FastRanker
{
    /// <summary>Fills <see cref="RankerWorkspace.Overall"/> from the workspace's matches.</summary>
    public static void ComputeOverall(CompiledGroup group, RankerWorkspace w)
    {
        Accumulate(group, w, w.Overall, restrict: false);
        w.OverallReady = true;
    }

    /// <summary>Ranks the group into <see cref="RankerWorkspace.Order"/>; <see cref="ComputeOverall"/> must have run.</summary>
    public static void Rank(CompiledGroup group, RankerWorkspace w)
    {
        ResetOrder(w);
        RankSegment(group, w, 0, w.Order.Length, 0);
    }

    /// <summary>
    /// Ranks the group when <see cref="RankerWorkspace.FirstKeys"/> already hold every team's key for the first block
    /// (an overall block), as the simulator keeps them up to date match by match. Totals are computed only if a tie
    /// survives the first block and a later block needs them (<see cref="RankerWorkspace.OverallReady"/> false).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void RankFromFirstKeys(CompiledGroup group, RankerWorkspace w)
    {
        var (keys, order) = (w.FirstKeys, w.Order);
        if (order.Length <= 8 && KeysBelowNetworkBound(keys, default(WholeGroup), order.Length))
        {
            // Straight into the order: no reset, no copy.
            Span<long> sortedKeys = stackalloc long[8];
            if (PlaceByNetwork(keys, default(WholeGroup), order.Length, order, sortedKeys))
            {
                BreakRuns(group, w, sortedKeys, 0, order.Length, 0);
            }

            return;
        }

        ResetOrder(w);
        SortAndBreakTies(group, w, keys, 0, order.Length, 0);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ResetOrder(RankerWorkspace w)
    {
        var order = w.Order;
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }
    }

    private static void RankSegment(CompiledGroup group, RankerWorkspace w, int start, int length, int block)
    {
        if (length <= 1)
        {
            return;
        }

        var order = w.Order;
        if (group.IsLots[block])
        {
            SortBy(order, start, length, group.LotsRank);
            return;
        }

        var totals = w.Overall;
        if (group.HeadToHead[block])
        {
            w.Stamp++;
            for (var i = start; i < start + length; i++)
            {
                w.Member[order[i]] = w.Stamp;
            }

            totals = w.Scratch;
            Accumulate(group, w, totals, restrict: true);
        }
        else if (!w.OverallReady)
        {
            ComputeOverall(group, w);
        }

        // Each team's criteria of this block packed into one 64-bit key, 12 bits per criterion (values offset into
        // 0…4095, ample for points, goals and fair-play points; at most five criteria, the most any preset has),
        // so that sorting and finding ties compare one number. The key is linear in the team's totals
        // (CompiledGroup.KeyCoefficients), so building it needs no branch on the criteria.
        var caseIndex = (block * 2) + (length == 2 ? 1 : 0);
        var keys = w.Keys;
        for (var i = start; i < start + length; i++)
        {
            keys[order[i]] = group.Key(caseIndex, totals, order[i]);
        }

        SortAndBreakTies(group, w, keys, start, length, block);
    }

    /// <summary>Sorts a segment by <see cref="RankerWorkspace.Keys"/> and sends each run of equal keys to the next block.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void SortAndBreakTies(CompiledGroup group, RankerWorkspace w, long[] keys, int start, int length, int block)
    {
        // Stable sort, best first, by counting: a team's place is the number of teams before it with a key at least
        // as large plus the number after it with a larger key. Branch-free, which beats an insertion sort on random
        // keys; up to eight teams, vectorised. The keys are kept in their sorted order for finding the runs of ties,
        // which only a table with two equal keys needs.
        var order = w.Order;
        var sorted = w.Sorted;
        Span<long> sortedKeys = stackalloc long[length];
        var tied = length <= 8 && KeysBelowNetworkBound(keys, new Segment(order, start), length)
            ? PlaceByNetwork(keys, order, start, length, sorted, sortedKeys)
            : length <= 8 && Vector256.IsHardwareAccelerated
            ? PlaceEightWide(keys, order, start, length, sorted, sortedKeys)
            : Place(keys, order, start, length, sorted, sortedKeys);
        for (var i = 0; i < length; i++)
        {
            order[start + i] = sorted[i];
        }

        if (tied)
        {
            BreakRuns(group, w, sortedKeys, start, length, block);
        }
    }

    /// <summary>Sends each run of equal keys of a sorted segment (<paramref name="sortedKeys"/>, from its start) to the next block.</summary>
    private static void BreakRuns(CompiledGroup group, RankerWorkspace w, ReadOnlySpan<long> sortedKeys, int start, int length, int block)
    {
        var runStart = 0;
        while (runStart < length)
        {
            var runEnd = runStart + 1;
            var runKey = sortedKeys[runStart];
            while (runEnd < length && sortedKeys[runEnd] == runKey)
            {
                runEnd++;
            }

            var runLength = runEnd - runStart;
            if (runLength > 1)
            {
                var next = group.Reapply[block] && runLength < length ? block : block + 1;
                RankSegment(group, w, start + runStart, runLength, next);
            }

            runStart = runEnd;
        }
    }

    /// <summary>
    /// Places each team of a segment of <paramref name="order"/> by counting (see <see cref="SortAndBreakTies"/>) into
    /// <paramref name="sorted"/> and its key into <paramref name="sortedKeys"/>; whether two keys are equal.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool Place(long[] keys, int[] order, int start, int length, int[] sorted, Span<long> sortedKeys)
    {
        Span<long> segment = stackalloc long[length];
        for (var i = 0; i < length; i++)
        {
            segment[i] = keys[order[start + i]];
        }

        var tied = false;
        for (var i = 0; i < length; i++)
        {
            var key = segment[i];
            var place = 0;
            for (var j = 0; j < i; j++)
            {
                place += segment[j] >= key ? 1 : 0;
                tied |= segment[j] == key;
            }

            for (var j = i + 1; j < length; j++)
            {
                place += segment[j] > key ? 1 : 0;
            }

            sorted[place] = order[start + i];
            sortedKeys[place] = key;
        }

        return tied;
    }

    /// <summary>
    /// <see cref="Place"/> for up to eight teams with 256-bit vectors: a team's place is the number of keys greater than
    /// its own plus the number of equal keys before it, each counted over all eight lanes at once (two compares and a
    /// mask); unused lanes hold <see cref="long.MinValue"/>, below every key (keys are offset to be non-negative).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool PlaceEightWide(long[] keys, int[] order, int start, int length, int[] sorted, Span<long> sortedKeys)
    {
        Span<long> lanes = stackalloc long[8];
        lanes.Fill(long.MinValue);
        for (var i = 0; i < length; i++)
        {
            lanes[i] = keys[order[start + i]];
        }

        var low = Vector256.Create<long>(lanes[..4]);
        var high = Vector256.Create<long>(lanes[4..]);
        var equalPairs = 0u;
        for (var i = 0; i < length; i++)
        {
            var key = Vector256.Create(lanes[i]);
            var greater = Vector256.GreaterThan(low, key).ExtractMostSignificantBits() | (Vector256.GreaterThan(high, key).ExtractMostSignificantBits() << 4);
            var equal = Vector256.Equals(low, key).ExtractMostSignificantBits() | (Vector256.Equals(high, key).ExtractMostSignificantBits() << 4);
            var before = equal & ((1u << i) - 1);
            equalPairs |= before;
            var place = BitOperations.PopCount(greater) + BitOperations.PopCount(before);
            sorted[place] = order[start + i];
            sortedKeys[place] = lanes[i];
        }

        return equalPairs != 0;
    }

    private static void SortBy(int[] order, int start, int length, int[] rank)
    {
        for (var i = start + 1; i < start + length; i++)
        {
            var team = order[i];
            var j = i - 1;
            while (j >= start && rank[order[j]] > rank[team])
            {
                order[j + 1] = order[j];
                j--;
            }

            order[j + 1] = team;
        }
    }

    private static void Accumulate(CompiledGroup group, RankerWorkspace w, RankerWorkspace.Totals totals, bool restrict)
    {
        w.EnsureGoals();
        totals.Clear();
        var stamp = w.Stamp;
        for (var m = 0; m < w.MatchCount; m++)
        {
            var h = w.Home[m];
            var a = w.Away[m];
            if (restrict && (w.Member[h] != stamp || w.Member[a] != stamp))
            {
                continue;
            }

            var hg = w.HomeGoals[m];
            var ag = w.AwayGoals[m];
            totals.GoalsFor[h] += hg;
            totals.GoalsAgainst[h] += ag;
            totals.GoalsFor[a] += ag;
            totals.GoalsAgainst[a] += hg;
            totals.AwayGoalsFor[a] += ag;
            if (hg > ag)
            {
                totals.Points[h] += group.Win;
                totals.Points[a] += group.Loss;
                totals.Wins[h]++;
            }
            else if (hg < ag)
            {
                totals.Points[a] += group.Win;
                totals.Points[h] += group.Loss;
                totals.Wins[a]++;
                totals.AwayWins[a]++;
            }
            else
            {
                totals.Points[h] += group.Draw;
                totals.Points[a] += group.Draw;
            }
        }
    }
}
