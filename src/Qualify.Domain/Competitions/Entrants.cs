using System.Collections.Immutable;
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

/// <summary>
/// An ordered list of teams from outside the competition's own results, of which the first ones that did not finish in
/// the top places of their group take places in a later stage: UEFA's Nations League entrants to the World Cup
/// play-offs ("the best-ranked Nations League group winners, by the Nations League overall ranking, that did not finish
/// in the top two of their qualifying group").
/// </summary>
/// <param name="Name">The list's name, for example "Nations League 2020-21 group winners".</param>
/// <param name="Stage">The stage whose group positions decide who is passed over.</param>
/// <param name="Outside">A team placed 1st to this position in its group of <paramref name="Stage"/> is passed over.</param>
/// <param name="Teams">The teams, best first.</param>
public sealed record PriorityList(string Name, string Stage, int Outside, ImmutableArray<string> Teams)
{
    /// <summary>Where the list and its order come from.</summary>
    public string? Source { get; init; }
}

/// <summary>
/// The <paramref name="Pick"/>-th team of <paramref name="List"/>, in its order, that did not finish in the top
/// <see cref="PriorityList.Outside"/> places of its group (a listed team in no group of the list's stage is never passed over).
/// </summary>
/// <param name="List">The list.</param>
/// <param name="Pick">Which of the teams not passed over, from 1.</param>
/// <param name="Filled">The team that filled the place, when the definition records it.</param>
public sealed record ListEntrant(PriorityList List, int Pick, string? Filled) : Entrant
{
    /// <inheritdoc />
    public override string? Team => Filled;

    /// <inheritdoc />
    public override string Describe() => $"{Ordinal(Pick)} of {List.Name} outside the top {List.Outside}";

    /// <summary>
    /// The team in this place once every listed team's position is known: <paramref name="positionOf"/> gives a team's
    /// final position in its group of the list's stage, or <see langword="null"/> for a team in none. <see langword="null"/>
    /// when the list runs out.
    /// </summary>
    public string? Choose(Func<string, int?> positionOf)
    {
        ArgumentNullException.ThrowIfNull(positionOf);
        var left = Pick;
        foreach (var team in List.Teams)
        {
            if (positionOf(team) is { } position && position <= List.Outside)
            {
                continue;
            }

            if (--left == 0)
            {
                return team;
            }
        }

        return null;
    }
}
