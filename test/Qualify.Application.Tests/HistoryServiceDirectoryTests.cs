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
}
