using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Qualify.Domain.History;
using Qualify.Domain.Matches;
using Qualify.Storage.Entities;
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
/// Lean reads for the history reports (head-to-head, team, records), which may read every match and goal: the
/// queries select key columns only, without joins to the team table, and team names are mapped in memory from one
/// read of the teams. Filters are LINQ (parameterised by EF Core) on the indexed team and date columns.
/// </summary>
public sealed class HistoryQueries
{
    private readonly IDbContextFactory<HistoryDbContext> _contexts;

    /// <summary>Creates the reader over the store of <paramref name="contexts"/>.</summary>
    public HistoryQueries(IDbContextFactory<HistoryDbContext> contexts)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        _contexts = contexts;
    }

    /// <summary>
    /// Whether the store exists, has its tables and holds at least one match: one cheap query, where
    /// <see cref="HistoryStore.IsEmpty"/> counts every table. Never creates anything.
    /// </summary>
    public bool HasMatches()
    {
        using var context = _contexts.CreateDbContext();
        var creator = context.GetService<IRelationalDatabaseCreator>();
        return creator.Exists() && creator.HasTables() && context.Matches.Any();
    }

    /// <summary>
    /// Every team name, in ordinal order: the same names as <see cref="HistoryStore.LoadTeams"/>, by the query that
    /// <see cref="Load"/> maps team keys with (one query for EF Core to compile, not two).
    /// </summary>
    public IReadOnlyList<string> LoadTeams()
    {
        using var context = _contexts.CreateDbContext();
        var names = ReadTeams(context).Values.ToList();
        names.Sort(StringComparer.Ordinal);
        return names;
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

        using var context = _contexts.CreateDbContext();
        var names = ReadTeams(context);

        // The goals are read on a second connection while this one reads the matches: for every match, two long reads.
        var goalRows = scope.WithGoals ? Task.Run(() => ReadGoals(scope, names)) : null;
        var matches = Filter(context, scope, names);
        var rows = matches
            .Select(m => new { m.Id, m.Date, m.HomeTeamId, m.AwayTeamId, m.HomeScore, m.AwayScore, m.Tournament, m.City, m.Country, m.Neutral, m.ShootoutWinnerId })
            .ToList();

        // The order of HistoryStore.LoadMatches (date, then home and away team by ordinal name) as one integer key per
        // match, from each team's rank among the names: no string comparison while sorting every match.
        var rank = names.OrderBy(t => t.Value, StringComparer.Ordinal).Select((t, i) => (t.Key, Rank: (long)i)).ToDictionary(t => t.Key, t => t.Rank);
        var teamCount = (long)Math.Max(1, names.Count);

        // One string instance per distinct tournament, city and country: the reports hold every match at once.
        var pool = new Dictionary<string, string>(StringComparer.Ordinal);
        string Pooled(string text) => pool.TryGetValue(text, out var kept) ? kept : pool[text] = text;
        var ordered = new Match[rows.Count];
        var keys = new long[rows.Count];
        var ids = new int[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            var m = rows[i];
            ordered[i] = new Match(
                m.Date, names[m.HomeTeamId], names[m.AwayTeamId], new Score(m.HomeScore, m.AwayScore), Pooled(m.Tournament),
                Pooled(m.City), Pooled(m.Country), m.Neutral, m.ShootoutWinnerId is { } w ? names[w] : null);
            keys[i] = (((m.Date.DayNumber * teamCount) + rank[m.HomeTeamId]) * teamCount) + rank[m.AwayTeamId];
            ids[i] = m.Id;
        }

        var sortKeys = (long[])keys.Clone();
        Array.Sort(sortKeys, ordered);
        Array.Sort(keys, ids);
        return new HistoryExtract(ordered, goalRows is null ? [] : ToGoals(goalRows.GetAwaiter().GetResult(), ids, ordered, names));
    }

    /// <summary>
    /// The distinct years in which <paramref name="tournament"/> (matched like <see cref="MatchQuery.Tournament"/>, ignoring
    /// case) has matches strictly before <paramref name="before"/>, in order: for the World Cup finals, its editions.
    /// </summary>
    public IReadOnlyList<int> LoadTournamentYears(string tournament, DateOnly? before)
    {
        ArgumentNullException.ThrowIfNull(tournament);
        using var context = _contexts.CreateDbContext();
        var key = HistoryImporter.ToTournamentKey(tournament);
        var matches = context.Matches.AsNoTracking().Where(m => m.TournamentKey == key);
        if (before is { } end)
        {
            matches = matches.Where(m => m.Date < end);
        }

        return [.. matches.Select(m => m.Date).Distinct().AsEnumerable().Select(d => d.Year).Distinct().Order()];
    }

    private static Dictionary<int, string> ReadTeams(HistoryDbContext context) =>
        context.Teams.AsNoTracking().Select(t => new { t.Id, t.Name }).ToDictionary(t => t.Id, t => t.Name);

    private static IQueryable<MatchEntity> Filter(HistoryDbContext context, HistoryScope scope, Dictionary<int, string> names)
    {
        IQueryable<MatchEntity> matches = context.Matches.AsNoTracking();
        if (scope.Team is { } team)
        {
            // An unknown team becomes key 0, which no team has (the importer numbers them from 1).
            var id = IdOf(names, team);
            if (scope.Opponent is { } opponent)
            {
                var other = IdOf(names, opponent);
                matches = matches.Where(m => (m.HomeTeamId == id && m.AwayTeamId == other) || (m.HomeTeamId == other && m.AwayTeamId == id));
            }
            else
            {
                matches = matches.Where(m => m.HomeTeamId == id || m.AwayTeamId == id);
            }
        }

        if (scope.Since is { } since)
        {
            matches = matches.Where(m => m.Date >= since);
        }

        if (scope.Before is { } before)
        {
            matches = matches.Where(m => m.Date < before);
        }

        return matches;
    }

    private static int IdOf(Dictionary<int, string> names, string team)
    {
        foreach (var (id, name) in names)
        {
            if (string.Equals(name, team, StringComparison.Ordinal))
            {
                return id;
            }
        }

        return 0;
    }

    private List<GoalRow> ReadGoals(HistoryScope scope, Dictionary<int, string> names)
    {
        using var context = _contexts.CreateDbContext();

        // Every match selected: read the goal table alone; otherwise join it to the selected matches.
        var goals = scope.Team is null && scope.Since is null && scope.Before is null
            ? context.Goals.AsNoTracking()
            : context.Goals.AsNoTracking().Join(Filter(context, scope, names), g => g.MatchId, m => m.Id, (g, m) => g);
        return goals.Select(g => new GoalRow(g.Id, g.MatchId, g.TeamId, g.Scorer, g.Minute, g.OwnGoal, g.Penalty)).ToList();
    }

    private static Goal[] ToGoals(List<GoalRow> rows, int[] matchIds, Match[] ordered, Dictionary<int, string> names)
    {
        // Match order, then file order (the goal key): sort on the match's position and the goal key, both integers.
        var position = new Dictionary<int, int>(matchIds.Length);
        for (var i = 0; i < matchIds.Length; i++)
        {
            position[matchIds[i]] = i;
        }

        var kept = new List<(long Key, Goal Goal)>(rows.Count);
        foreach (var g in rows)
        {
            if (position.TryGetValue(g.MatchId, out var at))
            {
                var match = ordered[at];
                kept.Add((((long)at << 32) | (uint)g.Id, new Goal(match.Date, match.Home, match.Away, names[g.TeamId], g.Scorer, g.Minute, g.OwnGoal, g.Penalty)));
            }
        }

        kept.Sort((x, y) => x.Key.CompareTo(y.Key));
        return [.. kept.Select(k => k.Goal)];
    }

    private readonly record struct GoalRow(int Id, int MatchId, int TeamId, string? Scorer, int? Minute, bool OwnGoal, bool Penalty);
}
