using Qualify.Domain.Competitions;
using Qualify.Domain.Matches;
using Qualify.Domain.History;

namespace Qualify.Application;

/// <summary>A request for a competition's tables.</summary>
/// <param name="Competition">The competition's id.</param>
/// <param name="AsOf">The date, or <see langword="null"/> for every match.</param>
public sealed record TableRequest(string Competition, DateOnly? AsOf);

/// <summary>
/// Builds competition tables: finds the definition, takes its matches from the definition's fixtures or from the
/// history store, with the results written through the API laid over them (<see cref="IResultLog"/>), and ranks them
/// with <see cref="CompetitionTableBuilder"/>.
/// </summary>
/// <param name="catalog">The competition definitions.</param>
/// <param name="history">The history store's matches.</param>
/// <param name="results">The results written through the API, or <see langword="null"/> for none (a library use without a store).</param>
public sealed class TableService(CompetitionCatalog catalog, IHistorySource history, IResultLog? results = null)
{
    /// <summary>Builds the tables for <paramref name="request"/>.</summary>
    /// <exception cref="Domain.UnknownNameException">The competition is unknown.</exception>
    /// <exception cref="UserInputException">The definition reads the history store and the store is empty.</exception>
    public CompetitionTable Build(TableRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var competition = catalog.Find(request.Competition);
        return CompetitionTableBuilder.Build(competition, MatchesOf(competition), request.AsOf);
    }

    /// <summary>
    /// The matches of <paramref name="competition"/>'s groups and ties: its fixtures, or the history store's, stage by
    /// stage, with the results written through the API over them (read from the store on each call, never cached).
    /// </summary>
    /// <exception cref="UserInputException">A stage reads the history store and the store is empty.</exception>
    /// <exception cref="CompetitionDefinitionException">A stage reads the history store and the definition names a team the store does not know.</exception>
    public ICompetitionMatches MatchesOf(CompetitionDefinition competition)
    {
        ArgumentNullException.ThrowIfNull(competition);
        var known = KnownMatchesOf(competition);
        var written = results?.Load(competition.Id) ?? [];
        return written.Count == 0 ? known : new WrittenMatches(competition, known, written);
    }

    /// <summary>The competitions whose teams were found in the store, and the store version they were checked at.</summary>
    private CheckedCompetitions? _checked;

    /// <summary>
    /// <see cref="HistoryTeamCheck.EnsureKnown"/>, once per competition and store version (<see cref="IHistorySource.Version"/>):
    /// the check reads every team and former name of the store, and a web server reads the same tables many times
    /// between imports. An import gives a new version, and the next read checks again.
    /// </summary>
    private void EnsureKnownTeams(CompetitionDefinition competition)
    {
        var version = history.Version;
        var kept = _checked is { } c && c.Version == version ? c : new CheckedCompetitions(version, []);
        if (version.Length > 0 && kept.Ids.Contains(competition.Id))
        {
            return;
        }

        HistoryTeamCheck.EnsureKnown(competition, catalog.FileOf(competition.Id), history);
        _checked = kept with { Ids = kept.Ids.Add(competition.Id) };
    }

    private ICompetitionMatches KnownMatchesOf(CompetitionDefinition competition)
    {
        if (competition.Stages.All(s => competition.SourceOf(s) is not HistoryFilterSource))
        {
            return DefinitionMatches.Instance;
        }

        if (!history.HasMatches)
        {
            throw UserInputException.MissingData(
                $"competition '{competition.Id}' reads its matches from the history store, which is empty at {history.Location}: run 'qualify import <folder>' first");
        }

        EnsureKnownTeams(competition);
        return new StoreMatches(competition, history);
    }

    /// <summary>
    /// A stage's matches from the history store: those of its tournament within its window between teams of the group (or
    /// the tie's two teams), played, then scheduled (NA scores in results.csv).
    /// </summary>
    private sealed class StoreMatches(CompetitionDefinition competition, IHistorySource history) : ICompetitionMatches
    {
        public IReadOnlyList<Match> OfGroup(StageDefinition stage, GroupDefinition group) =>
            competition.SourceOf(stage) is HistoryFilterSource filter ? Load(filter, group.Teams) : group.Fixtures;

        public IReadOnlyList<Match> OfTie(StageDefinition stage, TieDefinition tie, string home, string away) =>
            competition.SourceOf(stage) is HistoryFilterSource filter ? Load(filter, [home, away]) : tie.Fixtures;

        private IReadOnlyList<Match> Load(HistoryFilterSource filter, IReadOnlyList<string> teams)
        {
            var query = new MatchQuery { Tournament = filter.Tournament, From = filter.From, To = filter.To, Teams = teams };
            var fixtures = history.LoadFixtures(query);
            return fixtures.Count == 0 ? history.LoadMatches(query) : [.. history.LoadMatches(query), .. fixtures];
        }
    }
}

/// <summary>The competitions whose named teams are all in the store at <paramref name="Version"/> (one object, read whole).</summary>
/// <param name="Version">The store's version.</param>
/// <param name="Ids">The competitions' ids.</param>
internal sealed record CheckedCompetitions(string Version, System.Collections.Immutable.ImmutableHashSet<string> Ids);
