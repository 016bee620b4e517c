namespace Qualify.Domain.Matches;

/// <summary>
/// The score of a match: goals for the home team and for the away team, after extra time and
/// before any penalty shootout (the convention of the international results dataset, whose
/// README defines <c>home_score</c> and <c>away_score</c> this way).
/// </summary>
/// <param name="Home">Goals of the home (first-named) team, zero or more.</param>
/// <param name="Away">Goals of the away (second-named) team, zero or more.</param>
public readonly record struct Score(int Home, int Away)
{
    /// <summary>Creates a score, rejecting negative goal counts.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A goal count is negative.</exception>
    public static Score FromGoals(int home, int away)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(home);
        ArgumentOutOfRangeException.ThrowIfNegative(away);
        return new Score(home, away);
    }

    /// <summary>The outcome for the home team.</summary>
    public MatchOutcome Outcome => Home > Away ? MatchOutcome.HomeWin : Home < Away ? MatchOutcome.AwayWin : MatchOutcome.Draw;

    /// <inheritdoc />
    public override string ToString() => $"{Home}-{Away}";
}

/// <summary>The result of a match from the home team's point of view.</summary>
public enum MatchOutcome
{
    /// <summary>The home (first-named) team scored more goals.</summary>
    HomeWin,

    /// <summary>Both teams scored the same number of goals.</summary>
    Draw,

    /// <summary>The away (second-named) team scored more goals.</summary>
    AwayWin,
}
