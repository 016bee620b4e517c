using System.Collections.Immutable;
using Qualify.Domain.Matches;

namespace Qualify.Domain.History;

/// <summary>A team's last result of a kind, with the time from it to the report's reference date.</summary>
/// <param name="Result">The result.</param>
/// <param name="ReferenceDate">The date the time since counts to (a report's <c>--before</c> date, else today).</param>
public sealed record Dated(TeamResult Result, DateOnly ReferenceDate)
{
    /// <summary>Days from the match to the reference date (negative only if the match is after it).</summary>
    public int DaysSince => ReferenceDate.DayNumber - Result.Match.Date.DayNumber;

    /// <summary>The same span in calendar years, months and days.</summary>
    public CalendarPeriod Elapsed => CalendarPeriod.Between(Result.Match.Date, ReferenceDate);
}

/// <summary>A span of whole calendar years, months and days, as people count an anniversary.</summary>
/// <param name="Years">Whole years, 0 or more.</param>
/// <param name="Months">Whole months after the years, 0–11.</param>
/// <param name="Days">Days after the months, 0–30.</param>
public readonly record struct CalendarPeriod(int Years, int Months, int Days)
{
    /// <summary>
    /// The period from <paramref name="from"/> to <paramref name="to"/>: the most whole months that fit (a month from
    /// 31 January ends on the last day of February), then the days left. Zero when <paramref name="to"/> is not later.
    /// </summary>
    public static CalendarPeriod Between(DateOnly from, DateOnly to)
    {
        if (to <= from)
        {
            return default;
        }

        var months = ((to.Year - from.Year) * 12) + to.Month - from.Month;
        if (from.AddMonths(months) > to)
        {
            months--;
        }

        var days = to.DayNumber - from.AddMonths(months).DayNumber;
        return new CalendarPeriod(months / 12, months % 12, days);
    }

    /// <summary>"21 years, 8 months, 27 days"; parts that are zero are left out ("0 days" when all are).</summary>
    public override string ToString()
    {
        static string Part(int n, string unit) => n == 1 ? $"1 {unit}" : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{n} {unit}s");
        var parts = new List<string>(3);
        if (Years > 0)
        {
            parts.Add(Part(Years, "year"));
        }

        if (Months > 0)
        {
            parts.Add(Part(Months, "month"));
        }

        if (Days > 0 || parts.Count == 0)
        {
            parts.Add(Part(Days, "day"));
        }

        return string.Join(", ", parts);
    }
}

/// <summary>
/// Everything two teams' meetings say: totals, splits by competition and venue, last meeting, each side's last win
/// and last home win, biggest wins, and the list. Built from the match records alone; counts depend on the source
/// (friendlies and unofficial matches are counted as the dataset records them).
/// </summary>
public sealed record HeadToHeadReport
{
    /// <summary>The first team, as asked.</summary>
    public required string TeamA { get; init; }

    /// <summary>The second team.</summary>
    public required string TeamB { get; init; }

    /// <summary>The date the "days since" figures count to.</summary>
    public required DateOnly ReferenceDate { get; init; }

    /// <summary>The record from A's side.</summary>
    public required Record Overall { get; init; }

    /// <summary>A's record by competition group; every group is present (zero when A and B never met in it).</summary>
    public required ImmutableDictionary<CompetitionGroup, Record> ByCompetition { get; init; }

    /// <summary>A's record by venue from A's side (Home: A at home; Away: B at home; Neutral); every venue is present.</summary>
    public required ImmutableDictionary<Venue, Record> ByVenue { get; init; }

    /// <summary>The last meeting, from A's side.</summary>
    public TeamResult? LastMeeting { get; init; }

    /// <summary>A's last win.</summary>
    public Dated? LastWinA { get; init; }

    /// <summary>B's last win (from B's side).</summary>
    public Dated? LastWinB { get; init; }

    /// <summary>A's last win at home.</summary>
    public Dated? LastHomeWinA { get; init; }

    /// <summary>B's last win at home (from B's side).</summary>
    public Dated? LastHomeWinB { get; init; }

    /// <summary>A's biggest wins, by margin then goals scored then date.</summary>
    public required ImmutableArray<TeamResult> BiggestWinsA { get; init; }

    /// <summary>B's biggest wins (from B's side).</summary>
    public required ImmutableArray<TeamResult> BiggestWinsB { get; init; }

    /// <summary>Every meeting from A's side, oldest first.</summary>
    public required ImmutableArray<TeamResult> Matches { get; init; }

    /// <summary>The goals recorded for the meetings (<c>goalscorers.csv</c>), in match order; empty when none were given.</summary>
    public ImmutableArray<Goal> Goals { get; init; } = [];

    /// <summary>The goals recorded for one meeting, in the order listed.</summary>
    public IEnumerable<Goal> GoalsOf(Match match)
    {
        ArgumentNullException.ThrowIfNull(match);
        return Goals.Where(g => g.Date == match.Date
            && string.Equals(g.Home, match.Home, StringComparison.Ordinal) && string.Equals(g.Away, match.Away, StringComparison.Ordinal));
    }

    /// <summary>Builds the report from <paramref name="matches"/> (any matches; only A–B meetings count).</summary>
    /// <param name="teamA">The first team.</param>
    /// <param name="teamB">The second team, not the first.</param>
    /// <param name="matches">Matches; only the meetings of the two count.</param>
    /// <param name="referenceDate">The date the "days since" figures count to.</param>
    /// <param name="goals">Goals; only those of the meetings are kept.</param>
    /// <param name="biggest">How many biggest wins to list for each side.</param>
    public static HeadToHeadReport Build(
        string teamA, string teamB, IEnumerable<Match> matches, DateOnly referenceDate, IEnumerable<Goal>? goals = null, int biggest = 5)
    {
        ArgumentNullException.ThrowIfNull(matches);
        if (string.Equals(teamA, teamB, StringComparison.Ordinal))
        {
            throw new ArgumentException($"a head-to-head needs two different teams, not {teamA} twice", nameof(teamB));
        }

        var meetings = TeamResult.Of(teamA, matches.Where(m => m.Involves(teamA) && m.Involves(teamB)));
        var keys = meetings.Select(r => (r.Match.Date, r.Match.Home, r.Match.Away)).ToHashSet();
        var fromB = meetings.Select(r => new TeamResult(r.Match, teamB)).ToList();
        Dated? Last(IEnumerable<TeamResult> results, Func<TeamResult, bool> which) =>
            results.LastOrDefault(which) is { } r ? new Dated(r, referenceDate) : null;

        return new HeadToHeadReport
        {
            TeamA = teamA,
            TeamB = teamB,
            ReferenceDate = referenceDate,
            Overall = Record.Of(meetings),
            ByCompetition = Record.By(meetings, r => r.Competition),
            ByVenue = Record.By(meetings, r => r.Venue),
            LastMeeting = meetings.LastOrDefault(),
            LastWinA = Last(meetings, r => r.Outcome == Outcome.Win),
            LastWinB = Last(fromB, r => r.Outcome == Outcome.Win),
            LastHomeWinA = Last(meetings, r => r.Outcome == Outcome.Win && r.Venue == Venue.Home),
            LastHomeWinB = Last(fromB, r => r.Outcome == Outcome.Win && r.Venue == Venue.Home),
            BiggestWinsA = Biggest(meetings, biggest),
            BiggestWinsB = Biggest(fromB, biggest),
            Matches = [.. meetings],
            Goals = goals is null ? [] : [.. goals.Where(g => keys.Contains((g.Date, g.Home, g.Away)))],
        };
    }

    /// <summary>
    /// The biggest wins among <paramref name="results"/>: margin, then goals scored, then the earliest, then the winner
    /// and the opponent (ordinal), so that the order does not depend on the order given.
    /// </summary>
    public static ImmutableArray<TeamResult> Biggest(IEnumerable<TeamResult> results, int count) =>
        [.. results.Where(r => r.Outcome == Outcome.Win)
            .OrderByDescending(r => r.GoalsFor - r.GoalsAgainst).ThenByDescending(r => r.GoalsFor).ThenBy(r => r.Match.Date)
            .ThenBy(r => r.Team, StringComparer.Ordinal).ThenBy(r => r.Opponent, StringComparer.Ordinal)
            .Take(count)];
}
