using System.Collections.Immutable;
using Qualify.Domain.Competitions;
using Qualify.Domain.Standings;

namespace Qualify.Simulation;

/// <summary>
/// A group prepared for fast ranking: teams as indices 0…n−1, the tie-breaker chain as flat arrays, deductions,
/// fair-play points and the seeded lots order. Built once from validated domain objects (trusted thereafter,
/// as in NodaTime's internal constructors), then shared read-only by every simulation thread.
/// </summary>
internal sealed class CompiledGroup
{
    public CompiledGroup(ImmutableArray<string> teams, PointsScheme points, TieBreakerChain chain,
        IReadOnlyDictionary<string, int> deductions, IReadOnlyDictionary<string, int> fairPlay, int lotsSeed)
    {
        Teams = teams;
        TeamCount = teams.Length;
        Win = points.Win;
        Draw = points.Draw;
        Loss = points.Loss;
        Deduction = [.. teams.Select(t => deductions.GetValueOrDefault(t))];
        FairPlay = [.. teams.Select(t => fairPlay.GetValueOrDefault(t))];
        var lots = teams.Select((t, i) => (Index: i, Lot: StandingsCalculator.Lot(lotsSeed, t))).OrderBy(x => x.Lot).ToList();
        LotsRank = new int[TeamCount];
        for (var r = 0; r < lots.Count; r++)
        {
            LotsRank[lots[r].Index] = r;
        }

        var blocks = chain.Blocks;
        BlockCount = blocks.Length;
        HeadToHead = [.. blocks.Select(b => b.Scope == TieBreakScope.HeadToHead)];
        Reapply = [.. blocks.Select(b => b.ReapplyToSubsets)];
        IsLots = [.. blocks.Select(b => b.Steps is [{ Criterion: TieBreakCriterion.Lots }])];
        Steps = [.. blocks.Select(b => b.Steps.Select(s => s.Criterion).ToArray())];
        OnlyWhenTwo = [.. blocks.Select(b => b.Steps.Select(s => s.OnlyWhenTwoTeamsConcerned).ToArray())];
        MaxSteps = Steps.Max(s => s.Length);
        if (MaxSteps > 5)
        {
            throw new ArgumentException($"the simulator packs at most five consecutive criteria of one scope; chain '{chain.Name}' has {MaxSteps}", nameof(chain));
        }

        KeyCoefficients = new long[BlockCount * 2][];
        KeyConstants = new long[BlockCount * 2][];
        for (var b = 0; b < BlockCount; b++)
        {
            for (var two = 0; two < 2; two++)
            {
                (KeyCoefficients[(b * 2) + two], KeyConstants[(b * 2) + two]) = LinearKey(b, two == 1);
            }
        }
    }

    /// <summary>The six team totals a criterion can read, in the order of <see cref="KeyCoefficients"/>.</summary>
    public const int KeyFields = 6;

    /// <summary>Bits per criterion in a block's packed key; a criterion's value must lie in [−2048, 2047].</summary>
    public const int KeyBits = 12;

    /// <summary>
    /// Per block and per case (index block × 2, + 1 when exactly two teams are concerned): the coefficients of points,
    /// goals for, goals against, away goals for, wins and away wins in the block's packed key. The key of a team is
    /// Σ coefficient × total + <see cref="KeyConstants"/>[team]: each criterion's value, offset by 2048, in its own
    /// 12 bits (the first criterion highest), so that one comparison of keys applies the whole block.
    /// </summary>
    public long[][] KeyCoefficients { get; }

    /// <summary>
    /// The team-specific part of each key (same indexing as <see cref="KeyCoefficients"/>): the 2048 offsets, minus
    /// deductions on overall points, plus fair-play points.
    /// </summary>
    public long[][] KeyConstants { get; }

    /// <summary>A team's key for a block and case (index as in <see cref="KeyCoefficients"/>) from its totals.</summary>
    public long Key(int caseIndex, RankerWorkspace.Totals totals, int team)
    {
        var k = KeyCoefficients[caseIndex];
        return (k[0] * totals.Points[team]) + (k[1] * totals.GoalsFor[team]) + (k[2] * totals.GoalsAgainst[team])
            + (k[3] * totals.AwayGoalsFor[team]) + (k[4] * totals.Wins[team]) + (k[5] * totals.AwayWins[team])
            + KeyConstants[caseIndex][team];
    }

    private (long[] Coefficients, long[] Constants) LinearKey(int block, bool twoTeams)
    {
        var coefficients = new long[KeyFields];
        var constants = new long[TeamCount];
        var steps = Steps[block];
        for (var s = 0; s < steps.Length; s++)
        {
            var shift = KeyBits * (steps.Length - 1 - s);
            var weight = 1L << shift;
            for (var t = 0; t < TeamCount; t++)
            {
                constants[t] += 2048L << shift;
            }

            if (OnlyWhenTwo[block][s] && !twoTeams)
            {
                continue;
            }

            AddCriterion(steps[s], block, weight, coefficients, constants);
        }

        return (coefficients, constants);
    }

    /// <summary>
    /// Adds criterion <paramref name="criterion"/> of block <paramref name="block"/>, at place value
    /// <paramref name="weight"/> in the packed key, to a key's coefficients (in the order of <see cref="KeyCoefficients"/>)
    /// and team constants (<see cref="KeyConstants"/>): goal difference is goals for minus goals against; points carry
    /// the deductions when counted over all matches, not head-to-head; fair play is a constant per team.
    /// </summary>
    private void AddCriterion(TieBreakCriterion criterion, int block, long weight, long[] coefficients, long[] constants)
    {
        switch (criterion)
        {
            case TieBreakCriterion.Points:
                coefficients[0] += weight;
                if (!HeadToHead[block])
                {
                    for (var t = 0; t < TeamCount; t++)
                    {
                        constants[t] -= Deduction[t] * weight;
                    }
                }

                break;
            case TieBreakCriterion.GoalDifference:
                coefficients[1] += weight;
                coefficients[2] -= weight;
                break;
            case TieBreakCriterion.GoalsFor:
                coefficients[1] += weight;
                break;
            case TieBreakCriterion.AwayGoalsFor:
                coefficients[3] += weight;
                break;
            case TieBreakCriterion.Wins:
                coefficients[4] += weight;
                break;
            case TieBreakCriterion.AwayWins:
                coefficients[5] += weight;
                break;
            case TieBreakCriterion.FairPlay:
                for (var t = 0; t < TeamCount; t++)
                {
                    constants[t] += FairPlay[t] * weight;
                }

                break;
            default:
                break;
        }
    }

    public ImmutableArray<string> Teams { get; }

    public int TeamCount { get; }

    public int Win { get; }

    public int Draw { get; }

    public int Loss { get; }

    public int[] Deduction { get; }

    public int[] FairPlay { get; }

    /// <summary>Each team's place in the drawing of lots (0 drawn first, i.e. ranked higher).</summary>
    public int[] LotsRank { get; }

    public int BlockCount { get; }

    public bool[] HeadToHead { get; }

    public bool[] Reapply { get; }

    public bool[] IsLots { get; }

    public TieBreakCriterion[][] Steps { get; }

    public bool[][] OnlyWhenTwo { get; }

    public int MaxSteps { get; }
}
