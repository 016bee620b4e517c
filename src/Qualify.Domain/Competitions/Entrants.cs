using System.Globalization;

namespace Qualify.Domain.Competitions;

/// <summary>
/// A place in a group or a knockout tie: a team named by the definition, or a place that an earlier stage fills (a
/// group position, a rank of a ranking across groups, the winner or loser of a tie).
/// </summary>
public abstract record Entrant
{
    /// <summary>The team in this place when the definition names it; <see langword="null"/> while the place is open.</summary>
    public abstract string? Team { get; }

    /// <summary>The place in words, for example "3rd in group A" or "winner of Semi-final 1".</summary>
    public abstract string Describe();

    /// <summary>An ordinal such as "1st", "2nd", "3rd", "11th".</summary>
    public static string Ordinal(int n) => n.ToString(CultureInfo.InvariantCulture) + ((n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch
    {
        1 => "st",
        2 => "nd",
        3 => "rd",
        _ => "th",
    });
}

/// <summary>A team the definition names directly.</summary>
/// <param name="Name">The team, as the dataset spells it.</param>
public sealed record TeamEntrant(string Name) : Entrant
{
    /// <inheritdoc />
    public override string? Team => Name;

    /// <inheritdoc />
    public override string Describe() => Name;
}

/// <summary>The team that finishes at <paramref name="Position"/> in group <paramref name="Group"/> of an earlier stage.</summary>
/// <param name="Stage">The stage of the group, when the group's name alone is ambiguous.</param>
/// <param name="Group">The group's name.</param>
/// <param name="Position">The final position, 1-based.</param>
/// <param name="Filled">The team that filled the place, when the definition records it.</param>
public sealed record GroupPositionEntrant(string? Stage, string Group, int Position, string? Filled) : Entrant
{
    /// <inheritdoc />
    public override string? Team => Filled;

    /// <inheritdoc />
    public override string Describe() => $"{Ordinal(Position)} in group {Group}" + (Stage is null ? string.Empty : $" ({Stage})");
}

/// <summary>The team ranked <paramref name="Rank"/> in the ranking across groups called <paramref name="Ranking"/>.</summary>
/// <param name="Ranking">The ranking's name.</param>
/// <param name="Rank">The rank, 1-based.</param>
/// <param name="Filled">The team that filled the place, when the definition records it.</param>
public sealed record RankingEntrant(string Ranking, int Rank, string? Filled) : Entrant
{
    /// <inheritdoc />
    public override string? Team => Filled;

    /// <inheritdoc />
    public override string Describe() => $"{Ordinal(Rank)} of {Ranking}";
}

/// <summary>The winner (or the loser) of the knockout tie called <paramref name="Tie"/>.</summary>
/// <param name="Tie">The tie's name.</param>
/// <param name="Winner"><see langword="true"/> for the winner, <see langword="false"/> for the loser.</param>
/// <param name="Filled">The team that filled the place, when the definition records it.</param>
public sealed record TieEntrant(string Tie, bool Winner, string? Filled) : Entrant
{
    /// <inheritdoc />
    public override string? Team => Filled;

    /// <inheritdoc />
    public override string Describe() => (Winner ? "winner of " : "loser of ") + Tie;
}

/// <summary>
/// The team of ranking <paramref name="Ranking"/> that its allocation table (<see cref="CrossGroupRanking.Allocation"/>)
/// sends against <paramref name="Against"/>, for example the third-placed team that meets the winner of group E.
/// </summary>
/// <param name="Ranking">The ranking's name.</param>
/// <param name="Against">The opponent's place in the table, for example "1E".</param>
/// <param name="Filled">The team that filled the place, when the definition records it.</param>
public sealed record AllocatedEntrant(string Ranking, string Against, string? Filled) : Entrant
{
    /// <inheritdoc />
    public override string? Team => Filled;

    /// <inheritdoc />
    public override string Describe() => $"the team of {Ranking} allocated against {Against}";
}
