using System.Collections.Immutable;
using Qualify.Domain.Matches;

namespace Qualify.Domain.History;

/// <summary>A team's last result of a kind, with the days from it to the report's reference date.</summary>
/// <param name="Result">The result.</param>
/// <param name="DaysSince">Days from the match to the reference date.</param>
public sealed record Dated(TeamResult Result, int DaysSince);

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

    /// <summary>A's record by competition group.</summary>
    public required ImmutableDictionary<CompetitionGroup, Record> ByCompetition { get; init; }

    /// <summary>A's record by venue from A's side (Home: A at home; Away: B at home; Neutral).</summary>
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

    /// <summary>Builds the report from <paramref name="matches"/> (any matches; only A–B meetings count).</summary>
    public static HeadToHeadReport Build(string teamA, string teamB, IEnumerable<Match> matches, DateOnly referenceDate, int biggest = 5)
    {
        ArgumentNullException.ThrowIfNull(matches);
        var meetings = TeamResult.Of(teamA, matches.Where(m => m.Involves(teamA) && m.Involves(teamB)));
        var fromB = meetings.Select(r => new TeamResult(r.Match, teamB)).ToList();
        Dated? Last(IEnumerable<TeamResult> results, Func<TeamResult, bool> which) =>
            results.LastOrDefault(which) is { } r ? new Dated(r, referenceDate.DayNumber - r.Match.Date.DayNumber) : null;

        return new HeadToHeadReport
        {
            TeamA = teamA,
            TeamB = teamB,
            ReferenceDate = referenceDate,
            Overall = Record.Of(meetings),
            ByCompetition = meetings.GroupBy(r => r.Competition).ToImmutableDictionary(g => g.Key, Record.Of),
            ByVenue = meetings.GroupBy(r => r.Venue).ToImmutableDictionary(g => g.Key, Record.Of),
            LastMeeting = meetings.LastOrDefault(),
            LastWinA = Last(meetings, r => r.Outcome == Outcome.Win),
            LastWinB = Last(fromB, r => r.Outcome == Outcome.Win),
            LastHomeWinA = Last(meetings, r => r.Outcome == Outcome.Win && r.Venue == Venue.Home),
            LastHomeWinB = Last(fromB, r => r.Outcome == Outcome.Win && r.Venue == Venue.Home),
            BiggestWinsA = Biggest(meetings, biggest),
            BiggestWinsB = Biggest(fromB, biggest),
            Matches = [.. meetings],
        };
    }

    /// <summary>The biggest wins among <paramref name="results"/>: margin, then goals scored, then the earliest.</summary>
    public static ImmutableArray<TeamResult> Biggest(IEnumerable<TeamResult> results, int count) =>
        [.. results.Where(r => r.Outcome == Outcome.Win)
            .OrderByDescending(r => r.GoalsFor - r.GoalsAgainst).ThenByDescending(r => r.GoalsFor).ThenBy(r => r.Match.Date)
            .Take(count)];
}
