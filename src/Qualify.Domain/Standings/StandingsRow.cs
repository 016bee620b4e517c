using System.Collections.Immutable;
using Qualify.Domain.Competitions;

namespace Qualify.Domain.Standings;

/// <summary>One team's line in a group table.</summary>
public sealed record StandingsRow
{
    /// <summary>The final position, 1-based.</summary>
    public required int Position { get; init; }

    /// <summary>The team.</summary>
    public required string Team { get; init; }

    /// <summary>Matches played.</summary>
    public required int Played { get; init; }

    /// <summary>Matches won.</summary>
    public required int Won { get; init; }

    /// <summary>Matches drawn.</summary>
    public required int Drawn { get; init; }

    /// <summary>Matches lost.</summary>
    public required int Lost { get; init; }

    /// <summary>Goals scored.</summary>
    public required int GoalsFor { get; init; }

    /// <summary>Goals conceded.</summary>
    public required int GoalsAgainst { get; init; }

    /// <summary>Goals scored minus goals conceded.</summary>
    public int GoalDifference => GoalsFor - GoalsAgainst;

    /// <summary>Points, after <see cref="Deduction"/>.</summary>
    public required int Points { get; init; }

    /// <summary>Points deducted by decisions (zero or positive).</summary>
    public int Deduction { get; init; }

    /// <summary>What this position leads to.</summary>
    public required SlotRule Slot { get; init; }

    /// <summary>What separated this team from the team directly below; <see langword="null"/> for the last row.</summary>
    public Separation? DecidedBy { get; init; }
}

/// <summary>
/// The criterion that separated two adjacent teams, with each side's value: "goal difference +16 vs +9".
/// </summary>
/// <param name="Scope">Overall or head-to-head.</param>
/// <param name="Criterion">The criterion that first differed.</param>
/// <param name="Upper">The value of the team placed higher, as shown.</param>
/// <param name="Lower">The value of the team placed lower, as shown.</param>
public sealed record Separation(TieBreakScope Scope, TieBreakCriterion Criterion, string Upper, string Lower)
{
    /// <summary>The criterion's label, for example "head-to-head points".</summary>
    public string Label => TieBreakText.Label(Scope, Criterion);

    /// <inheritdoc />
    public override string ToString() => Criterion == TieBreakCriterion.Lots ? Label : $"{Label} {Upper} vs {Lower}";
}

/// <summary>A group's table at a date.</summary>
/// <param name="Group">The group's name.</param>
/// <param name="Rows">The rows, in position order.</param>
/// <param name="MatchesPlayed">Matches counted in the table.</param>
/// <param name="MatchesRemaining">Matches of the group not yet played at the date.</param>
public sealed record GroupStandings(string Group, ImmutableArray<StandingsRow> Rows, int MatchesPlayed, int MatchesRemaining)
{
    /// <summary>Whether a drawing of lots decided any position.</summary>
    public bool DecidedByLots => Rows.Any(r => r.DecidedBy?.Criterion == TieBreakCriterion.Lots);
}
