using System.Collections.Immutable;

namespace Qualify.Domain.Standings;

/// <summary>A statistic by which teams level on what came before are separated. Higher is always better.</summary>
public enum TieBreakCriterion
{
    /// <summary>Points, after deductions.</summary>
    Points,

    /// <summary>Goals scored minus goals conceded.</summary>
    GoalDifference,

    /// <summary>Goals scored.</summary>
    GoalsFor,

    /// <summary>Goals scored as the away (second-named) team.</summary>
    AwayGoalsFor,

    /// <summary>Matches won.</summary>
    Wins,

    /// <summary>Matches won as the away team.</summary>
    AwayWins,

    /// <summary>Fair-play points as supplied by the definition (negative: deductions for cards), higher is better.</summary>
    FairPlay,

    /// <summary>Drawing of lots, simulated deterministically from a seed.</summary>
    Lots,
}

/// <summary>Which matches a criterion is computed over.</summary>
public enum TieBreakScope
{
    /// <summary>All the group's matches.</summary>
    Overall,

    /// <summary>Only the matches among the teams concerned (a head-to-head mini-league).</summary>
    HeadToHead,
}

/// <summary>One criterion of a chain, over a scope.</summary>
/// <param name="Criterion">The statistic compared.</param>
/// <param name="OnlyWhenTwoTeamsConcerned">
/// The criterion applies only when exactly two teams are concerned (for example away goals in CONCACAF's regulation);
/// otherwise it is skipped.
/// </param>
public sealed record TieBreakStep(TieBreakCriterion Criterion, bool OnlyWhenTwoTeamsConcerned = false);

/// <summary>
/// Consecutive criteria computed over the same scope and the same set of teams concerned: the teams level
/// when the block is entered. A head-to-head block with <paramref name="ReapplyToSubsets"/> restarts on any
/// smaller subset still level after its last criterion, with a mini-league of that subset only (UEFA style).
/// </summary>
public sealed record TieBreakBlock(TieBreakScope Scope, ImmutableArray<TieBreakStep> Steps, bool ReapplyToSubsets = false);

/// <summary>
/// An ordered chain of tie-breaking blocks. Every chain ends with drawing of lots, added if missing, so that
/// a table is always a strict order.
/// </summary>
public sealed record TieBreakerChain
{
    /// <summary>Creates a chain of <paramref name="blocks"/>, appending drawing of lots if the last block is not lots.</summary>
    public TieBreakerChain(string name, IEnumerable<TieBreakBlock> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        Name = name;
        var list = blocks.ToList();
        if (list.Count == 0 || list[^1].Steps is not [{ Criterion: TieBreakCriterion.Lots }])
        {
            list.Add(new TieBreakBlock(TieBreakScope.Overall, [new TieBreakStep(TieBreakCriterion.Lots)]));
        }

        Blocks = [.. list];
    }

    /// <summary>The preset's name, or "custom".</summary>
    public string Name { get; }

    /// <summary>The blocks in order of application.</summary>
    public ImmutableArray<TieBreakBlock> Blocks { get; }

    /// <summary>A readable summary: "points, goal difference, … , drawing of lots".</summary>
    public string Describe() => string.Join(", ", Blocks.SelectMany(b => b.Steps.Select(s => TieBreakText.Label(b.Scope, s.Criterion)
        + (s.OnlyWhenTwoTeamsConcerned ? " (two teams only)" : string.Empty)))
        .Concat(Blocks.Any(b => b.ReapplyToSubsets) ? ["(head-to-head re-applied to subsets still level)"] : []));
}

/// <summary>Labels for criteria, used in "decided by" descriptions.</summary>
public static class TieBreakText
{
    /// <summary>The label of a criterion in a scope, for example "head-to-head goal difference".</summary>
    public static string Label(TieBreakScope scope, TieBreakCriterion criterion)
    {
        var name = criterion switch
        {
            TieBreakCriterion.Points => "points",
            TieBreakCriterion.GoalDifference => "goal difference",
            TieBreakCriterion.GoalsFor => "goals scored",
            TieBreakCriterion.AwayGoalsFor => "away goals",
            TieBreakCriterion.Wins => "wins",
            TieBreakCriterion.AwayWins => "away wins",
            TieBreakCriterion.FairPlay => "fair play",
            TieBreakCriterion.Lots => "drawing of lots",
            _ => throw new ArgumentOutOfRangeException(nameof(criterion), criterion, null),
        };
        return scope == TieBreakScope.HeadToHead && criterion is not (TieBreakCriterion.FairPlay or TieBreakCriterion.Lots)
            ? "head-to-head " + name
            : name;
    }

    /// <summary>A value as shown in a separation: goal differences carry a sign ("+16", "-3", "0").</summary>
    public static string Value(TieBreakCriterion criterion, int value) =>
        criterion == TieBreakCriterion.GoalDifference && value > 0
            ? "+" + value.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
