using Qualify.Domain.History;
using Qualify.Domain.Matches;
using Qualify.Domain.Teams;

namespace Qualify.Storage;

/// <summary>
/// The history store at a location resolved from <c>--db</c>, <c>QUALIFY_DB</c> or the default (a SQLite file or a
/// PostgreSQL database, <see cref="HistoryStoreLocation"/>), opened lazily: a command on built-in data never resolves,
/// creates or reads anything.
/// </summary>
public sealed class StoreHistorySource : IHistorySource
{
    private readonly Lazy<ResolvedStore> _location;
    private readonly Lazy<HistoryDbContextFactory> _contexts;
    private readonly Lazy<HistoryStore> _store;
    private readonly Lazy<HistoryQueries> _queries;
    private bool _hasMatches;

    /// <summary>Creates the source for an explicit store (a path, a connection string, or <see langword="null"/>) and an environment.</summary>
    public StoreHistorySource(string? explicitStore, Func<string, string?> environment)
    {
        _location = new Lazy<ResolvedStore>(() => HistoryStoreLocation.ResolveStore(explicitStore, environment));
        _contexts = new Lazy<HistoryDbContextFactory>(() => new HistoryDbContextFactory(_location.Value.Options));
        _store = new Lazy<HistoryStore>(() => new HistoryStore(_contexts.Value));
        _queries = new Lazy<HistoryQueries>(() => new HistoryQueries(_contexts.Value));
    }

    /// <inheritdoc />
    public string Location => _location.Value.Location.Path;

    /// <inheritdoc />
    /// <remarks>
    /// Once true it stays true for this source (an import replaces the data in one transaction, never leaving the
    /// store empty), so that each read does not count the tables again.
    /// </remarks>
    /// <exception cref="HistoryStoreException">The store's path is a directory, or the store cannot be read.</exception>
    public bool HasMatches => _hasMatches || (_hasMatches = Guard(() =>
    {
        if (_location.Value.Options.FilePath is { } file)
        {
            HistoryStoreFaults.CheckNotDirectory(file);
            if (!File.Exists(file))
            {
                return false;
            }
        }

        return _queries.Value.HasMatches();
    }));

    /// <inheritdoc />
    /// <remarks>
    /// The location and the latest import run (its key and start): every import adds a run, in the same transaction as
    /// its data. Read with one plain query (<see cref="HistoryQueries.LatestImportRun"/>), not through EF Core, whose
    /// start-up would cost every command that checks the version about half a second.
    /// </remarks>
    /// <exception cref="HistoryStoreException">The store cannot be read.</exception>
    public string Version => Guard(() => HasMatches && _queries.Value.LatestImportRun() is { } run
        ? FormattableString.Invariant($"{Location}#{run.Id}@{run.Started}")
        : string.Empty);

    /// <inheritdoc />
    public IReadOnlyList<Match> LoadMatches(MatchQuery query) => Guard(() => Existing().LoadMatches(query));

    /// <inheritdoc />
    public IReadOnlyList<Match> LoadFixtures(MatchQuery query) => Guard(() => Existing().LoadFixtures(query));

    /// <inheritdoc />
    public IReadOnlyList<string> LoadTeams() => Guard(() => HasMatches ? _queries.Value.LoadTeams() : throw Empty());

    /// <inheritdoc />
    public IReadOnlyList<FormerName> LoadFormerNames() => Guard(() => Existing().LoadFormerNames());

    /// <inheritdoc />
    public HistoryExtract LoadHistory(HistoryScope scope) => Guard(() => HasMatches ? _queries.Value.Load(scope) : throw Empty());

    /// <inheritdoc />
    public IReadOnlyList<int> LoadTournamentYears(string tournament, DateOnly? before) =>
        Guard(() => HasMatches ? _queries.Value.LoadTournamentYears(tournament, before) : throw Empty());

    /// <inheritdoc />
    public RecordsReport LoadRecords(string? team, DateOnly? before, int count) =>
        Guard(() => HasMatches ? _queries.Value.LoadRecords(team, before, count) : throw Empty());

    private HistoryStore Existing() => HasMatches ? _store.Value : throw Empty();

    /// <summary>Runs a read, turning a store fault (not a database, corrupted, unreadable) into a <see cref="HistoryStoreException"/>.</summary>
    private T Guard<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is not HistoryStoreException && HistoryStoreFaults.Translate(e, Location) is { } fault)
        {
            throw fault;
        }
    }

    private EmptyHistoryException Empty() => new(Location);
}
