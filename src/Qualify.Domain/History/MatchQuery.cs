namespace Qualify.Domain.History;

/// <summary>
/// Which stored matches to load. Every filter is optional and they combine with AND; the default
/// (<see cref="All"/>) selects every match.
/// </summary>
public sealed record MatchQuery
{
    /// <summary>Every match.</summary>
    public static MatchQuery All { get; } = new();

    /// <summary>The tournament, matched exactly but ignoring case ("fifa world cup qualification" works); <see langword="null"/> for any.</summary>
    public string? Tournament { get; init; }

    /// <summary>The first date included; <see langword="null"/> for no lower bound.</summary>
    public DateOnly? From { get; init; }

    /// <summary>The last date included; <see langword="null"/> for no upper bound.</summary>
    public DateOnly? To { get; init; }

    /// <summary>
    /// A dataset team name (exact, case-sensitive) that must be the home or the away team; <see langword="null"/>
    /// for any team.
    /// </summary>
    public string? Involving { get; init; }

    /// <summary>
    /// Dataset team names (exact, case-sensitive); a match is selected only when both of its teams are in the set.
    /// <see langword="null"/> for any teams; an empty set selects nothing.
    /// </summary>
    public IReadOnlyCollection<string>? Teams { get; init; }

    /// <summary>
    /// Whether matches of the same date come in the order of the dataset's <c>results.csv</c> (the order the ratings
    /// rate them in, as the dataset lists them) instead of by home then away team name (the reports' order).
    /// </summary>
    public bool InFileOrder { get; init; }
}
