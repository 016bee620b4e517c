using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Qualify.Domain.Standings;

namespace Qualify.Simulation;

/// <summary>
/// Per-thread buffers for <see cref="FastRanker"/>: match results, team totals and sort keys. Allocated once per
/// worker; ranking a table allocates nothing.
/// </summary>
internal sealed class RankerWorkspace
{
    public RankerWorkspace(CompiledGroup group, int maxMatches)
    {
        var n = group.TeamCount;
        Home = new int[maxMatches];
        Away = new int[maxMatches];
        HomeGoals = new int[maxMatches];
        AwayGoals = new int[maxMatches];
        Overall = new Totals(n);
        Scratch = new Totals(n);
        Member = new int[n];
        Keys = new long[n];
        FirstKeys = new long[n];
        Order = new int[n];
        Sorted = new int[n];
        TeamMatchStart = new int[n + 1];
        TeamPacked = new long[n];
        PairStart = new int[(n * n) + 1];
    }

    /// <summary>
    /// Each team's totals over all its matches, packed (<see cref="RankingTotals.Pack"/>), kept up to date by the
    /// simulator while <see cref="PackedTracked"/>.
    /// </summary>
    public long[] TeamPacked { get; }

    /// <summary>Whether <see cref="TeamPacked"/> holds the current simulation's totals.</summary>
    public bool PackedTracked { get; set; }

    /// <summary>
    /// The entries of <see cref="TeamMatches"/> of team t against opponent o:
    /// <see cref="PairEntries"/>[<see cref="PairStart"/>[t × n + o] .. <see cref="PairStart"/>[t × n + o + 1]].
    /// </summary>
    public int[] PairStart { get; }

    /// <summary>Indices into <see cref="TeamMatches"/>, grouped by team and opponent (<see cref="PairStart"/>).</summary>
    public int[] PairEntries { get; private set; } = [];

    /// <summary>Home team index of each counted match.</summary>
    public int[] Home { get; }

    /// <summary>Away team index of each counted match.</summary>
    public int[] Away { get; }

    /// <summary>Home goals of each counted match.</summary>
    public int[] HomeGoals { get; }

    /// <summary>Away goals of each counted match.</summary>
    public int[] AwayGoals { get; }

    /// <summary>
    /// Simulated matches whose goals are still held as score cells (<see cref="PendingCells"/>): match
    /// <see cref="PendingFrom"/> + i has the score of cell <see cref="PendingCells"/>[i]. The simulator records a cell
    /// per match and the goals are written out only when a tie needs them (<see cref="EnsureGoals"/>).
    /// </summary>
    public bool GoalsPending { get; set; }

    /// <summary>The first match whose goals may be pending.</summary>
    public int PendingFrom { get; set; }

    /// <summary>The score cell of each pending match.</summary>
    public int[] PendingCells { get; private set; } = [];

    /// <summary>Home goals of each score cell.</summary>
    public int[] CellHomeGoals { get; private set; } = [];

    /// <summary>Away goals of each score cell.</summary>
    public int[] CellAwayGoals { get; private set; } = [];

    /// <summary>Sets up pending scores: <paramref name="count"/> matches from <paramref name="from"/>, cells decoded by the two tables.</summary>
    public void UsePendingCells(int from, int count, int[] cellHomeGoals, int[] cellAwayGoals)
    {
        PendingFrom = from;
        PendingCells = new int[count];
        CellHomeGoals = cellHomeGoals;
        CellAwayGoals = cellAwayGoals;
    }

    /// <summary>Writes out the goals of pending matches into <see cref="HomeGoals"/> and <see cref="AwayGoals"/>.</summary>
    public void EnsureGoals()
    {
        if (!GoalsPending)
        {
            return;
        }

        for (var i = 0; i < PendingCells.Length; i++)
        {
            HomeGoals[PendingFrom + i] = CellHomeGoals[PendingCells[i]];
            AwayGoals[PendingFrom + i] = CellAwayGoals[PendingCells[i]];
        }

        GoalsPending = false;
    }

    /// <summary>
    /// The goals of match <paramref name="m"/>, read from its score cell while the goals are pending, so that a reader
    /// of a few matches need not write out every match's goals (<see cref="EnsureGoals"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public (int Home, int Away) GoalsOf(int m)
    {
        if (GoalsPending && m >= PendingFrom)
        {
            var cell = PendingCells[m - PendingFrom];
            return (CellHomeGoals[cell], CellAwayGoals[cell]);
        }

        return (HomeGoals[m], AwayGoals[m]);
    }

    /// <summary>The number of counted matches.</summary>
    public int MatchCount { get; set; }

    /// <summary>
    /// Each team's matches (<see cref="IndexTeamMatches"/>): team t's are
    /// <see cref="TeamMatches"/>[<see cref="TeamMatchStart"/>[t] .. <see cref="TeamMatchStart"/>[t + 1]], in match order.
    /// </summary>
    public int[] TeamMatchStart { get; }

    /// <summary>The indices of each team's matches, team after team (<see cref="TeamMatchStart"/>).</summary>
    public int[] TeamMatches { get; private set; } = [];

    /// <summary>For each entry of <see cref="TeamMatches"/>: the team's opponent.</summary>
    public int[] TeamMatchOpponent { get; private set; } = [];

    /// <summary>For each entry of <see cref="TeamMatches"/>: 1 if the team plays away, else 0.</summary>
    public int[] TeamMatchAway { get; private set; } = [];

    /// <summary>
    /// For each entry of <see cref="TeamMatches"/> of a played match: the team's totals of that match, packed
    /// (<see cref="RankingTotals.Pack"/>); set by <see cref="PackTeamMatches"/>.
    /// </summary>
    public long[] TeamMatchPacked { get; private set; } = [];

    /// <summary>
    /// Per score cell and side (cell × 2, + 1 for the away team): the team's totals of a match with that score, packed
    /// (<see cref="RankingTotals.Pack"/>); empty when the totals cannot be packed (<see cref="PackTeamMatches"/>).
    /// </summary>
    public long[] CellPacked { get; private set; } = [];

    /// <summary>
    /// Packs the totals of each team's played matches and keeps <paramref name="cellPacked"/> for the pending ones, so
    /// that a team's totals over its matches are sums of packed values (<see cref="RankingTotals.Fill"/>); call after
    /// <see cref="IndexTeamMatches"/>, with the goals of the played matches set.
    /// </summary>
    public void PackTeamMatches(CompiledGroup group, long[] cellPacked)
    {
        TeamMatchPacked = new long[TeamMatches.Length];
        for (var t = 0; t + 1 < TeamMatchStart.Length; t++)
        {
            for (var i = TeamMatchStart[t]; i < TeamMatchStart[t + 1]; i++)
            {
                var m = TeamMatches[i];
                if (m < PendingFrom || PendingCells.Length == 0)
                {
                    var (mine, theirs) = Home[m] == t ? (HomeGoals[m], AwayGoals[m]) : (AwayGoals[m], HomeGoals[m]);
                    TeamMatchPacked[i] = RankingTotals.Pack(group, mine, theirs, TeamMatchAway[i]);
                }
            }
        }

        CellPacked = cellPacked;
    }

    /// <summary>
    /// Indexes each team's matches among the first <see cref="MatchCount"/> (<see cref="TeamMatchStart"/>); the teams
    /// of every match must be set, and stay fixed while only their goals change from one simulation to the next.
    /// </summary>
    public void IndexTeamMatches()
    {
        var n = TeamMatchStart.Length - 1;
        var counts = new int[n];
        for (var m = 0; m < MatchCount; m++)
        {
            counts[Home[m]]++;
            counts[Away[m]]++;
        }

        TeamMatchStart[0] = 0;
        for (var t = 0; t < n; t++)
        {
            TeamMatchStart[t + 1] = TeamMatchStart[t] + counts[t];
        }

        TeamMatches = new int[TeamMatchStart[n]];
        TeamMatchOpponent = new int[TeamMatches.Length];
        TeamMatchAway = new int[TeamMatches.Length];
        var next = TeamMatchStart[..n];
        for (var m = 0; m < MatchCount; m++)
        {
            var (h, a) = (next[Home[m]]++, next[Away[m]]++);
            (TeamMatches[h], TeamMatchOpponent[h], TeamMatchAway[h]) = (m, Away[m], 0);
            (TeamMatches[a], TeamMatchOpponent[a], TeamMatchAway[a]) = (m, Home[m], 1);
        }

        var pairs = new List<int>[n * n];
        for (var p = 0; p < pairs.Length; p++)
        {
            pairs[p] = [];
        }

        for (var t = 0; t < n; t++)
        {
            for (var i = TeamMatchStart[t]; i < TeamMatchStart[t + 1]; i++)
            {
                pairs[(t * n) + TeamMatchOpponent[i]].Add(i);
            }
        }

        PairEntries = [.. pairs.SelectMany(p => p)];
        for (var p = 0; p < pairs.Length; p++)
        {
            PairStart[p + 1] = PairStart[p] + pairs[p].Count;
        }
    }

    /// <summary>Totals over all counted matches (points before deductions).</summary>
    public Totals Overall { get; }

    /// <summary>Totals of a head-to-head mini-league.</summary>
    public Totals Scratch { get; }

    /// <summary>Membership stamps of the current mini-league.</summary>
    public int[] Member { get; }

    public int Stamp { get; set; }

    /// <summary>Each team's packed criteria key for the block being applied.</summary>
    public long[] Keys { get; }

    /// <summary>Each team's key for the first block, kept by the simulator (<see cref="FastRanker.RankFromFirstKeys"/>).</summary>
    public long[] FirstKeys { get; }

    /// <summary>The ranking: team indices, best first.</summary>
    public int[] Order { get; }

    /// <summary>
    /// Whether <see cref="Overall"/> holds the totals of the current matches; the simulator clears it for each
    /// simulated table, whose totals are then computed only if a tie needs them.
    /// </summary>
    public bool OverallReady { get; set; }

    /// <summary>Scratch space for sorting a segment of <see cref="Order"/>.</summary>
    public int[] Sorted { get; }

    /// <summary>Struct-of-arrays team totals.</summary>
    internal sealed class Totals(int n)
    {
        public int[] Points { get; } = new int[n];

        public int[] GoalsFor { get; } = new int[n];

        public int[] GoalsAgainst { get; } = new int[n];

        public int[] AwayGoalsFor { get; } = new int[n];

        public int[] Wins { get; } = new int[n];

        public int[] AwayWins { get; } = new int[n];

        public void Clear()
        {
            Array.Clear(Points);
            Array.Clear(GoalsFor);
            Array.Clear(GoalsAgainst);
            Array.Clear(AwayGoalsFor);
            Array.Clear(Wins);
            Array.Clear(AwayWins);
        }
    }
}

/// <summary>
/// Ranks a group from the results in a <see cref="RankerWorkspace"/> under a compiled tie-breaker chain, without
/// allocating. It follows exactly the rules of <see cref="StandingsCalculator"/> (block by block; a head-to-head
/// block's teams concerned are those level when it starts; re-application restarts a block on a smaller subset still
/// level; lots end the chain); a property test checks that both give the same order on random outcomes.
/// </summary>
internal static class FastRanker
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
        ResetOrder(w);
        SortAndBreakTies(group, w, w.FirstKeys, 0, w.Order.Length, 0);
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
        var tied = length <= 8 && Vector256.IsHardwareAccelerated
            ? PlaceEightWide(keys, order, start, length, sorted, sortedKeys)
            : Place(keys, order, start, length, sorted, sortedKeys);
        for (var i = 0; i < length; i++)
        {
            order[start + i] = sorted[i];
        }

        if (!tied)
        {
            return;
        }

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
