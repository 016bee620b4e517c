using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Qualify.Domain.History;
using Qualify.Storage.Entities;
using Qualify.Storage.Import;

namespace Qualify.Storage;

/// <summary>
/// Lean reads for the history reports (head-to-head, team, records), which may read every match and goal: plain ADO.NET
/// commands with constant SQL (see <see cref="HistoryReader"/>) that select key columns only, without joins to the team
/// table; team names are mapped in memory from one read of the teams. Filters are parameters on the indexed team and
/// date columns. No read starts EF Core.
/// </summary>
public sealed class HistoryQueries
{
    private readonly HistoryConnections _connections;

    /// <summary>Creates the reader over the store of <paramref name="contexts"/>.</summary>
    public HistoryQueries(IDbContextFactory<HistoryDbContext> contexts)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        _connections = HistoryConnections.For(contexts);
    }

    /// <summary>
    /// Whether the store exists, has its tables and holds at least one match: one cheap query, where
    /// <see cref="HistoryStore.IsEmpty"/> counts every table. Never creates anything.
    /// </summary>
    public bool HasMatches()
    {
        if (!_connections.StoreExists())
        {
            return false;
        }

        using var lease = _connections.Open();
        return HistoryReader.HasAnyMatch(lease.Connection);
    }

    /// <summary>The key and start of the latest import run (<see cref="HistoryReader.ReadLatestImportRun"/>); the store must exist.</summary>
    public (int Id, string Started)? LatestImportRun()
    {
        using var lease = _connections.Open();
        return HistoryReader.ReadLatestImportRun(lease.Connection);
    }

    /// <summary>Every team name, in ordinal order: the same names as <see cref="HistoryStore.LoadTeams"/>.</summary>
    public IReadOnlyList<string> LoadTeams()
    {
        using var lease = _connections.Open();
        return HistoryReader.ReadTeams(lease.Connection).Ordered;
    }

    /// <summary>The matches (and, if asked, goals) of <paramref name="scope"/>. An unknown team selects nothing.</summary>
    /// <exception cref="ArgumentException">The scope has an opponent without a team, or an empty date window.</exception>
    public HistoryExtract Load(HistoryScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.Opponent is not null && scope.Team is null)
        {
            throw new ArgumentException("a history scope with an opponent needs a team", nameof(scope));
        }

        if (scope.Since is { } since && scope.Before is { } before && since >= before)
        {
            throw new ArgumentException($"the date range is empty: since {since:yyyy-MM-dd} is not before {before:yyyy-MM-dd}", nameof(scope));
        }

        using var lease = _connections.Open();
        var teams = HistoryReader.ReadTeams(lease.Connection);
        if (Filter(scope, teams) is not { } filter)
        {
            return new HistoryExtract([], []);
        }

        // Over every team (tens of thousands of rows each) the goals are read on a second connection while this one
        // reads the matches; a team's or a pair's few hundred rows are read one after the other.
        var goalRows = scope.WithGoals && filter.Teams == TeamCondition.Any ? Task.Run(() => ReadGoalRows(filter)) : null;
        var matches = HistoryReader.ReadMatches(lease.Connection, teams, filter);
        if (!scope.WithGoals)
        {
            return new HistoryExtract(matches.Matches, []);
        }

        var rows = goalRows is null
            ? HistoryReader.ReadGoals(lease.Connection, filter, matches)
            : HistoryReader.Attach(goalRows.GetAwaiter().GetResult(), matches);
        var goals = new Goal[rows.Count];
        for (var i = 0; i < goals.Length; i++)
        {
            var g = rows[i];
            var match = matches.Matches[g.Match];
            goals[i] = new Goal(match.Date, match.Home, match.Away, teams[g.TeamId], g.Scorer, g.Minute, g.OwnGoal, g.Penalty);
        }

        return new HistoryExtract(matches.Matches, goals);
    }

    /// <summary>
    /// The records of one team (<paramref name="team"/>, exact name) or of every team, from the matches strictly before
    /// <paramref name="before"/>, with <paramref name="count"/> entries a list: the same report as
    /// <see cref="RecordsReport.Build"/> over <see cref="Load"/>'s matches and goals, but without reading them all in
    /// full: the matches as scores only (key, date, teams, goals) for the runs, the counts and the coverage, the goals
    /// as key columns for the scorers; only the wins that can rank among the biggest are read in full. An unknown team
    /// has empty records.
    /// </summary>
    public RecordsReport LoadRecords(string? team, DateOnly? before, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        using var lease = _connections.Open();
        var teams = HistoryReader.ReadTeams(lease.Connection);
        if (Filter(new HistoryScope { Team = team, Before = before }, teams) is not { } filter)
        {
            return RecordsReport.Assemble(team, 0, null, [], new ScorerCoverage(0, 0), [], [], count);
        }

        var teamId = filter.Teams == TeamCondition.Team ? filter.Team : 0;
        var (scores, facts) = teamId == 0
            ? ReadEveryTeam(lease.Connection, teams, filter)
            : (HistoryReader.ReadScores(lease.Connection, teams, filter), HistoryReader.ReadGoalFacts(lease.Connection, filter).ToArray());
        var tally = new RecordsTally(scores, teamId, teams.MaxId);

        // Only the wins that can rank among the biggest are read in full.
        var full = HistoryReader.ReadMatchesByKey(lease.Connection, teams, tally.BiggestWinCandidates(count));
        var biggest = full.Select(m => new TeamResult(m, m.Score!.Value.Home > m.Score.Value.Away ? m.Home : m.Away));
        var counted = tally.CountedGoals(facts, teams);
        return RecordsReport.Assemble(
            team,
            scores.Length,
            scores.Length == 0 ? null : (scores[0].Date, scores[^1].Date),
            ScorerTotal.Totals(counted),
            new ScorerCoverage(tally.Goals, counted.Count(g => g.Scorer is not null)),
            biggest,
            tally.Outcomes.Select(t => KeyValuePair.Create(teams[t.TeamId], t.Outcomes)),
            count);
    }

    /// <summary>
    /// The distinct years in which <paramref name="tournament"/> (matched like <see cref="MatchQuery.Tournament"/>, ignoring
    /// case) has matches strictly before <paramref name="before"/>, in order: for the World Cup finals, its editions.
    /// </summary>
    public IReadOnlyList<int> LoadTournamentYears(string tournament, DateOnly? before)
    {
        ArgumentNullException.ThrowIfNull(tournament);
        if (before == DateOnly.MinValue)
        {
            return [];
        }

        using var lease = _connections.Open();
        var filter = MatchFilter.All with
        {
            To = before is { } end ? end.AddDays(-1) : DateOnly.MaxValue,
            TournamentKey = HistoryImporter.ToTournamentKey(tournament),
        };
        return HistoryReader.ReadYears(lease.Connection, filter);
    }

    /// <summary>
    /// Every team's scores in the window and every goal: from the last import's records snapshot (one value) when the
    /// store has one, else from the tables, the goals on a second connection while this one reads the scores.
    /// </summary>
    private (ScoreRow[] Scores, GoalFact[] Goals) ReadEveryTeam(DbConnection connection, TeamNames teams, MatchFilter filter)
    {
        if (_connections.HasTable(connection, RecordsSnapshotEntityConfiguration.Table) && HistoryReader.ReadRecordsSnapshot(connection) is { } data)
        {
            var (all, goals) = RecordsSnapshot.Decode(data);
            var first = 0;
            while (first < all.Length && all[first].Date < filter.From)
            {
                first++;
            }

            var end = first;
            while (end < all.Length && all[end].Date <= filter.To)
            {
                end++;
            }

            return (all[first..end], goals);
        }

        var goalFacts = Task.Run(() => ReadGoalFacts(filter));
        var scores = HistoryReader.ReadScores(connection, teams, filter);
        return (scores, goalFacts.GetAwaiter().GetResult().ToArray());
    }

    private List<GoalFact> ReadGoalFacts(MatchFilter filter)
    {
        using var lease = _connections.Open();
        return HistoryReader.ReadGoalFacts(lease.Connection, filter);
    }

    private List<StoredGoal> ReadGoalRows(MatchFilter filter)
    {
        using var lease = _connections.Open();
        return HistoryReader.ReadGoalRows(lease.Connection, filter);
    }

    /// <summary>The database filter of <paramref name="scope"/>; <see langword="null"/> when it selects nothing (an unknown team, nothing before the first day).</summary>
    private static MatchFilter? Filter(HistoryScope scope, TeamNames teams)
    {
        if (scope.Before == DateOnly.MinValue)
        {
            return null;
        }

        var filter = MatchFilter.All with
        {
            From = scope.Since ?? DateOnly.MinValue,
            To = scope.Before is { } before ? before.AddDays(-1) : DateOnly.MaxValue,
        };
        if (scope.Team is not { } team)
        {
            return filter;
        }

        if (teams.IdOf(team) is not { } id)
        {
            return null;
        }

        if (scope.Opponent is not { } opponent)
        {
            return filter with { Teams = TeamCondition.Team, Team = id };
        }

        return teams.IdOf(opponent) is { } other ? filter with { Teams = TeamCondition.Pair, Team = id, Opponent = other } : null;
    }
}
