using System.Runtime.CompilerServices;

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
        TeamPendingStart = new int[n + 1];
    }

    /// <summary>
    /// Each team's packed totals (<see cref="RankingTotals.Pack"/>) over its played matches; set by
    /// <see cref="IndexPacked"/>.
    /// </summary>
    public long[] TeamPlayed { get; private set; } = [];

    /// <summary>
    /// Per pair (team × n + opponent): the team's packed totals over its played matches against the opponent; set by
    /// <see cref="IndexPacked"/>.
    /// </summary>
    public long[] PairPlayed { get; private set; } = [];

    /// <summary>
    /// Each team's simulated matches (<see cref="IndexPacked"/>): team t's are entries
    /// <see cref="TeamPendingStart"/>[t] .. <see cref="TeamPendingStart"/>[t + 1] of <see cref="TeamPending"/>.
    /// </summary>
    public int[] TeamPendingStart { get; }

    /// <summary>
    /// Per simulated match of a team, packed into one value: the match's index into <see cref="PendingCells"/> × 128,
    /// plus 64 if the team plays away, plus the opponent (below 64: <see cref="RankingTotals.CanSumPacked"/>).
    /// </summary>
    public int[] TeamPending { get; private set; } = [];

    /// <summary>
    /// Indexes each team's matches for <see cref="RankingTotals.SumWithout"/>: the played ones' packed totals summed by
    /// team (<see cref="TeamPlayed"/>) and by pair (<see cref="PairPlayed"/>), the simulated ones listed by team
    /// (<see cref="TeamPendingStart"/>), whose totals are read by score cell from <paramref name="cellPacked"/> (kept as
    /// <see cref="CellPacked"/>); call after <see cref="IndexTeamMatches"/>, with the goals of the played matches set.
    /// </summary>
    public void IndexPacked(CompiledGroup group, long[] cellPacked)
    {
        var n = TeamMatchStart.Length - 1;
        TeamPlayed = new long[n];
        PairPlayed = new long[n * n];
        var pending = new List<int>();
        for (var t = 0; t < n; t++)
        {
            TeamPendingStart[t] = pending.Count;
            for (var i = TeamMatchStart[t]; i < TeamMatchStart[t + 1]; i++)
            {
                var m = TeamMatches[i];
                if (m < PendingFrom || PendingCells.Length == 0)
                {
                    var (mine, theirs) = Home[m] == t ? (HomeGoals[m], AwayGoals[m]) : (AwayGoals[m], HomeGoals[m]);
                    var packed = RankingTotals.Pack(group, mine, theirs, TeamMatchAway[i]);
                    TeamPlayed[t] += packed;
                    PairPlayed[(t * n) + TeamMatchOpponent[i]] += packed;
                    continue;
                }

                pending.Add(((m - PendingFrom) << 7) | (TeamMatchAway[i] << 6) | (TeamMatchOpponent[i] & 63));
            }
        }

        TeamPendingStart[n] = pending.Count;
        TeamPending = [.. pending];
        CellPacked = cellPacked;
    }

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
    /// Per score cell and side (cell × 2, + 1 for the away team): the team's totals of a match with that score, packed
    /// (<see cref="RankingTotals.Pack"/>); empty when the totals cannot be packed (<see cref="IndexPacked"/>).
    /// </summary>
    public long[] CellPacked { get; private set; } = [];

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
