using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Qualify.Domain.Matches;
using Qualify.Domain.Teams;
using Qualify.Storage.Entities;
using Qualify.Storage.Import;

namespace Qualify.Storage;

/// <summary>
/// Reads the history store: counts, teams, former names, matches and goals, as domain values. Each call uses
/// its own short-lived context. Orderings are applied in memory with ordinal string comparison, so results do
/// not depend on the database's collation.
/// </summary>
public sealed class HistoryStore
{
    private readonly IDbContextFactory<HistoryDbContext> _contexts;

    /// <summary>Creates a reader over the store of <paramref name="contexts"/>.</summary>
    public HistoryStore(IDbContextFactory<HistoryDbContext> contexts)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        _contexts = contexts;
    }

    /// <summary>Whether the store's database exists and has its tables. Never creates anything.</summary>
    public bool Exists()
    {
        using var context = _contexts.CreateDbContext();
        return Exists(context);
    }

    /// <summary>Whether the store is missing or holds no matches (nothing imported yet).</summary>
    public bool IsEmpty() => Counts().Matches == 0;

    /// <summary>How many rows each table holds; all zero for a missing store.</summary>
    public HistoryCounts Counts()
    {
        using var context = _contexts.CreateDbContext();
        if (!Exists(context))
        {
            return HistoryCounts.Empty;
        }

        return new HistoryCounts(
            Teams: context.Teams.Count(),
            Matches: context.Matches.Count(),
            Goals: context.Goals.Count(),
            Shootouts: context.Matches.Count(m => m.ShootoutWinnerId != null),
            FormerNames: context.FormerNames.Count(),
            ImportRuns: context.ImportRuns.Count());
    }

    /// <summary>Every team name, in ordinal order.</summary>
    /// <exception cref="InvalidOperationException">The store does not exist.</exception>
    public IReadOnlyList<string> LoadTeams()
    {
        using var context = OpenExisting();
        var names = context.Teams.AsNoTracking().Select(t => t.Name).ToList();
        names.Sort(StringComparer.Ordinal);
        return names;
    }

    /// <summary>Every former name, ordered by current name (ordinal) then start date.</summary>
    /// <exception cref="InvalidOperationException">The store does not exist.</exception>
    public IReadOnlyList<FormerName> LoadFormerNames()
    {
        using var context = OpenExisting();
        return context.FormerNames.AsNoTracking()
            .Select(f => new { Current = f.Team.Name, f.Former, f.StartDate, f.EndDate })
            .AsEnumerable()
            .Select(f => new FormerName(f.Current, f.Former, f.StartDate, f.EndDate))
            .OrderBy(f => f.Current, StringComparer.Ordinal)
            .ThenBy(f => f.Start)
            .ToList();
    }

    /// <summary>
    /// The matches selected by <paramref name="query"/>, ordered by date, then home team, then away team
    /// (ordinal), each with its score and, after a penalty shootout, its <see cref="Match.ShootoutWinner"/>.
    /// </summary>
    /// <exception cref="ArgumentException"><see cref="MatchQuery.From"/> is after <see cref="MatchQuery.To"/>.</exception>
    /// <exception cref="InvalidOperationException">The store does not exist.</exception>
    public IReadOnlyList<Match> LoadMatches(MatchQuery query)
    {
        Validate(query);
        using var context = OpenExisting();
        return Filter(context, query)
            .Select(m => new
            {
                m.Date,
                Home = m.HomeTeam.Name,
                Away = m.AwayTeam.Name,
                m.HomeScore,
                m.AwayScore,
                m.Tournament,
                m.City,
                m.Country,
                m.Neutral,
                ShootoutWinner = m.ShootoutWinner != null ? m.ShootoutWinner.Name : null,
            })
            .AsEnumerable()
            .Select(m => new Match(
                m.Date, m.Home, m.Away, new Score(m.HomeScore, m.AwayScore), m.Tournament, m.City, m.Country, m.Neutral, m.ShootoutWinner))
            .OrderBy(m => m.Date)
            .ThenBy(m => m.Home, StringComparer.Ordinal)
            .ThenBy(m => m.Away, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// The goals of the matches selected by <paramref name="query"/>, ordered like <see cref="LoadMatches"/>
    /// and, within a match, as listed in <c>goalscorers.csv</c>.
    /// </summary>
    /// <exception cref="ArgumentException"><see cref="MatchQuery.From"/> is after <see cref="MatchQuery.To"/>.</exception>
    /// <exception cref="InvalidOperationException">The store does not exist.</exception>
    public IReadOnlyList<GoalRecord> LoadGoals(MatchQuery query)
    {
        Validate(query);
        using var context = OpenExisting();
        var matches = Filter(context, query);
        return context.Goals.AsNoTracking()
            .Join(matches, g => g.MatchId, m => m.Id, (g, m) => new
            {
                g.Id,
                m.Date,
                Home = m.HomeTeam.Name,
                Away = m.AwayTeam.Name,
                Team = g.Team.Name,
                g.Scorer,
                g.Minute,
                g.OwnGoal,
                g.Penalty,
            })
            .AsEnumerable()
            .OrderBy(g => g.Date)
            .ThenBy(g => g.Home, StringComparer.Ordinal)
            .ThenBy(g => g.Away, StringComparer.Ordinal)
            .ThenBy(g => g.Id)
            .Select(g => new GoalRecord(g.Date, g.Home, g.Away, g.Team, g.Scorer, g.Minute, g.OwnGoal, g.Penalty))
            .ToList();
    }

    /// <summary>The most recent successful import, or <see langword="null"/> when there has been none.</summary>
    public ImportRunEntity? LoadLatestImportRun()
    {
        using var context = _contexts.CreateDbContext();
        return Exists(context)
            ? context.ImportRuns.AsNoTracking().OrderByDescending(r => r.Id).FirstOrDefault()
            : null;
    }

    private static bool Exists(HistoryDbContext context)
    {
        var creator = context.GetService<IRelationalDatabaseCreator>();
        return creator.Exists() && creator.HasTables();
    }

    private HistoryDbContext OpenExisting()
    {
        var context = _contexts.CreateDbContext();
        if (!Exists(context))
        {
            context.Dispose();
            throw new InvalidOperationException("the history store has not been created yet: import the international results dataset first");
        }

        return context;
    }

    private static void Validate(MatchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.From is { } from && query.To is { } to && from > to)
        {
            throw new ArgumentException($"the date range is empty: from {from:yyyy-MM-dd} is after to {to:yyyy-MM-dd}", nameof(query));
        }
    }

    private static IQueryable<MatchEntity> Filter(HistoryDbContext context, MatchQuery query)
    {
        IQueryable<MatchEntity> matches = context.Matches.AsNoTracking();
        if (query.Tournament is { } tournament)
        {
            var key = HistoryImporter.ToTournamentKey(tournament);
            matches = matches.Where(m => m.TournamentKey == key);
        }

        if (query.From is { } from)
        {
            matches = matches.Where(m => m.Date >= from);
        }

        if (query.To is { } to)
        {
            matches = matches.Where(m => m.Date <= to);
        }

        // Teams are looked up first so that the match filters are on the indexed team keys; an unknown team
        // becomes key 0, which no team has (the importer numbers them from 1).
        if (query.Involving is { } team)
        {
            var id = context.Teams.Where(t => t.Name == team).Select(t => (int?)t.Id).FirstOrDefault() ?? 0;
            matches = matches.Where(m => m.HomeTeamId == id || m.AwayTeamId == id);
        }

        if (query.Teams is { } teams)
        {
            var names = teams.Distinct(StringComparer.Ordinal).ToList();
            var ids = context.Teams.Where(t => names.Contains(t.Name)).Select(t => t.Id).ToList();
            matches = matches.Where(m => ids.Contains(m.HomeTeamId) && ids.Contains(m.AwayTeamId));
        }

        return matches;
    }
}
