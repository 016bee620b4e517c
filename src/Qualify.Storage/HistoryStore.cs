using Microsoft.EntityFrameworkCore;
using Qualify.Domain.History;
using Qualify.Domain.Matches;
using Qualify.Domain.Teams;
using Qualify.Storage.Entities;
using Qualify.Storage.Import;

namespace Qualify.Storage;

/// <summary>
/// Reads the history store: counts, teams, former names, matches and goals, as domain values. Each call uses its own
/// pooled connection. The reads are plain ADO.NET with constant SQL (see <see cref="HistoryReader"/>), which never
/// starts EF Core: the ratings, forecasts and evaluation read every match through <see cref="LoadMatches"/>.
/// Orderings are applied in memory with ordinal string comparison, so results do not depend on the database's
/// collation.
/// </summary>
public sealed class HistoryStore
{
    private readonly IDbContextFactory<HistoryDbContext> _contexts;
    private readonly HistoryConnections _connections;

    /// <summary>Creates a reader over the store of <paramref name="contexts"/>.</summary>
    public HistoryStore(IDbContextFactory<HistoryDbContext> contexts)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        _contexts = contexts;
        _connections = HistoryConnections.For(contexts);
    }

    /// <summary>Whether the store's database exists and has its tables. Never creates anything.</summary>
    public bool Exists() => _connections.StoreExists();

    /// <summary>Whether the store is missing or holds no matches (nothing imported yet).</summary>
    public bool IsEmpty() => Counts().Matches == 0;

    /// <summary>How many rows each table holds; all zero for a missing store.</summary>
    public HistoryCounts Counts()
    {
        if (!_connections.StoreExists())
        {
            return HistoryCounts.Empty;
        }

        using var lease = _connections.Open();
        return HistoryReader.ReadCounts(lease.Connection);
    }

    /// <summary>Every team name, in ordinal order.</summary>
    /// <exception cref="InvalidOperationException">The store does not exist.</exception>
    public IReadOnlyList<string> LoadTeams()
    {
        using var lease = OpenExisting();
        return HistoryReader.ReadTeams(lease.Connection).Ordered;
    }

    /// <summary>Every former name, ordered by current name (ordinal) then start date.</summary>
    /// <exception cref="InvalidOperationException">The store does not exist.</exception>
    public IReadOnlyList<FormerName> LoadFormerNames()
    {
        using var lease = OpenExisting();
        return HistoryReader.ReadFormerNames(lease.Connection);
    }

    /// <summary>
    /// The matches selected by <paramref name="query"/>, ordered by date, then home team, then away team
    /// (ordinal) or, with <see cref="MatchQuery.InFileOrder"/>, in the order of <c>results.csv</c>; each with its score and, after a penalty shootout, its <see cref="Match.ShootoutWinner"/>.
    /// </summary>
    /// <exception cref="ArgumentException"><see cref="MatchQuery.From"/> is after <see cref="MatchQuery.To"/>.</exception>
    /// <exception cref="InvalidOperationException">The store does not exist.</exception>
    public IReadOnlyList<Match> LoadMatches(MatchQuery query)
    {
        Validate(query);
        using var lease = OpenExisting();
        var teams = HistoryReader.ReadTeams(lease.Connection);
        return Filter(query, teams) is { } filter
            ? HistoryReader.ReadMatches(lease.Connection, teams, filter.Database, filter.Keep, query.InFileOrder).Matches
            : [];
    }

    /// <summary>
    /// The scheduled matches (imported from <c>results.csv</c> rows with <c>NA</c> scores) selected by
    /// <paramref name="query"/>, by date, each without a score; none for a store imported before fixtures were kept.
    /// </summary>
    /// <exception cref="ArgumentException"><see cref="MatchQuery.From"/> is after <see cref="MatchQuery.To"/>.</exception>
    /// <exception cref="InvalidOperationException">The store does not exist.</exception>
    public IReadOnlyList<Match> LoadFixtures(MatchQuery query)
    {
        Validate(query);
        using var lease = OpenExisting();
        var fixtures = FixtureRows.ReadAll(lease.Connection, _connections.HasTable(lease.Connection, FixtureRows.Table));
        var key = query.Tournament is { } tournament ? HistoryImporter.ToTournamentKey(tournament) : null;
        return [.. fixtures.Where(m =>
            (query.From is null || m.Date >= query.From) && (query.To is null || m.Date <= query.To)
            && (key is null || HistoryImporter.ToTournamentKey(m.Tournament) == key)
            && (query.Involving is null || m.Involves(query.Involving))
            && (query.Teams is null || (query.Teams.Contains(m.Home, StringComparer.Ordinal) && query.Teams.Contains(m.Away, StringComparer.Ordinal))))];
    }

    /// <summary>
    /// The goals of the matches selected by <paramref name="query"/>, in the order of <see cref="LoadMatches"/> and,
    /// within a match, as listed in <c>goalscorers.csv</c>.
    /// </summary>
    /// <exception cref="ArgumentException"><see cref="MatchQuery.From"/> is after <see cref="MatchQuery.To"/>.</exception>
    /// <exception cref="InvalidOperationException">The store does not exist.</exception>
    public IReadOnlyList<Goal> LoadGoals(MatchQuery query)
    {
        Validate(query);
        using var lease = OpenExisting();
        var teams = HistoryReader.ReadTeams(lease.Connection);
        if (Filter(query, teams) is not { } filter)
        {
            return [];
        }

        var matches = HistoryReader.ReadMatches(lease.Connection, teams, filter.Database, filter.Keep);
        var rows = HistoryReader.ReadGoals(lease.Connection, filter.Database, matches);
        var goals = new Goal[rows.Count];
        for (var i = 0; i < goals.Length; i++)
        {
            var g = rows[i];
            var match = matches.Matches[g.Match];
            goals[i] = new Goal(match.Date, match.Home, match.Away, teams[g.TeamId], g.Scorer, g.Minute, g.OwnGoal, g.Penalty);
        }

        return goals;
    }

    /// <summary>The most recent successful import, or <see langword="null"/> when there has been none.</summary>
    /// <remarks>Read through EF Core (it maps the whole entity): not a hot path.</remarks>
    public ImportRunEntity? LoadLatestImportRun()
    {
        if (!_connections.StoreExists())
        {
            return null;
        }

        using var context = _contexts.CreateDbContext();
        return context.ImportRuns.AsNoTracking().OrderByDescending(r => r.Id).FirstOrDefault();
    }

    private OpenConnection OpenExisting() => _connections.StoreExists()
        ? _connections.Open()
        : throw new InvalidOperationException("the history store has not been created yet: import the international results dataset first");

    private static void Validate(MatchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.From is { } from && query.To is { } to && from > to)
        {
            throw new ArgumentException($"the date range is empty: from {from:yyyy-MM-dd} is after to {to:yyyy-MM-dd}", nameof(query));
        }
    }

    /// <summary>
    /// The database filter of <paramref name="query"/> and, for a team set, the test that both teams are in it (applied
    /// in memory: the set's size varies, the SQL text does not); <see langword="null"/> when nothing can match.
    /// </summary>
    private static (MatchFilter Database, Func<int, int, bool>? Keep)? Filter(MatchQuery query, TeamNames teams)
    {
        var filter = MatchFilter.All with
        {
            From = query.From ?? DateOnly.MinValue,
            To = query.To ?? DateOnly.MaxValue,
            TournamentKey = query.Tournament is { } tournament ? HistoryImporter.ToTournamentKey(tournament) : null,
        };
        if (query.Involving is { } team)
        {
            if (teams.IdOf(team) is not { } id)
            {
                return null;
            }

            filter = filter with { Teams = TeamCondition.Team, Team = id };
        }

        if (query.Teams is not { } names)
        {
            return (filter, null);
        }

        var ids = new HashSet<int>();
        foreach (var name in names)
        {
            if (teams.IdOf(name) is { } id)
            {
                ids.Add(id);
            }
        }

        return ids.Count == 0 ? null : (filter, (home, away) => ids.Contains(home) && ids.Contains(away));
    }
}
