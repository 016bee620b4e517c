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
