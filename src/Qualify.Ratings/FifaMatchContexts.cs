using Qualify.Domain.Matches;

namespace Qualify.Ratings;

/// <summary>
/// Infers, from the match list alone, what the FIFA ranking needs and the dataset does not record:
/// <list type="bullet">
/// <item><b>International windows.</b> A date is inside a window when at least <see cref="WindowMatches"/> World Cup,
/// continental or Nations League qualifying or league matches are played within <see cref="WindowRadiusDays"/> days
/// of it: FIFA reserves its windows for exactly those matches, so their density marks the windows.</item>
/// <item><b>Rounds of final competitions.</b> An edition is the matches of one tournament in one calendar year. A match
/// is a knockout match when both teams have already played at least three matches of the edition (the group stage
/// of every current format), or when it went to a shootout; it is a quarter-final or later when it is among the last
/// eight matches of the edition (quarter-finals, semi-finals, third place and final) and is a knockout match.</item>
/// <item><b>Nations League finals and play-offs</b> are the Nations League matches at neutral venues.</item>
/// </list>
/// These are approximations, documented as such in the README; a snapshot of FIFA's own figures can replace them.
/// </summary>
public sealed class FifaMatchContexts
{
    private readonly Dictionary<Match, FifaSumRanking.MatchContext> _contexts = new(ReferenceEqualityComparer.Instance);

    /// <summary>Competitive matches needed near a date for it to count as inside a window.</summary>
    public static int WindowMatches => 6;

    /// <summary>Half-width of the window test, in days.</summary>
    public static int WindowRadiusDays => 4;

    /// <summary>Infers the contexts of every match in <paramref name="matches"/>.</summary>
    public FifaMatchContexts(IReadOnlyList<Match> matches)
    {
        ArgumentNullException.ThrowIfNull(matches);
        var competitiveByDay = new SortedDictionary<int, int>();
        foreach (var m in matches)
        {
            if (CompetitionClassifier.TryClassify(m.Tournament, out var c) && c is CompetitionClass.WorldCupQualifier
                or CompetitionClass.ContinentalQualifier or CompetitionClass.NationsLeague or CompetitionClass.NationsLeagueQualifier)
            {
                var day = m.Date.DayNumber;
                competitiveByDay[day] = competitiveByDay.GetValueOrDefault(day) + 1;
            }
        }

        var knockout = new HashSet<Match>(ReferenceEqualityComparer.Instance);
        var lateRounds = new HashSet<Match>(ReferenceEqualityComparer.Instance);
        foreach (var edition in matches
            .Where(m => CompetitionClassifier.TryClassify(m.Tournament, out var c)
                && c is CompetitionClass.WorldCupFinals or CompetitionClass.ContinentalFinals or CompetitionClass.IntercontinentalMajor)
            .GroupBy(m => (m.Tournament, m.Date.Year)))
        {
            var ordered = edition.OrderBy(m => m.Date).ToList();
            var playedBefore = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < ordered.Count; i++)
            {
                var m = ordered[i];
                var isKnockout = m.ShootoutWinner is not null
                    || (playedBefore.GetValueOrDefault(m.Home) >= 3 && playedBefore.GetValueOrDefault(m.Away) >= 3);
                if (isKnockout)
                {
                    knockout.Add(m);
                    if (i >= ordered.Count - 8)
                    {
                        lateRounds.Add(m);
                    }
                }

                playedBefore[m.Home] = playedBefore.GetValueOrDefault(m.Home) + 1;
                playedBefore[m.Away] = playedBefore.GetValueOrDefault(m.Away) + 1;
            }
        }

        var days = competitiveByDay.Keys.ToArray();
        var counts = competitiveByDay.Values.ToArray();
        foreach (var m in matches)
        {
            _contexts[m] = new FifaSumRanking.MatchContext(
                InsideWindow: CompetitiveNear(days, counts, m.Date.DayNumber) >= WindowMatches,
                Knockout: knockout.Contains(m),
                QuarterFinalOrLater: lateRounds.Contains(m),
                NationsLeagueFinals: m.Neutral && m.Tournament.EndsWith("Nations League", StringComparison.Ordinal));
        }
    }

    /// <summary>The context of <paramref name="match"/> (a match not in the list gets a friendly outside a window).</summary>
    public FifaSumRanking.MatchContext Of(Match match) => _contexts.GetValueOrDefault(match);

    private static int CompetitiveNear(int[] days, int[] counts, int day)
    {
        var start = Array.BinarySearch(days, day - WindowRadiusDays);
        if (start < 0)
        {
            start = ~start;
        }

        var total = 0;
        for (var i = start; i < days.Length && days[i] <= day + WindowRadiusDays; i++)
        {
            total += counts[i];
        }

        return total;
    }
}
