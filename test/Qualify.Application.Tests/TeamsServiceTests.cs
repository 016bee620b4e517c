using Qualify.Domain.Teams;
using Qualify.Testing;

namespace Qualify.Application.Tests;

/// <summary><see cref="TeamsService"/>: the store's teams once imported, the built-in competitions' otherwise.</summary>
public sealed class TeamsServiceTests
{
    private static readonly CompetitionCatalog Catalog = CompetitionCatalog.FromFolders([TestPaths.CompetitionsFolder]);

    [Fact]
    public void Search_EmptyStore_TeamsOfTheBuiltInCompetitions()
    {
        // concacaf-2022.json's final round has Canada among its eight teams; no store is imported.
        var result = new TeamsService(Catalog, new InMemoryHistorySource([])).Search("canad");

        Assert.Equal(TeamsSource.BuiltInCompetitions, result.Source);
        Assert.Equal(["Canada"], result.Teams);
    }

    [Fact]
    public void Search_ImportedStore_StoreTeamsWithTheirFormerNames()
    {
        // A store of one match (results.csv line 44,349, Canada 1-1 Honduras) and one former name: the search finds
        // the store's team, and the directory knows its former name.
        var former = new FormerName("Honduras", "Spanish Honduras", new DateOnly(1900, 1, 1), new DateOnly(1920, 12, 31));
        var history = new InMemoryHistorySource([MatchBuilder.Played("2021-09-02", "Canada", 1, 1, "Honduras")], formerNames: [former]);

        var result = new TeamsService(Catalog, history).Search("hond");

        Assert.Equal(TeamsSource.HistoryStore, result.Source);
        Assert.Equal(["Honduras"], result.Teams);
        Assert.Equal([former], result.Directory.FormerNamesOf("Honduras"));
    }
}
