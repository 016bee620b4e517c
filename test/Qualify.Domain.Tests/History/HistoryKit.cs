using System.Globalization;
using Qualify.Domain.History;
using Qualify.Domain.Matches;
using static Qualify.Testing.MatchBuilder;

namespace Qualify.Domain.Tests.History;

/// <summary>Short ways to write hand-made history in tests.</summary>
internal static class HistoryKit
{
    public static DateOnly Day(string date) => DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// A's results from "WDLW…" (one letter per match: win 1-0, draw 0-0, loss 0-1, all at home against B), one match a
    /// month from January 2000.
    /// </summary>
    public static List<TeamResult> Results(string team, string outcomes) =>
        [.. outcomes.Select((c, i) => new TeamResult(
            Played(Day("2000-01-01").AddMonths(i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), team, c == 'W' ? 1 : 0, c == 'L' ? 1 : 0, "Opponent"),
            team))];

    /// <summary>A match at a neutral venue.</summary>
    public static Match Neutral(string date, string home, int homeGoals, int awayGoals, string away, string tournament = "Friendly") =>
        Played(date, home, homeGoals, awayGoals, away, tournament) with { Neutral = true };

    /// <summary>A goal with a named scorer, not an own goal nor a penalty.</summary>
    public static Goal GoalBy(Match match, string team, string? scorer, bool ownGoal = false, bool penalty = false) =>
        new(match.Date, match.Home, match.Away, team, scorer, null, ownGoal, penalty);
}
