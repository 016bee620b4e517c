using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Qualify.Domain.Competitions;
using Qualify.Domain.Standings;

namespace Qualify.Simulation;

/// <summary>A team's totals in a ranking across groups, as that ranking's criteria read them.</summary>
internal static class RankingTotals
{
    /// <summary>
    /// Writes into <paramref name="values"/> the criteria values of the team at the ranking's position in group
    /// <paramref name="g"/>: over its matches in the workspace, less those against teams the discard rule names.
    /// </summary>
    /// <param name="plan">The competition's plan.</param>
    /// <param name="ranking">The ranking.</param>
    /// <param name="g">The group plan.</param>
    /// <param name="w">The group's simulated table.</param>
    /// <param name="teams">The global team in each of the group's local places in this simulation.</param>
    /// <param name="values">Receives the criteria values.</param>
    /// <remarks>
    /// Sums packed totals where they fit (<see cref="SumWithout"/>), else the team's matches from their goals, read
    /// from their score cells while pending (<see cref="RankerWorkspace.GoalsOf"/>). The same sums as over every match
    /// of the group.
    /// </remarks>
    public static void Fill(StagePlan plan, RankingPlan ranking, int g, RankerWorkspace w, int[] teams, Span<long> values)
    {
        var group = plan.Groups[g].Simulator.Group;
        var n = group.TeamCount;
        var order = w.Order;
        var team = order[ranking.Ranking.Position - 1];
        var discardedFrom = DiscardedFrom(ranking, n);
        (int Points, int GoalsFor, int GoalsAgainst, int AwayGoalsFor, int Wins, int AwayWins) totals;
        if (CanSumPacked(w))
        {
            totals = Unpack(SumWithout(w, team, order.AsSpan(discardedFrom)));
        }
        else
        {
            Span<int> dropped = stackalloc int[n];
            for (var p = discardedFrom; p < n; p++)
            {
                dropped[order[p]] = 1;
            }

            totals = Sums(group, w, team, dropped);
        }

        var (points, goalsFor, goalsAgainst, awayGoalsFor, wins, awayWins) = totals;

        for (var s = 0; s < ranking.Steps.Length; s++)
        {
            values[s] = ranking.Steps[s] switch
            {
                TieBreakCriterion.Points => points - group.Deduction[team],
                TieBreakCriterion.GoalDifference => goalsFor - goalsAgainst,
                TieBreakCriterion.GoalsFor => goalsFor,
                TieBreakCriterion.AwayGoalsFor => awayGoalsFor,
                TieBreakCriterion.Wins => wins,
                TieBreakCriterion.AwayWins => awayWins,
                TieBreakCriterion.FairPlay => group.FairPlay[team],
                _ => -plan.LotsRank[teams[team]],
            };
        }
    }

    /// <summary>The team's totals over its matches not against a dropped team, from their goals.</summary>
    internal static (int Points, int GoalsFor, int GoalsAgainst, int AwayGoalsFor, int Wins, int AwayWins) Sums(
        CompiledGroup group, RankerWorkspace w, int team, ReadOnlySpan<int> dropped)
    {
        var matches = w.TeamMatches;
        var opponent = w.TeamMatchOpponent;
        var away = w.TeamMatchAway;
        var (win, draw, loss) = (group.Win, group.Draw, group.Loss);

        // Branch-free sums (the team and its opponents change from one simulation to the next, so branches on them
        // would be mispredicted): each match counts with weight 1, or 0 against a discarded team.
        int points = 0, goalsFor = 0, goalsAgainst = 0, awayGoalsFor = 0, wins = 0, awayWins = 0;
        for (var i = w.TeamMatchStart[team]; i < w.TeamMatchStart[team + 1]; i++)
        {
            var m = matches[i];
            var atAway = away[i];
            var keep = 1 - dropped[opponent[i]];
            var (homeGoals, awayGoals) = w.GoalsOf(m);
            var mine = homeGoals + ((awayGoals - homeGoals) * atAway);
            var theirs = homeGoals + awayGoals - mine;
            var won = mine > theirs ? 1 : 0;
            var drew = mine == theirs ? 1 : 0;
            goalsFor += keep * mine;
            goalsAgainst += keep * theirs;
            points += keep * ((won * win) + (drew * draw) + ((1 - won - drew) * loss));
            wins += keep * won;
            awayGoalsFor += keep * atAway * mine;
            awayWins += keep * atAway * won;
        }
        return (points, goalsFor, goalsAgainst, awayGoalsFor, wins, awayWins);
    }

    /// <summary>
    /// Whether <see cref="SumWithout"/> applies to the workspace: its matches' totals can be packed
    /// (<see cref="RankerWorkspace.CellPacked"/>, indexed by <see cref="RankerWorkspace.IndexPacked"/>) and its teams fit
    /// the 64 bits of a set of dropped teams.
    /// </summary>
    public static bool CanSumPacked(RankerWorkspace w) => w.CellPacked.Length > 0 && w.TeamPlayed.Length is > 0 and <= 64;

    /// <summary>
    /// The packed totals (<see cref="Pack"/>) of <paramref name="team"/> over its matches not against the local teams
    /// <paramref name="dropped"/>: its played matches' totals (<see cref="RankerWorkspace.TeamPlayed"/>) less those
    /// against each dropped team (<see cref="RankerWorkspace.PairPlayed"/>), plus its simulated matches' totals by score
    /// cell (<see cref="RankerWorkspace.TeamPendingStart"/>), each masked to zero against a dropped team, so that no
    /// branch depends on the simulated table. Requires <see cref="CanSumPacked"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long SumWithout(RankerWorkspace w, int team, ReadOnlySpan<int> dropped)
    {
        var n = w.TeamPlayed.Length;
        var sum = w.TeamPlayed[team];
        var droppedSet = 0UL;
        foreach (var opponent in dropped)
        {
            droppedSet |= 1UL << opponent;
            sum -= w.PairPlayed[(team * n) + opponent];
        }

        // Trusted indices (each entry's cell slot and side were set from the workspace's matches, every cell drawn is a
        // cell of the table): no bounds checks.
        ref var cells0 = ref MemoryMarshal.GetArrayDataReference(w.PendingCells);
        ref var packed0 = ref MemoryMarshal.GetArrayDataReference(w.CellPacked);
        var pending = w.TeamPending;
        for (var i = w.TeamPendingStart[team]; i < w.TeamPendingStart[team + 1]; i++)
        {
            var entry = pending[i];

            // All ones when the opponent is kept, zero when it is dropped.
            var keep = (long)((droppedSet >> (entry & 63)) & 1) - 1;
            sum += Unsafe.Add(ref packed0, (Unsafe.Add(ref cells0, entry >> 7) * 2) + ((entry >> 6) & 1)) & keep;
        }

        return sum;
    }

    /// <summary>Bits per total in a packed value (<see cref="Pack"/>).</summary>
    public const int PackedBits = 10;

    /// <summary>
    /// Whether every total of a team fits a packed field: at most <paramref name="mostMatches"/> matches a team, at most
    /// <paramref name="goalsBound"/> goals a side in a match and <paramref name="maxPerMatch"/> points a match.
    /// </summary>
    public static bool CanPack(int mostMatches, int goalsBound, int maxPerMatch) =>
        (long)mostMatches * Math.Max(goalsBound, maxPerMatch) < 1 << PackedBits;

    /// <summary>
    /// A team's totals of one match, packed <see cref="PackedBits"/> bits each (points, goals for, goals against, away
    /// goals for, wins, away wins, lowest first), so that totals over matches are sums while each stays below 2^10
    /// (<see cref="CanPack"/>).
    /// </summary>
    /// <param name="group">The group (its points for a win, draw and loss, all non-negative).</param>
    /// <param name="mine">The team's goals.</param>
    /// <param name="theirs">The opponent's goals.</param>
    /// <param name="atAway">1 if the team played away, else 0.</param>
    public static long Pack(CompiledGroup group, int mine, int theirs, int atAway)
    {
        var won = mine > theirs ? 1 : 0;
        var points = mine > theirs ? group.Win : mine == theirs ? group.Draw : group.Loss;
        return (long)points | ((long)mine << PackedBits) | ((long)theirs << (2 * PackedBits)) | ((long)(atAway * mine) << (3 * PackedBits))
            | ((long)won << (4 * PackedBits)) | ((long)(atAway * won) << (5 * PackedBits));
    }

    /// <summary>
    /// A linear function of the six totals of a packed sum (<see cref="Pack"/>): Σ <paramref name="weights"/>[f] × total f.
    /// With <paramref name="firstThreeOnly"/> (the last three weights are zero: points and goals only, the usual first
    /// criteria) the away goals, wins and away wins are not read.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Linear(long packed, long[] weights, bool firstThreeOnly)
    {
        const long mask = (1 << PackedBits) - 1;
        var value = FirstThree(packed, weights[0], weights[1], weights[2]);
        if (!firstThreeOnly)
        {
            value += (weights[3] * ((packed >> (3 * PackedBits)) & mask))
                + (weights[4] * ((packed >> (4 * PackedBits)) & mask))
                + (weights[5] * ((packed >> (5 * PackedBits)) & mask));
        }

        return value;
    }

    /// <summary>The first three terms of <see cref="Linear"/>: points, goals for and goals against, each times its weight.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long FirstThree(long packed, long points, long goalsFor, long goalsAgainst)
    {
        const long mask = (1 << PackedBits) - 1;
        return (points * (packed & mask)) + (goalsFor * ((packed >> PackedBits) & mask)) + (goalsAgainst * ((packed >> (2 * PackedBits)) & mask));
    }

    /// <summary>Whether a linear function's weights (<see cref="Linear"/>) read only the first three totals.</summary>
    public static bool FirstThreeOnly(long[] weights) => weights[3] == 0 && weights[4] == 0 && weights[5] == 0;

    /// <summary>The six totals of a sum of packed values (<see cref="Pack"/>).</summary>
    public static (int Points, int GoalsFor, int GoalsAgainst, int AwayGoalsFor, int Wins, int AwayWins) Unpack(long packed) =>
        (Field(packed, 0), Field(packed, 1), Field(packed, 2), Field(packed, 3), Field(packed, 4), Field(packed, 5));

    private static int Field(long packed, int index) => (int)((packed >> (index * PackedBits)) & ((1 << PackedBits) - 1));

    /// <summary>
    /// The first position (0-based) of the group's order whose team's matches the discard rule leaves out: the teams
    /// from there to the last place are discarded (none when it is the group's size <paramref name="n"/>).
    /// </summary>
    internal static int DiscardedFrom(RankingPlan ranking, int n) => ranking.Ranking.Discard switch
    {
        DiscardRule.LastPlaced => n - 1,
        DiscardRule.BeyondSmallestGroup => Math.Min(ranking.Smallest, n),
        _ => n,
    };
}
