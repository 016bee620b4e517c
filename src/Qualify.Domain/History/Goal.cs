namespace Qualify.Domain.History;

/// <summary>
/// One goal from <c>goalscorers.csv</c>: <paramref name="Team"/> is the team credited with the goal; for an own goal the
/// scorer is a player of the other team.
/// </summary>
/// <param name="Date">The match date.</param>
/// <param name="Home">The match's home team.</param>
/// <param name="Away">The match's away team.</param>
/// <param name="Team">The team credited with the goal.</param>
/// <param name="Scorer">The player, when recorded.</param>
/// <param name="Minute">The minute, when recorded.</param>
/// <param name="OwnGoal">Whether it was an own goal.</param>
/// <param name="Penalty">Whether it was a penalty.</param>
public sealed record Goal(DateOnly Date, string Home, string Away, string Team, string? Scorer, int? Minute, bool OwnGoal, bool Penalty);

/// <summary>A player's goals for a team.</summary>
/// <param name="Scorer">The player.</param>
/// <param name="Team">The team.</param>
/// <param name="Goals">Goals, own goals excluded.</param>
/// <param name="Penalties">Of which penalties.</param>
/// <param name="First">Date of the first goal.</param>
/// <param name="Last">Date of the last goal.</param>
public sealed record ScorerTotal(string Scorer, string Team, int Goals, int Penalties, DateOnly First, DateOnly Last)
{
    /// <summary>
    /// The top scorers among <paramref name="goals"/>: own goals do not count for the player (the dataset credits them
    /// to the benefiting team, with the opponent's player as scorer). Ties share the order of the earliest to reach
    /// the total.
    /// </summary>
    public static IReadOnlyList<ScorerTotal> Top(IEnumerable<Goal> goals, int count) =>
        [.. goals.Where(g => !g.OwnGoal && g.Scorer is not null)
            .GroupBy(g => (g.Scorer!, g.Team))
            .Select(g => new ScorerTotal(g.Key.Item1, g.Key.Team, g.Count(), g.Count(x => x.Penalty), g.Min(x => x.Date), g.Max(x => x.Date)))
            .OrderByDescending(s => s.Goals).ThenBy(s => s.Last).ThenBy(s => s.Scorer, StringComparer.Ordinal)
            .Take(count)];
}

/// <summary>
/// How much of a team's scoring the goal records cover: goals with a named scorer against goals in the match scores
/// of the same period. <c>goalscorers.csv</c> is incomplete, more so before the 1990s.
/// </summary>
/// <param name="GoalsInScores">Goals in the team's match scores.</param>
/// <param name="GoalsWithScorer">Of those, goals with a recorded scorer (own goals included).</param>
public sealed record ScorerCoverage(int GoalsInScores, int GoalsWithScorer)
{
    /// <summary>The share covered, 0–1 (1 when there were no goals).</summary>
    public double Share => GoalsInScores == 0 ? 1 : Math.Min(1.0, (double)GoalsWithScorer / GoalsInScores);
}
