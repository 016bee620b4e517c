using Qualify.Domain.History;
using Qualify.Domain.Matches;
using Qualify.Domain.Teams;
using Qualify.Storage;

namespace Qualify.Cli.Infrastructure;

/// <summary>
/// The history port as the container gives it to the services: the SQLite store (<see cref="StoreHistorySource"/>)
/// that the command line selected (<see cref="StoreSelection"/>), opened when a service first asks for data. Services
/// are built with the command, before its settings are known; the store they read is chosen by <c>--db</c>.
/// </summary>
internal sealed class SelectedHistorySource(StoreSelection selection, Func<string, string?> environment) : IHistorySource
{
    private readonly Lazy<IHistorySource> _store = new(() => new StoreHistorySource(selection.Database, environment));

    public string Location => _store.Value.Location;

    public bool HasMatches => _store.Value.HasMatches;

    public IReadOnlyList<Match> LoadMatches(MatchQuery query) => _store.Value.LoadMatches(query);

    public IReadOnlyList<Match> LoadFixtures(MatchQuery query) => _store.Value.LoadFixtures(query);

    public IReadOnlyList<string> LoadTeams() => _store.Value.LoadTeams();

    public IReadOnlyList<FormerName> LoadFormerNames() => _store.Value.LoadFormerNames();

    public HistoryExtract LoadHistory(HistoryScope scope) => _store.Value.LoadHistory(scope);

    public RecordsReport LoadRecords(string? team, DateOnly? before, int count) => _store.Value.LoadRecords(team, before, count);

    public IReadOnlyList<int> LoadTournamentYears(string tournament, DateOnly? before) => _store.Value.LoadTournamentYears(tournament, before);
}
