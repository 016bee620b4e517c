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
/// history store, and ranks them with <see cref="CompetitionTableBuilder"/>.
/// </summary>
public sealed class TableService(CompetitionCatalog catalog, IHistorySource history)
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

    /// <summary>The function that yields a group's matches for <paramref name="competition"/>.</summary>
    /// <exception cref="UserInputException">The definition reads the history store and the store is empty.</exception>
    /// <exception cref="CompetitionDefinitionException">The definition reads the history store and names a team the store does not know.</exception>
    public Func<GroupDefinition, IReadOnlyList<Match>> MatchesOf(CompetitionDefinition competition)
    {
        ArgumentNullException.ThrowIfNull(competition);
        if (competition.Matches is not HistoryFilterSource filter)
        {
            return g => g.Fixtures;
        }

        if (!history.HasMatches)
        {
            throw new UserInputException(
                $"competition '{competition.Id}' reads its matches from the history store, which is empty at {history.Location}: run 'qualify import <folder>' first");
        }

        HistoryTeamCheck.EnsureKnown(competition, catalog.FileOf(competition.Id), history);
        // The played matches, then the scheduled ones (NA scores in results.csv): the group's remaining matches.
        return g =>
        {
            var query = new MatchQuery { Tournament = filter.Tournament, From = filter.From, To = filter.To, Teams = g.Teams };
            var fixtures = history.LoadFixtures(query);
            return fixtures.Count == 0 ? history.LoadMatches(query) : [.. history.LoadMatches(query), .. fixtures];
        };
    }
}
