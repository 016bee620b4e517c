using Qualify.Domain.History;
using Qualify.Domain.Teams;

namespace Qualify.Application;

/// <summary>Where the known teams come from.</summary>
public enum TeamsSource
{
    /// <summary>The history store (the dataset's teams and former names), once imported.</summary>
    HistoryStore,

    /// <summary>The teams of the built-in competitions, when no history has been imported.</summary>
    BuiltInCompetitions,
}

/// <summary>The teams whose names match a search, with the directory that knows their former names.</summary>
/// <param name="Source">Where the names come from.</param>
/// <param name="Teams">The matching teams (<see cref="TeamDirectory.Search"/>).</param>
/// <param name="Directory">The directory searched: former names of each team, suggestions when none matches.</param>
public sealed record TeamsResult(TeamsSource Source, IReadOnlyList<string> Teams, TeamDirectory Directory);

/// <summary>
/// Lists the known teams: those of the history store when it has been imported, otherwise those of the built-in
/// competitions.
/// </summary>
public sealed class TeamsService(CompetitionCatalog catalog, IHistorySource history)
{
    /// <summary>The teams whose names contain <paramref name="search"/> (every team when <see langword="null"/>).</summary>
    public TeamsResult Search(string? search)
    {
        var fromStore = history.HasMatches;
        var directory = fromStore
            ? new TeamDirectory(history.LoadTeams(), history.LoadFormerNames())
            : new TeamDirectory(catalog.All.SelectMany(c => c.Teams));
        return new TeamsResult(fromStore ? TeamsSource.HistoryStore : TeamsSource.BuiltInCompetitions, directory.Search(search), directory);
    }
}
