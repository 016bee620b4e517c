using Qualify.Domain.Competitions;
using Qualify.Domain.Matches;
using Qualify.Storage;

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

    /// <summary>The matches of <paramref name="competition"/>'s groups and ties: its fixtures, or the history store's, stage by stage.</summary>
    /// <exception cref="UserInputException">A stage reads the history store and the store is empty.</exception>
    /// <exception cref="CompetitionDefinitionException">A stage reads the history store and the definition names a team the store does not know.</exception>
    public ICompetitionMatches MatchesOf(CompetitionDefinition competition)
    {
        ArgumentNullException.ThrowIfNull(competition);
        if (competition.Stages.All(s => competition.SourceOf(s) is not HistoryFilterSource))
        {
            return DefinitionMatches.Instance;
        }

        if (!history.HasMatches)
        {
            throw new UserInputException(
                $"competition '{competition.Id}' reads its matches from the history store, which is empty at {history.Location}: run 'qualify import <folder>' first");
        }

        HistoryTeamCheck.EnsureKnown(competition, catalog.FileOf(competition.Id), history);
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

/// <summary>The part of the history store that services read.</summary>
public interface IHistorySource
{
    /// <summary>Where the store is (a file path or a server), for messages.</summary>
    string Location { get; }

    /// <summary>Whether the store exists and holds matches.</summary>
    bool HasMatches { get; }

    /// <summary>The matches selected by <paramref name="query"/>, by date.</summary>
    IReadOnlyList<Match> LoadMatches(MatchQuery query);

    /// <summary>The goals of the matches selected by <paramref name="query"/>.</summary>
    IReadOnlyList<GoalRecord> LoadGoals(MatchQuery query);

    /// <summary>The scheduled (unplayed) matches selected by <paramref name="query"/>, by date; none by default.</summary>
    IReadOnlyList<Match> LoadFixtures(MatchQuery query) => [];

    /// <summary>Every team name in the store.</summary>
    IReadOnlyList<string> LoadTeams();

    /// <summary>Every former name in the store.</summary>
    IReadOnlyList<Domain.Teams.FormerName> LoadFormerNames();

    /// <summary>
    /// The matches of <paramref name="scope"/> and, when asked, their goals, ordered as <see cref="LoadMatches"/> and
    /// <see cref="LoadGoals"/> order them: what the history reports read. This default filters
    /// <see cref="LoadMatches"/> and <see cref="LoadGoals"/> in memory; a store answers with a lean query.
    /// </summary>
    HistoryExtract LoadHistory(HistoryScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        bool Selected(DateOnly date, string home, string away) =>
            (scope.Team is null || home == scope.Team || away == scope.Team)
            && (scope.Opponent is null || home == scope.Opponent || away == scope.Opponent)
            && (scope.Since is null || date >= scope.Since) && (scope.Before is null || date < scope.Before);
        var matches = LoadMatches(MatchQuery.All).Where(m => Selected(m.Date, m.Home, m.Away)).ToList();
        var goals = scope.WithGoals
            ? LoadGoals(MatchQuery.All).Where(g => Selected(g.Date, g.Home, g.Away))
                .Select(g => new Domain.History.Goal(g.Date, g.Home, g.Away, g.Team, g.Scorer, g.Minute, g.OwnGoal, g.Penalty)).ToList()
            : [];
        return new HistoryExtract(matches, goals);
    }

    /// <summary>
    /// The records of <paramref name="team"/> (exact dataset name; <see langword="null"/> for every team) from the
    /// matches strictly before <paramref name="before"/>, <paramref name="count"/> entries a list. This default builds
    /// them from <see cref="LoadHistory"/>; a store counts them in the database.
    /// </summary>
    Domain.History.RecordsReport LoadRecords(string? team, DateOnly? before, int count)
    {
        var extract = LoadHistory(new HistoryScope { Team = team, Before = before, WithGoals = true });
        return Domain.History.RecordsReport.Build(team, extract.Matches, extract.Goals, count);
    }

    /// <summary>
    /// The distinct years, in order, in which <paramref name="tournament"/> (exact name, case ignored) has matches
    /// strictly before <paramref name="before"/> (all when <see langword="null"/>). This default reads
    /// <see cref="LoadMatches"/>.
    /// </summary>
    IReadOnlyList<int> LoadTournamentYears(string tournament, DateOnly? before) =>
        [.. LoadMatches(new MatchQuery { Tournament = tournament }).Where(m => before is null || m.Date < before)
            .Select(m => m.Date.Year).Distinct().Order()];
}
