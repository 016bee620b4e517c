using Qualify.Domain.History;
using Qualify.Domain.Matches;
using Qualify.Domain.Teams;
using Qualify.Storage;

namespace Qualify.Hosting;

/// <summary>
/// The history port as the container gives it to the services: the store (<see cref="StoreHistorySource"/>, SQLite or PostgreSQL)
/// that the front end selected (<see cref="QualifyHost.Database"/>), opened when a service first asks for data. The
/// CLI builds services with the command, before its settings are known; the store they read is chosen by <c>--db</c>.
/// </summary>
internal sealed class SelectedHistorySource(Func<string?> database, Func<string, string?> environment) : IHistorySource
{
    private readonly Lazy<IHistorySource> _store = new(() => new StoreHistorySource(database(), environment));

    public string Location => _store.Value.Location;

    public bool HasMatches => _store.Value.HasMatches;

    public string Version => _store.Value.Version;

    public IReadOnlyList<Match> LoadMatches(MatchQuery query) => _store.Value.LoadMatches(query);

    public IReadOnlyList<Match> LoadFixtures(MatchQuery query) => _store.Value.LoadFixtures(query);

    public IReadOnlyList<string> LoadTeams() => _store.Value.LoadTeams();

    public IReadOnlyList<FormerName> LoadFormerNames() => _store.Value.LoadFormerNames();

    public HistoryExtract LoadHistory(HistoryScope scope) => _store.Value.LoadHistory(scope);

    public RecordsReport LoadRecords(string? team, DateOnly? before, int count) => _store.Value.LoadRecords(team, before, count);

    public IReadOnlyList<int> LoadTournamentYears(string tournament, DateOnly? before) => _store.Value.LoadTournamentYears(tournament, before);
}

/// <summary>
/// The result log (<see cref="IResultLog"/>) in the store the front end selected, as <see cref="SelectedHistorySource"/>
/// gives the history: the location is resolved when a service first reads or writes.
/// </summary>
internal sealed class SelectedResultLog(Func<string?> database, Func<string, string?> environment) : IResultLog
{
    private readonly Lazy<IResultLog> _store = new(() => new StoreResultLog(database(), environment));

    public IReadOnlyList<WrittenMatch> Load(string competition) => _store.Value.Load(competition);

    public void Write(WrittenMatch match, WriteAudit audit) => _store.Value.Write(match, audit);

    public bool Remove(string competition, DateOnly date, string home, string away, WriteAudit audit) =>
        _store.Value.Remove(competition, date, home, away, audit);

    public IReadOnlyList<WriteAudit> LoadAudit() => _store.Value.LoadAudit();
}
