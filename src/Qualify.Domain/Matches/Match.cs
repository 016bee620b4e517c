namespace Qualify.Domain.Matches;

/// <summary>
/// One men's international match, as recorded in the international results dataset
/// (<c>results.csv</c>, with the shootout winner from <c>shootouts.csv</c>) or in a competition definition.
/// Team names are the dataset's current names (its README: "the current name of the team has been used").
/// </summary>
/// <param name="Date">The local date of the match.</param>
/// <param name="Home">The home (first-named) team.</param>
/// <param name="Away">The away (second-named) team.</param>
/// <param name="Score">The score after extra time, or <see langword="null"/> for a fixture not yet played.</param>
/// <param name="Tournament">The tournament name, for example "FIFA World Cup qualification".</param>
/// <param name="City">The city or town where it was played.</param>
/// <param name="Country">The country where it was played, by its name at the time.</param>
/// <param name="Neutral">Whether the venue was neutral (no home advantage).</param>
/// <param name="ShootoutWinner">The winner of a penalty shootout after the match, if there was one.</param>
public sealed record Match(
    DateOnly Date,
    string Home,
    string Away,
    Score? Score,
    string Tournament,
    string City,
    string Country,
    bool Neutral,
    string? ShootoutWinner = null)
{
    /// <summary>Whether the match has a score.</summary>
    public bool IsPlayed => Score.HasValue;

    /// <summary>Whether the given team played in this match.</summary>
    public bool Involves(string team) =>
        string.Equals(Home, team, StringComparison.Ordinal) || string.Equals(Away, team, StringComparison.Ordinal);

    /// <summary>The goals <paramref name="team"/> scored in this played match (the away side's when it is not the home team).</summary>
    /// <exception cref="InvalidOperationException">The match has no score.</exception>
    public int GoalsOf(string team) =>
        string.Equals(Home, team, StringComparison.Ordinal) ? Score!.Value.Home : Score!.Value.Away;

    /// <inheritdoc />
    public override string ToString() =>
        Score is { } s ? $"{Date:yyyy-MM-dd} {Home} {s} {Away}" : $"{Date:yyyy-MM-dd} {Home} v {Away}";
}
