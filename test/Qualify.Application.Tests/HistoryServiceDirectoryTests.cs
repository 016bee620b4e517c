using Qualify.Domain.History;
using Qualify.Domain.Matches;
using Qualify.Domain.Teams;
using Qualify.Testing;
using static Qualify.Testing.MatchBuilder;

namespace Qualify.Application.Tests;

/// <summary>
/// <see cref="HistoryService.Directory"/>: kept while the store's version stays the same, read anew after an import
/// (a new version), so that a long-running <c>qualify serve</c> knows a team that a re-import added.
/// </summary>
public sealed class HistoryServiceDirectoryTests
{
    [Fact]
    public void Directory_AfterAnImportAddsATeam_ResolvesIt()
    {
        var store = new SwappableHistorySource(new InMemoryHistorySource([Played("2021-09-02", "Canada", 1, 1, "Honduras")]));
        var service = new HistoryService(store, TimeProvider.System);
        Assert.False(service.Directory.TryResolve("Curaçao", out _));

        store.Current = new InMemoryHistorySource(
        [
            Played("2021-09-02", "Canada", 1, 1, "Honduras"),
            Played("2021-06-08", "Canada", 4, 0, "Curaçao"),
        ]);

        Assert.True(service.Directory.TryResolve("Curaçao", out var team));
        Assert.Equal("Curaçao", team);
    }

    [Fact]
    public void Directory_SameVersion_ReadsTheTeamsOnce()
    {
        var store = new SwappableHistorySource(new InMemoryHistorySource([Played("2021-09-02", "Canada", 1, 1, "Honduras")]));
        var service = new HistoryService(store, TimeProvider.System);

        _ = service.Directory;
        _ = service.Directory;

        Assert.Equal(1, store.TeamReads);
    }

    /// <summary>A store whose contents (and so its version) a test replaces, as an import does; counts reads of the teams.</summary>
    private sealed class SwappableHistorySource(IHistorySource current) : IHistorySource
    {
        public IHistorySource Current { get; set; } = current;

        public int TeamReads { get; private set; }

        public string Location => Current.Location;

        public bool HasMatches => Current.HasMatches;

        public string Version => Current.Version;

        public IReadOnlyList<Match> LoadMatches(MatchQuery query) => Current.LoadMatches(query);

        public IReadOnlyList<Match> LoadFixtures(MatchQuery query) => Current.LoadFixtures(query);

        public IReadOnlyList<string> LoadTeams()
        {
            TeamReads++;
            return Current.LoadTeams();
        }

        public IReadOnlyList<FormerName> LoadFormerNames() => Current.LoadFormerNames();

        public HistoryExtract LoadHistory(HistoryScope scope) => Current.LoadHistory(scope);

        public RecordsReport LoadRecords(string? team, DateOnly? before, int count) => Current.LoadRecords(team, before, count);

        public IReadOnlyList<int> LoadTournamentYears(string tournament, DateOnly? before) => Current.LoadTournamentYears(tournament, before);
    }
}
