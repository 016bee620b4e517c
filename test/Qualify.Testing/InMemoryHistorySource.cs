using Qualify.Domain.History;
using Qualify.Domain.Matches;
using Qualify.Domain.Teams;

namespace Qualify.Testing;

/// <summary>
/// The history port over lists held in memory: every read filters the lists with the selection its contract states
/// (<see cref="MatchQuery"/>, <see cref="HistoryScope.Includes"/>), so that it serves both as a fake store and as the
/// reference the store's lean queries are compared with. An empty list of matches is an empty store: every read then
/// throws <see cref="EmptyHistoryException"/>, as the store does.
/// </summary>
/// <param name="matches">The played matches, in the order of <c>results.csv</c> (same-day matches keep it).</param>
/// <param name="goals">Their goals, in the order of the matches and, within a match, of <c>goalscorers.csv</c>.</param>
/// <param name="fixtures">The scheduled matches.</param>
/// <param name="formerNames">The former names.</param>
public sealed class InMemoryHistorySource(
    IReadOnlyList<Match> matches,
    IReadOnlyList<Goal>? goals = null,
    IReadOnlyList<Match>? fixtures = null,
    IReadOnlyList<FormerName>? formerNames = null) : IHistorySource
{
    /// <inheritdoc />
    public string Location => "memory";

    /// <inheritdoc />
    public bool HasMatches => matches.Count > 0;

    /// <inheritdoc />
    /// <remarks>The lists never change: one version per instance.</remarks>
    public string Version { get; } = matches.Count > 0 ? "memory#" + Guid.NewGuid().ToString("N") : string.Empty;

    /// <inheritdoc />
    public IReadOnlyList<Match> LoadMatches(MatchQuery query) => Select(Existing(matches), query);

    /// <inheritdoc />
    public IReadOnlyList<Match> LoadFixtures(MatchQuery query) => Select(Existing(fixtures ?? []), query);

    /// <inheritdoc />
    public IReadOnlyList<string> LoadTeams() =>
        [.. Existing(matches).SelectMany(m => new[] { m.Home, m.Away }).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <inheritdoc />
    public IReadOnlyList<FormerName> LoadFormerNames() => Existing(formerNames ?? []);

    /// <inheritdoc />
    public HistoryExtract LoadHistory(HistoryScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var selected = LoadMatches(MatchQuery.All).Where(m => scope.Includes(m.Date, m.Home, m.Away)).ToList();
        var selectedGoals = scope.WithGoals ? (goals ?? []).Where(g => scope.Includes(g.Date, g.Home, g.Away)).ToList() : [];
        return new HistoryExtract(selected, selectedGoals);
    }

    /// <inheritdoc />
    public RecordsReport LoadRecords(string? team, DateOnly? before, int count)
    {
        var extract = LoadHistory(new HistoryScope { Team = team, Before = before, WithGoals = true });
        return RecordsReport.Build(team, extract.Matches, extract.Goals, count);
    }

    /// <inheritdoc />
    public IReadOnlyList<int> LoadTournamentYears(string tournament, DateOnly? before) =>
        [.. LoadMatches(new MatchQuery { Tournament = tournament }).Where(m => before is null || m.Date < before)
            .Select(m => m.Date.Year).Distinct().Order()];

    /// <summary>The matches of <paramref name="list"/> that <paramref name="query"/> selects, by date then (unless in file order) home and away team.</summary>
    private static List<Match> Select(IReadOnlyList<Match> list, MatchQuery query)
    {
        var selected = list.Where(m =>
            (query.From is null || m.Date >= query.From) && (query.To is null || m.Date <= query.To)
            && (query.Tournament is null || string.Equals(m.Tournament, query.Tournament, StringComparison.OrdinalIgnoreCase))
            && (query.Involving is null || m.Home == query.Involving || m.Away == query.Involving)
            && (query.Teams is null || (query.Teams.Contains(m.Home) && query.Teams.Contains(m.Away))));
        var byDate = selected.OrderBy(m => m.Date);
        return query.InFileOrder ? [.. byDate] : [.. byDate.ThenBy(m => m.Home, StringComparer.Ordinal).ThenBy(m => m.Away, StringComparer.Ordinal)];
    }

    private IReadOnlyList<T> Existing<T>(IReadOnlyList<T> list) => HasMatches ? list : throw new EmptyHistoryException(Location);
}
