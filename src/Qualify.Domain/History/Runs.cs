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
        ArgumentNullException.ThrowIfNull(results);
        Run? best = null;
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
                var length = i - start;
                if (best is null || length > best.Length)
                {
                    best = new Run(team, kind, length, results[start].Match.Date, results[i - 1].Match.Date, Ongoing: i == results.Count);
                }

                start = -1;
            }
        }

        return best;
    }
}
