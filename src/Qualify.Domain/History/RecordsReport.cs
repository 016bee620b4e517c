using System.Collections.Immutable;
using Qualify.Domain.Matches;

namespace Qualify.Domain.History;

/// <summary>
/// All-time records among the matches given, for one team or across every team: top scorers (with the coverage of the
/// scorer data), biggest wins, and the longest runs of each kind.
/// </summary>
public sealed record RecordsReport
{
    /// <summary>The team, or <see langword="null"/> for every team.</summary>
    public string? Team { get; init; }

    /// <summary>How many matches the records come from.</summary>
    public required int Matches { get; init; }

    /// <summary>The first and last match considered.</summary>
    public required (DateOnly From, DateOnly To)? Span { get; init; }

    /// <summary>Top scorers (own goals excluded), ties ordered as in <see cref="ScorerTotal.Top"/>.</summary>
    public required IReadOnlyList<ScorerTotal> TopScorers { get; init; }

    /// <summary>How much of the scoring in those matches has a named scorer (for <see cref="Team"/>: its goals only).</summary>
    public required ScorerCoverage Coverage { get; init; }

    /// <summary>Biggest wins, from the winner's side: margin, then goals scored, then the earliest.</summary>
    public required ImmutableArray<TeamResult> BiggestWins { get; init; }

    /// <summary>The longest runs of each kind (every kind present): length, then the earliest, then the team.</summary>
    public required ImmutableDictionary<RunKind, ImmutableArray<Run>> LongestRuns { get; init; }

    /// <summary>Builds the records.</summary>
    /// <param name="team">One team, or <see langword="null"/> for every team.</param>
    /// <param name="matches">The matches (for a team, others are ignored).</param>
    /// <param name="goals">The goals of those matches (for a team, only the team's count).</param>
    /// <param name="count">How many entries each list holds.</param>
    public static RecordsReport Build(string? team, IEnumerable<Match> matches, IEnumerable<Goal> goals, int count = 10)
    {
        ArgumentNullException.ThrowIfNull(matches);
        ArgumentNullException.ThrowIfNull(goals);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        var played = matches.Where(m => m.IsPlayed && (team is null || m.Involves(team))).ToList();
        if (!IsInDateOrder(played))
        {
            played = [.. played.OrderBy(m => m.Date)];
        }

        var counted = goals.Where(g => team is null || string.Equals(g.Team, team, StringComparison.Ordinal)).ToList();

        // Each team's results in date order: both sides of every match, or the one team's side.
        var byTeam = new Dictionary<string, List<TeamResult>>(StringComparer.Ordinal);
        void Add(TeamResult result)
        {
            if (!byTeam.TryGetValue(result.Team, out var list))
            {
                byTeam[result.Team] = list = [];
            }

            list.Add(result);
        }

        foreach (var match in played)
        {
            if (team is null || string.Equals(match.Home, team, StringComparison.Ordinal))
            {
                Add(new TeamResult(match, match.Home));
            }

            if (team is null || string.Equals(match.Away, team, StringComparison.Ordinal))
            {
                Add(new TeamResult(match, match.Away));
            }
        }

        var winners = byTeam.Values.SelectMany(results => results.Where(r => r.Outcome == Outcome.Win));
        return Assemble(
            team,
            played.Count,
            played.Count == 0 ? null : (played[0].Date, played[^1].Date),
            ScorerTotal.Totals(counted),
            new ScorerCoverage(
                team is null ? played.Sum(m => m.Score!.Value.Home + m.Score!.Value.Away) : byTeam.Values.Sum(rs => rs.Sum(r => r.GoalsFor)),
                counted.Count(g => g.Scorer is not null)),
            winners,
            byTeam.Select(t => KeyValuePair.Create(t.Key, Run.OutcomesOf(t.Value))),
            count);
    }

    /// <summary>
    /// Assembles the records from figures counted elsewhere (the history store counts them in SQL, without reading
    /// every match and goal): the one place that ranks them, whoever counted.
    /// </summary>
    /// <param name="team">One team, or <see langword="null"/> for every team.</param>
    /// <param name="matches">How many matches the records come from.</param>
    /// <param name="span">The first and last match date, or <see langword="null"/> when there is none.</param>
    /// <param name="scorerTotals">Every scorer's total (<see cref="ScorerTotal.Totals"/>), in any order.</param>
    /// <param name="coverage">The scorer coverage.</param>
    /// <param name="wins">Wins from the winner's side, in any order: at least every win that can rank among the first <paramref name="count"/> (<see cref="HeadToHeadReport.Biggest"/>).</param>
    /// <param name="outcomes">Each team's outcomes in date order (<see cref="Run.OutcomesOf"/>).</param>
    /// <param name="count">How many entries each list holds.</param>
    public static RecordsReport Assemble(
        string? team,
        int matches,
        (DateOnly From, DateOnly To)? span,
        IEnumerable<ScorerTotal> scorerTotals,
        ScorerCoverage coverage,
        IEnumerable<TeamResult> wins,
        IEnumerable<KeyValuePair<string, DatedOutcome[]>> outcomes,
        int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        var sequences = outcomes.ToList();
        return new RecordsReport
        {
            Team = team,
            Matches = matches,
            Span = span,
            TopScorers = ScorerTotal.Rank(scorerTotals, count),
            Coverage = coverage,
            BiggestWins = HeadToHeadReport.Biggest(wins, count),
            LongestRuns = Enum.GetValues<RunKind>().ToImmutableDictionary(
                kind => kind,
                kind => Run.Top(sequences, kind, count)),
        };
    }

    private static bool IsInDateOrder(List<Match> matches)
    {
        for (var i = 1; i < matches.Count; i++)
        {
            if (matches[i].Date < matches[i - 1].Date)
            {
                return false;
            }
        }

        return true;
    }
}
