using Qualify.Domain.Matches;
using Qualify.Domain.Teams;
using Qualify.Storage;

namespace Qualify.Application;

/// <summary>
/// The history store at a location resolved from <c>--db</c>, <c>QUALIFY_DB</c> or the default, opened lazily: a
/// command on built-in data never resolves, creates or reads anything.
/// </summary>
public sealed class StoreHistorySource : IHistorySource
{
    private readonly Lazy<StoreLocation> _location;
    private readonly Lazy<HistoryStore> _store;

    /// <summary>Creates the source for an explicit path (or <see langword="null"/>) and an environment.</summary>
    public StoreHistorySource(string? explicitPath, Func<string, string?> environment)
    {
        _location = new Lazy<StoreLocation>(() => HistoryStoreLocation.Resolve(explicitPath, environment));
        _store = new Lazy<HistoryStore>(() => new HistoryStore(HistoryDbContextFactory.ForSqliteFile(_location.Value.Path)));
    }

    /// <summary>The resolved store file.</summary>
    public StoreLocation ResolvedLocation => _location.Value;

    /// <inheritdoc />
    public string Location => _location.Value.Path;

    /// <inheritdoc />
    public bool HasMatches => File.Exists(Location) && !_store.Value.IsEmpty();

    /// <summary>The store itself, for the import.</summary>
    public HistoryStore Store => _store.Value;

    /// <inheritdoc />
    public IReadOnlyList<Match> LoadMatches(MatchQuery query) => Existing().LoadMatches(query);

    /// <inheritdoc />
    public IReadOnlyList<GoalRecord> LoadGoals(MatchQuery query) => Existing().LoadGoals(query);

    /// <inheritdoc />
    public IReadOnlyList<string> LoadTeams() => Existing().LoadTeams();

    /// <inheritdoc />
    public IReadOnlyList<FormerName> LoadFormerNames() => Existing().LoadFormerNames();

    private HistoryStore Existing() => HasMatches
        ? _store.Value
        : throw new UserInputException($"the history store at {Location} is empty: run 'qualify import <folder>' first");
}
