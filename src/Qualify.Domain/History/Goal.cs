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
    /// to the benefiting team, with the opponent's player as scorer), nor do goals without a named scorer. A player's
    /// goals for different teams are separate totals. Ties share the order of the earliest to reach the total (the
    /// earlier last goal), then the name (ordinal).
    /// </summary>
    public static IReadOnlyList<ScorerTotal> Top(IEnumerable<Goal> goals, int count) => Rank(Totals(goals), count);

    /// <summary>
    /// Every player's total among <paramref name="goals"/>, in no particular order: own goals and goals without a named
    /// scorer do not count, and a player's goals for different teams are separate totals (see <see cref="Top"/>).
    /// </summary>
    public static IEnumerable<ScorerTotal> Totals(IEnumerable<Goal> goals)
    {
        ArgumentNullException.ThrowIfNull(goals);
        // By team, then by scorer: string keys only (a tuple key's comparer is built at run time, slow in a short process).
        var tallies = new Dictionary<string, Dictionary<string, Tally>>(StringComparer.Ordinal);
        foreach (var g in goals)
        {
            if (g.OwnGoal || g.Scorer is not { } scorer)
            {
                continue;
            }

            if (!tallies.TryGetValue(g.Team, out var ofTeam))
            {
                tallies[g.Team] = ofTeam = new Dictionary<string, Tally>(StringComparer.Ordinal);
            }

            if (!ofTeam.TryGetValue(scorer, out var tally))
            {
                ofTeam[scorer] = tally = new Tally(g.Date);
            }

            tally.Add(g);
        }

        return tallies.SelectMany(team => team.Value.Select(t =>
            new ScorerTotal(t.Key, team.Key, t.Value.Goals, t.Value.Penalties, t.Value.First, t.Value.Last)));
    }

    /// <summary>
    /// The first <paramref name="count"/> of <paramref name="totals"/>: by goals, then the earliest to reach the total (the
    /// earlier last goal), then the name and the team (ordinal). The one order of top scorers, whether the totals were
    /// counted here (<see cref="Totals"/>) or by the store.
    /// </summary>
    public static IReadOnlyList<ScorerTotal> Rank(IEnumerable<ScorerTotal> totals, int count)
    {
        ArgumentNullException.ThrowIfNull(totals);
        ArgumentOutOfRangeException.ThrowIfNegative(count);

        // Only totals of at least the count-th highest goal count can be listed: sort those alone (the records across
        // every team have about 16,000 totals).
        var all = totals.ToArray();
        var threshold = 0;
        if (all.Length > count && count > 0)
        {
            var goals = new int[all.Length];
            for (var i = 0; i < all.Length; i++)
            {
                goals[i] = all[i].Goals;
            }

            Array.Sort(goals);
            threshold = goals[^count];
        }

        return [.. all.Where(s => s.Goals >= threshold)
            .OrderByDescending(s => s.Goals).ThenBy(s => s.Last).ThenBy(s => s.Scorer, StringComparer.Ordinal).ThenBy(s => s.Team, StringComparer.Ordinal)
            .Take(count)];
    }

    private sealed class Tally(DateOnly date)
    {
        public int Goals { get; private set; }

        public int Penalties { get; private set; }

        public DateOnly First { get; private set; } = date;

        public DateOnly Last { get; private set; } = date;

        public void Add(Goal goal)
        {
            Goals++;
            Penalties += goal.Penalty ? 1 : 0;
            First = goal.Date < First ? goal.Date : First;
            Last = goal.Date > Last ? goal.Date : Last;
        }
    }
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
