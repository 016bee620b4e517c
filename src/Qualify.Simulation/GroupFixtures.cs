using Qualify.Domain.Competitions;
using Qualify.Domain.Matches;

namespace Qualify.Simulation;

/// <summary>
/// A group's matches at the as-of date with the what-ifs applied: the matches that count (played, awarded, or fixed by
/// a what-if) and the fixtures left to simulate, by date. The one place that applies what-ifs to a group, for every
/// forecaster.
/// </summary>
/// <param name="Counted">The matches that count.</param>
/// <param name="Unplayed">The fixtures to simulate, by date.</param>
internal sealed record GroupFixtures(List<Match> Counted, List<Match> Unplayed)
{
    /// <summary>
    /// The group's progress at <see cref="ForecastRequest.AsOf"/> (<see cref="GroupProgress"/>), with each what-if of
    /// <paramref name="fixesLeft"/> that names one of its unplayed fixtures applied to the earliest such fixture and
    /// removed from the list; the unplayed fixtures left are added to <paramref name="open"/>.
    /// </summary>
    public static GroupFixtures Of(ForecastRequest request, StageDefinition stage, GroupDefinition group, List<FixedResult> fixesLeft, HashSet<(string Home, string Away)> open)
    {
        var progress = GroupProgress.Of(request.Competition, stage, group, request.MatchesOf.OfGroup(stage, group), request.AsOf);
        var counted = progress.Counted.ToList();
        // By date, so that a what-if takes the earliest unplayed fixture with its home and away teams.
        var unplayed = progress.Remaining.ToList();
        for (var i = 0; i < unplayed.Count; i++)
        {
            var fix = fixesLeft.FirstOrDefault(f => Same(f, unplayed[i]));
            if (fix is not null)
            {
                counted.Add(unplayed[i] with { Score = fix.Score });
                unplayed.RemoveAt(i--);
                fixesLeft.Remove(fix);
            }
        }

        open.UnionWith(unplayed.Select(m => (m.Home, m.Away)));
        return new GroupFixtures(counted, unplayed);
    }

    /// <summary>Throws for the first what-if that no group used.</summary>
    /// <exception cref="UnmatchedFixException">A what-if is left.</exception>
    public static void EnsureAllUsed(List<FixedResult> fixesLeft, HashSet<(string Home, string Away)> open)
    {
        if (fixesLeft.Count > 0)
        {
            var f = fixesLeft[0];
            throw new UnmatchedFixException(f, open.Contains((f.Away, f.Home)));
        }
    }

    private static bool Same(FixedResult fix, Match m) =>
        string.Equals(fix.Home, m.Home, StringComparison.Ordinal) && string.Equals(fix.Away, m.Away, StringComparison.Ordinal);
}
