using Qualify.Domain.Standings;

namespace Qualify.Simulation;

/// <summary>
/// A ranking across groups' criteria key (12 bits a criterion, value + 2048, the first criterion highest: the key
/// <see cref="StageWorker"/> compares) as one linear function of a team's packed totals
/// (<see cref="RankingTotals.Pack"/>): every criterion is a field of the totals (points, goals for, away goals for,
/// wins, away wins), a difference of two (goal difference), or a constant of the team (its deduction, fair-play points,
/// drawing of lots). So a candidate's key is its packed sum's six fields times fixed weights plus its team's constant,
/// with no branch on the criteria. Built only where every value provably fits its 12-bit field.
/// </summary>
internal sealed class RankingKeys
{
    private const int FieldBits = 12;
    private const int FieldOffset = 2048;
    private readonly long[] _weights;
    private readonly long[][] _base;
    private readonly bool _firstThreeOnly;

    private RankingKeys(long[] weights, long[][] bases, int[] discardFrom)
    {
        _weights = weights;
        _firstThreeOnly = RankingTotals.FirstThreeOnly(weights);
        _base = bases;
        DiscardFrom = discardFrom;
    }

    /// <summary>Per ranked group: the first position of its order whose teams' matches the discard rule leaves out.</summary>
    public int[] DiscardFrom { get; }

    /// <summary>
    /// The keys of <paramref name="ranking"/>, or <see langword="null"/> where they cannot be linear: more than five
    /// criteria, a group of teams resolved in each simulation, or a value that may leave its field.
    /// </summary>
    public static RankingKeys? For(StagePlan plan, RankingPlan ranking)
    {
        var steps = ranking.Steps;
        if (steps.Length > 5 || ranking.Groups.Any(g => plan.Groups[g].Open is not null))
        {
            return null;
        }

        var weights = new long[6];
        var bases = new long[ranking.Groups.Length][];
        var discardFrom = new int[ranking.Groups.Length];
        for (var s = 0; s < steps.Length; s++)
        {
            var unit = 1L << (FieldBits * (steps.Length - 1 - s));
            switch (steps[s])
            {
                case TieBreakCriterion.Points: weights[0] += unit; break;
                case TieBreakCriterion.GoalDifference: weights[1] += unit; weights[2] -= unit; break;
                case TieBreakCriterion.GoalsFor: weights[1] += unit; break;
                case TieBreakCriterion.AwayGoalsFor: weights[3] += unit; break;
                case TieBreakCriterion.Wins: weights[4] += unit; break;
                case TieBreakCriterion.AwayWins: weights[5] += unit; break;
                default: break;
            }
        }

        const int fieldMax = (1 << RankingTotals.PackedBits) - 1;
        for (var k = 0; k < ranking.Groups.Length; k++)
        {
            var groupPlan = plan.Groups[ranking.Groups[k]];
            var group = groupPlan.Simulator.Group;
            var n = group.TeamCount;
            discardFrom[k] = RankingTotals.DiscardedFrom(ranking, n);
            bases[k] = new long[n];
            for (var t = 0; t < n; t++)
            {
                long constant = 0;
                for (var s = 0; s < steps.Length; s++)
                {
                    // The criterion's constant part for this team, and the range its value spans over fields 0..1023.
                    var (fixedPart, low, high) = steps[s] switch
                    {
                        TieBreakCriterion.Points => (-group.Deduction[t], -group.Deduction[t], fieldMax - group.Deduction[t]),
                        TieBreakCriterion.GoalDifference => (0, -fieldMax, fieldMax),
                        TieBreakCriterion.GoalsFor or TieBreakCriterion.AwayGoalsFor or TieBreakCriterion.Wins or TieBreakCriterion.AwayWins => (0, 0, fieldMax),
                        TieBreakCriterion.FairPlay => (group.FairPlay[t], group.FairPlay[t], group.FairPlay[t]),
                        _ => (-plan.LotsRank[groupPlan.Global[t]], -plan.LotsRank[groupPlan.Global[t]], -plan.LotsRank[groupPlan.Global[t]]),
                    };
                    if (low + FieldOffset < 0 || high + FieldOffset >= 1 << FieldBits)
                    {
                        return null;
                    }

                    constant += (long)(fixedPart + FieldOffset) << (FieldBits * (steps.Length - 1 - s));
                }

                bases[k][t] = constant;
            }
        }

        return new RankingKeys(weights, bases, discardFrom);
    }

    /// <summary>The key of local team <paramref name="team"/> of ranked group <paramref name="k"/> with packed totals <paramref name="sum"/>.</summary>
    public long Key(int k, int team, long sum) => _base[k][team] + RankingTotals.Linear(sum, _weights, _firstThreeOnly);
}
