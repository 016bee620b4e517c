using Microsoft.EntityFrameworkCore;
using Qualify.Domain.History;
using Qualify.Domain.Matches;
using Qualify.Storage.Import;

namespace Qualify.Storage;

/// <summary>
/// Which matches a history report reads: every match, one team's, or two teams' meetings, in a date window.
/// </summary>
public sealed record HistoryScope
{
    /// <summary>Every match, without goals.</summary>
    public static HistoryScope All { get; } = new();

    /// <summary>A dataset team name (exact) that must be the home or the away team; <see langword="null"/> for every team.</summary>
    public string? Team { get; init; }

    /// <summary>With <see cref="Team"/>: the other team of the match (meetings of the two only); <see langword="null"/> for any.</summary>
    public string? Opponent { get; init; }

    /// <summary>The first date included; <see langword="null"/> for no lower bound.</summary>
    public DateOnly? Since { get; init; }

    /// <summary>The first date excluded (matches strictly before it); <see langword="null"/> for no upper bound.</summary>
    public DateOnly? Before { get; init; }

    /// <summary>Whether to load the goals (<c>goalscorers.csv</c>) of the selected matches too.</summary>
    public bool WithGoals { get; init; }
}

/// <summary>The matches of a <see cref="HistoryScope"/> and, when asked, their goals.</summary>
/// <param name="Matches">The matches, by date, then home team, then away team (ordinal).</param>
/// <param name="Goals">Their goals in the same order and, within a match, as listed in <c>goalscorers.csv</c>; empty unless asked.</param>
public sealed record HistoryExtract(IReadOnlyList<Match> Matches, IReadOnlyList<Goal> Goals);

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
