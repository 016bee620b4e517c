using System.Collections.Immutable;

namespace Qualify.Domain.History;

/// <summary>A kind of run of consecutive results.</summary>
public enum RunKind
{
    /// <summary>Consecutive wins.</summary>
    Winning,

    /// <summary>Consecutive matches without defeat.</summary>
    Unbeaten,

    /// <summary>Consecutive matches without a win.</summary>
    Winless,

    /// <summary>Consecutive defeats.</summary>
    Losing,
}

/// <summary>One result of a team for its runs: the match date and the outcome from the team's side.</summary>
/// <param name="Date">The match date.</param>
/// <param name="Outcome">Win, draw or loss (<see cref="TeamResult.Outcome"/>).</param>
public readonly record struct DatedOutcome(DateOnly Date, Outcome Outcome);

/// <summary>A run of consecutive results of one team.</summary>
/// <param name="Team">The team.</param>
/// <param name="Kind">The kind.</param>
/// <param name="Length">Matches in the run.</param>
/// <param name="From">Date of its first match.</param>
/// <param name="To">Date of its last match.</param>
/// <param name="Ongoing">Whether the run was still going at the last match considered.</param>
public sealed record Run(string Team, RunKind Kind, int Length, DateOnly From, DateOnly To, bool Ongoing)
{
    /// <summary>Whether <paramref name="outcome"/> continues a run of <paramref name="kind"/>.</summary>
    public static bool Continues(RunKind kind, Outcome outcome) => kind switch
    {
        RunKind.Winning => outcome == Outcome.Win,
        RunKind.Unbeaten => outcome != Outcome.Loss,
        RunKind.Winless => outcome != Outcome.Win,
        _ => outcome == Outcome.Loss,
    };

    /// <summary>The longest run of <paramref name="kind"/> in <paramref name="results"/> (date order); the earliest if tied.</summary>
    public static Run? Longest(string team, IReadOnlyList<TeamResult> results, RunKind kind)
    {
        Run? best = null;
        foreach (var run in All(team, results, kind))
        {
            if (best is null || run.Length > best.Length)
            {
                best = run;
            }
        }

        return best;
    }

    /// <summary>
    /// Every maximal run of <paramref name="kind"/> in <paramref name="results"/> (one team's results in date order),
    /// oldest first: each run cannot be extended by the result before or after it.
    /// </summary>
    public static IEnumerable<Run> All(string team, IReadOnlyList<TeamResult> results, RunKind kind)
    {
        ArgumentNullException.ThrowIfNull(results);
        var start = -1;
        for (var i = 0; i <= results.Count; i++)
        {
            var continues = i < results.Count && Continues(kind, results[i].Outcome);
            if (continues && start < 0)
            {
                start = i;
            }
            else if (!continues && start >= 0)
            {
                yield return new Run(team, kind, i - start, results[start].Match.Date, results[i - 1].Match.Date, Ongoing: i == results.Count);
                start = -1;
            }
        }
    }

    /// <summary>
    /// The <paramref name="count"/> longest maximal runs of <paramref name="kind"/> among every team's results (each in
    /// date order), best first: by length, then the earliest start, then the team (ordinal). A team can appear more
    /// than once.
    /// </summary>
    public static ImmutableArray<Run> Top(IEnumerable<KeyValuePair<string, List<TeamResult>>> teams, RunKind kind, int count)
    {
        ArgumentNullException.ThrowIfNull(teams);
        return Top(teams.Select(t => KeyValuePair.Create(t.Key, OutcomesOf(t.Value))), kind, count);
    }

    /// <summary>
    /// The <paramref name="count"/> longest maximal runs of <paramref name="kind"/> among every team's outcomes (each in
    /// date order), best first: by length, then the earliest start, then the team (ordinal). A team can appear more
    /// than once. Only the runs listed are allocated, so that the records over every team stay fast; the store's
    /// records read these outcomes alone (date and score), without the matches.
    /// </summary>
    public static ImmutableArray<Run> Top(IEnumerable<KeyValuePair<string, DatedOutcome[]>> teams, RunKind kind, int count)
    {
        ArgumentNullException.ThrowIfNull(teams);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);

        // A bounded heap holding the best candidates seen, the worst of them on top.
        var kept = new PriorityQueue<Candidate, Candidate>(count + 1, WorstFirst.Instance);
        foreach (var (team, results) in teams)
        {
            var start = -1;
            for (var i = 0; i <= results.Length; i++)
            {
                var continues = i < results.Length && Continues(kind, results[i].Outcome);
                if (continues && start < 0)
                {
                    start = i;
                }
                else if (!continues && start >= 0)
                {
                    var candidate = new Candidate(team, results, start, i - 1);
                    if (kept.Count < count)
                    {
                        kept.Enqueue(candidate, candidate);
                    }
                    else if (WorstFirst.Instance.Compare(candidate, kept.Peek()) > 0)
                    {
                        kept.EnqueueDequeue(candidate, candidate);
                    }

                    start = -1;
                }
            }
        }

        var best = new List<Run>(kept.Count);
        while (kept.TryDequeue(out var c, out _))
        {
            best.Add(new Run(c.Team, kind, c.Length, c.From, c.Results[c.Last].Date, Ongoing: c.Last == c.Results.Length - 1));
        }

        best.Reverse();
        return [.. best];
    }

    /// <summary>The dates and outcomes of <paramref name="results"/>, in their order.</summary>
    public static DatedOutcome[] OutcomesOf(IReadOnlyList<TeamResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var outcomes = new DatedOutcome[results.Count];
        for (var i = 0; i < outcomes.Length; i++)
        {
            outcomes[i] = new DatedOutcome(results[i].Match.Date, results[i].Outcome);
        }

        return outcomes;
    }

    private readonly record struct Candidate(string Team, DatedOutcome[] Results, int First, int Last)
    {
        public int Length => Last - First + 1;

        public DateOnly From => Results[First].Date;
    }

    /// <summary>Orders candidates worst first: shorter, then later start, then team later in ordinal order.</summary>
    private sealed class WorstFirst : IComparer<Candidate>
    {
        public static WorstFirst Instance { get; } = new();

        public int Compare(Candidate x, Candidate y)
        {
            var byLength = x.Length.CompareTo(y.Length);
            if (byLength != 0)
            {
                return byLength;
            }

            var byStart = y.From.CompareTo(x.From);
            return byStart != 0 ? byStart : string.CompareOrdinal(y.Team, x.Team);
        }
    }
}
