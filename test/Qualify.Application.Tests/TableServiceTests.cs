using Qualify.Domain.Competitions;
using Qualify.Domain.History;
using Qualify.Testing;

namespace Qualify.Application.Tests;

/// <summary>
/// <see cref="TableService"/> over the built-in definitions. Expected standings: CONCACAF final round of qualifying
/// for Qatar 2022, final table of 30 Mar 2022 (CONCACAF; the 56 matches of results.csv from line 44,349 between
/// the eight teams): Canada 28 (8-4-2, 23-7), Mexico 28 (8-4-2, 17-8), United States 25 (7-4-3, 21-10), Costa Rica 25
/// (7-4-3, 13-8), Panama 21, Jamaica 11, El Salvador 10, Honduras 4.
/// </summary>
public sealed class TableServiceTests
{
    private static TableService Service(IHistorySource history) =>
        new(CompetitionCatalog.FromFolders([TestPaths.CompetitionsFolder]), history);

    private static TableService Offline() => Service(new InMemoryHistorySource([]));

    [Fact]
    public void Build_InlineDefinitionAllMatches_RanksAsTheFinalTable()
    {
        var table = Offline().Build(new TableRequest("concacaf-2022", null));

        var rows = Assert.Single(Assert.Single(table.Stages).Groups).Rows;
        Assert.Equal(["Canada", "Mexico", "United States", "Costa Rica", "Panama", "Jamaica", "El Salvador", "Honduras"], rows.Select(r => r.Team));
        Assert.Equal([28, 28, 25, 25, 21, 11, 10, 4], rows.Select(r => r.Points));
        Assert.Equal((14, 8, 4, 2, 23, 7), (rows[0].Played, rows[0].Won, rows[0].Drawn, rows[0].Lost, rows[0].GoalsFor, rows[0].GoalsAgainst));
    }

    [Fact]
    public void Build_InlineDefinitionBeforeTheFirstMatch_NoMatchPlayed()
    {
        // The first matchday is 2 Sep 2021 (concacaf-2022.json): on 1 Sep all 56 matches remain.
        var table = Offline().Build(new TableRequest("concacaf-2022", new DateOnly(2021, 9, 1)));

        var group = Assert.Single(Assert.Single(table.Stages).Groups);
        Assert.Equal((0, 56), (group.MatchesPlayed, group.MatchesRemaining));
        Assert.All(group.Rows, r => Assert.Equal(0, r.Points));
    }

    [Fact]
    public void Build_HistoryDefinitionWithNoStore_ThrowsAskingForAnImport()
    {
        var error = Assert.Throws<UserInputException>(() => Offline().Build(new TableRequest("concacaf-2022-history", null)));

        Assert.Equal("competition 'concacaf-2022-history' reads its matches from the history store, which is empty at memory: run 'qualify import <folder>' first", error.Message);
    }

    [Fact]
    public void Build_HistoryDefinitionWithATeamTheStoreLacks_ThrowsNamingItsJsonPath()
    {
        // A store of one match, Canada 1-1 Honduras (results.csv line 44,349): Mexico, the definition's second team
        // (stages[0].groups[0].teams[1]), is the first name the store does not know.
        var history = new InMemoryHistorySource([MatchBuilder.Played("2021-09-02", "Canada", 1, 1, "Honduras")]);

        var error = Assert.Throws<CompetitionDefinitionException>(() => Service(history).Build(new TableRequest("concacaf-2022-history", null)));

        Assert.Equal("stages[0].groups[0].teams[1]", error.Location);
        Assert.StartsWith("'Mexico' is not a team of the history store at memory", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_HistoryDefinitionTwiceAtOneStoreVersion_ReadsTheStoresTeamsOnce()
    {
        var store = new SwappableHistorySource(new InMemoryHistorySource(DatasetResults.Played));
        var service = Service(store);

        service.Build(new TableRequest("concacaf-2022-history", new DateOnly(2021, 11, 17)));
        service.Build(new TableRequest("concacaf-2022-history", new DateOnly(2021, 11, 17)));

        Assert.Equal(1, store.TeamReads);
    }

    [Fact]
    public void Build_AfterAnImportDropsATeam_ChecksTheTeamsAgain()
    {
        var store = new SwappableHistorySource(new InMemoryHistorySource(DatasetResults.Played));
        var service = Service(store);
        service.Build(new TableRequest("concacaf-2022-history", null));

        // A new store version (an import) without Mexico: the check passed at the old version does not carry over.
        store.Current = new InMemoryHistorySource([MatchBuilder.Played("2021-09-02", "Canada", 1, 1, "Honduras")]);

        var error = Assert.Throws<CompetitionDefinitionException>(() => service.Build(new TableRequest("concacaf-2022-history", null)));
        Assert.Equal("stages[0].groups[0].teams[1]", error.Location);
    }
}
