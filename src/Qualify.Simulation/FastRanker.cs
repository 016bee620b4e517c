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
        Order = new int[n];
    }

    /// <summary>Home team index of each counted match.</summary>
    public int[] Home { get; }

    /// <summary>Away team index of each counted match.</summary>
    public int[] Away { get; }

    /// <summary>Home goals of each counted match.</summary>
    public int[] HomeGoals { get; }

    /// <summary>Away goals of each counted match.</summary>
    public int[] AwayGoals { get; }

    /// <summary>The number of counted matches.</summary>
    public int MatchCount { get; set; }

    /// <summary>Totals over all counted matches (points before deductions).</summary>
    public Totals Overall { get; }

    /// <summary>Totals of a head-to-head mini-league.</summary>
    public Totals Scratch { get; }

    /// <summary>Membership stamps of the current mini-league.</summary>
    public int[] Member { get; }

    public int Stamp { get; set; }

    /// <summary>Each team's packed criteria key for the block being applied.</summary>
    public long[] Keys { get; }

    /// <summary>The ranking: team indices, best first.</summary>
    public int[] Order { get; }

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
    public static void ComputeOverall(CompiledGroup group, RankerWorkspace w) => Accumulate(group, w, w.Overall, restrict: false);

    /// <summary>Ranks the group into <see cref="RankerWorkspace.Order"/>; <see cref="ComputeOverall"/> must have run.</summary>
    public static void Rank(CompiledGroup group, RankerWorkspace w)
    {
        var order = w.Order;
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        RankSegment(group, w, 0, order.Length, 0);
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

        var steps = group.Steps[block];
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

        // Each team's criteria of this block packed into one 64-bit key, 12 bits per criterion (values offset into
        // 0…4095, ample for points, goals and fair-play points; at most five criteria, the most any preset has),
        // so that sorting and finding ties compare one number.
        var keys = w.Keys;
        for (var i = start; i < start + length; i++)
        {
            var t = order[i];
            long key = 0;
            for (var s = 0; s < steps.Length; s++)
            {
                var skip = group.OnlyWhenTwo[block][s] && length != 2;
                var v = skip ? 0 : Value(group, totals, steps[s], t, overall: !group.HeadToHead[block]);
                key = (key << 12) | (uint)(Math.Clamp(v, -2048, 2047) + 2048);
            }

            keys[t] = key;
        }

        // Insertion sort, best first: n is small (a group), and the sort is stable.
        for (var i = start + 1; i < start + length; i++)
        {
            var team = order[i];
            var key = keys[team];
            var j = i - 1;
            while (j >= start && keys[order[j]] < key)
            {
                order[j + 1] = order[j];
                j--;
            }

            order[j + 1] = team;
        }

        var runStart = start;
        while (runStart < start + length)
        {
            var runEnd = runStart + 1;
            var runKey = keys[order[runStart]];
            while (runEnd < start + length && keys[order[runEnd]] == runKey)
            {
                runEnd++;
            }

            var runLength = runEnd - runStart;
            if (runLength > 1)
            {
                var next = group.Reapply[block] && runLength < length ? block : block + 1;
                RankSegment(group, w, runStart, runLength, next);
            }

            runStart = runEnd;
        }
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

    private static int Value(CompiledGroup group, RankerWorkspace.Totals totals, TieBreakCriterion criterion, int team, bool overall) => criterion switch
    {
        TieBreakCriterion.Points => totals.Points[team] - (overall ? group.Deduction[team] : 0),
        TieBreakCriterion.GoalDifference => totals.GoalsFor[team] - totals.GoalsAgainst[team],
        TieBreakCriterion.GoalsFor => totals.GoalsFor[team],
        TieBreakCriterion.AwayGoalsFor => totals.AwayGoalsFor[team],
        TieBreakCriterion.Wins => totals.Wins[team],
        TieBreakCriterion.AwayWins => totals.AwayWins[team],
        TieBreakCriterion.FairPlay => group.FairPlay[team],
        _ => 0,
    };

    private static void Accumulate(CompiledGroup group, RankerWorkspace w, RankerWorkspace.Totals totals, bool restrict)
    {
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
