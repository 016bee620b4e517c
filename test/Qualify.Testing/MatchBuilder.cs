using System.Globalization;
using Qualify.Domain.Matches;

namespace Qualify.Testing;

/// <summary>Short ways to write matches in tests: <c>Played("2021-11-16", "Canada", 2, 1, "Mexico")</c>.</summary>
public static class MatchBuilder
{
    /// <summary>A played match at the home team's venue.</summary>
    public static Match Played(string date, string home, int homeGoals, int awayGoals, string away, string tournament = "FIFA World Cup qualification") =>
        new(DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture), home, away, new Score(homeGoals, awayGoals), tournament, "City", home, false);

    /// <summary>A played match with no date of interest (1 Jan 2000).</summary>
    public static Match Played(string home, int homeGoals, int awayGoals, string away) => Played("2000-01-01", home, homeGoals, awayGoals, away);

    /// <summary>A fixture without a score.</summary>
    public static Match Fixture(string date, string home, string away) =>
        new(DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture), home, away, null, "FIFA World Cup qualification", "City", home, false);
}
