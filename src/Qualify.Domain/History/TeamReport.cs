using System.Collections.Immutable;
using Qualify.Domain.Matches;

namespace Qualify.Domain.History;

/// <summary>
/// One team's history up to a date: its record overall and by competition, biggest wins and defeats, longest runs,
/// World Cup finals appearances derived from the match records, and top scorers with the coverage of the scorer data.
/// </summary>
public sealed record TeamReport
{
    /// <summary>The tournament name of World Cup finals matches in the dataset.</summary>
    public const string WorldCupTournament = "FIFA World Cup";

    /// <summary>The team.</summary>
    public required string Team { get; init; }

    /// <summary>The record over every match.</summary>
    public required Record Overall { get; init; }

    /// <summary>The record by competition group; every group is present.</summary>
    public required ImmutableDictionary<CompetitionGroup, Record> ByCompetition { get; init; }

    /// <summary>The first and last match considered.</summary>
    public required (DateOnly From, DateOnly To)? Span { get; init; }

    /// <summary>Biggest wins.</summary>
    public required ImmutableArray<TeamResult> BiggestWins { get; init; }

    /// <summary>Biggest defeats.</summary>
    public required ImmutableArray<TeamResult> BiggestDefeats { get; init; }

    /// <summary>The longest run of each kind.</summary>
    public required ImmutableArray<Run> LongestRuns { get; init; }

    /// <summary>Years of the World Cup finals the team played in.</summary>
    public required ImmutableArray<int> WorldCupAppearances { get; init; }

    /// <summary>Years of every World Cup finals edition in the data over the same period, played or not.</summary>
    public required ImmutableArray<int> WorldCupEditions { get; init; }

    /// <summary>The longest sequence of consecutive editions played (years), empty if none; the earliest if tied.</summary>
    public required ImmutableArray<int> LongestWorldCupStreak { get; init; }

    /// <summary>Top scorers for the team.</summary>
    public required IReadOnlyList<ScorerTotal> TopScorers { get; init; }

    /// <summary>How much of the team's scoring has a named scorer.</summary>
    public required ScorerCoverage Coverage { get; init; }

    /// <summary>Builds the report.</summary>
    /// <param name="team">The team.</param>
    /// <param name="matches">The team's matches (others are ignored).</param>
    /// <param name="goals">Goals of those matches (others are ignored).</param>
    /// <param name="worldCupEditions">Every World Cup finals year in the data up to the same date, to tell consecutive appearances.</param>
    /// <param name="listLength">How many biggest wins, defeats and scorers to list.</param>
    public static TeamReport Build(string team, IEnumerable<Match> matches, IEnumerable<Goal> goals, IEnumerable<int> worldCupEditions, int listLength = 5)
    {
        ArgumentNullException.ThrowIfNull(goals);
        ArgumentNullException.ThrowIfNull(worldCupEditions);
        var results = TeamResult.Of(team, matches);
        ImmutableArray<int> editions = [.. worldCupEditions.Distinct().Order()];
        var played = results.Select(r => (r.Match.Date, r.Match.Home, r.Match.Away)).ToHashSet();
        var teamGoals = goals.Where(g => string.Equals(g.Team, team, StringComparison.Ordinal) && played.Contains((g.Date, g.Home, g.Away))).ToList();
        var appearances = results.Where(r => r.Match.Tournament == WorldCupTournament).Select(r => r.Match.Date.Year).Distinct().Order().ToImmutableArray();
        var losses = results.Where(r => r.Outcome == Outcome.Loss)
            .OrderByDescending(r => r.GoalsAgainst - r.GoalsFor).ThenByDescending(r => r.GoalsAgainst).ThenBy(r => r.Match.Date)
            .Take(listLength);
        return new TeamReport
        {
            Team = team,
            Overall = Record.Of(results),
            ByCompetition = Record.By(results, r => r.Competition),
            Span = results.Count == 0 ? null : (results[0].Match.Date, results[^1].Match.Date),
            BiggestWins = HeadToHeadReport.Biggest(results, listLength),
            BiggestDefeats = [.. losses],
            LongestRuns = [.. Enum.GetValues<RunKind>().Select(k => Run.Longest(team, results, k)).OfType<Run>()],
            WorldCupAppearances = appearances,
            WorldCupEditions = editions,
            LongestWorldCupStreak = LongestStreak(appearances, editions),
            TopScorers = ScorerTotal.Top(teamGoals, listLength * 2),
            Coverage = new ScorerCoverage(results.Sum(r => r.GoalsFor), teamGoals.Count(g => g.Scorer is not null)),
        };
    }

    private static ImmutableArray<int> LongestStreak(ImmutableArray<int> appearances, ImmutableArray<int> editions)
    {
        var played = appearances.ToHashSet();
        var best = new List<int>();
        var current = new List<int>();
        foreach (var year in editions)
        {
            if (played.Contains(year))
            {
                current.Add(year);
                if (current.Count > best.Count)
                {
                    best = [.. current];
                }
            }
            else
            {
                current.Clear();
            }
        }

        return [.. best];
    }
}
