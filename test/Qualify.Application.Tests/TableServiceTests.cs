using Microsoft.Data.Sqlite;
using Qualify.Domain.Competitions;
using Qualify.Storage;
using Qualify.Storage.Import;
using Qualify.Testing;

namespace Qualify.Application.Tests;

/// <summary>
/// <see cref="TableService"/> over the built-in definitions. Expected standings: CONCACAF final round of qualifying
/// for Qatar 2022, final table of 30 Mar 2022 (CONCACAF; the 56 matches of results.csv from line 44,349 between
/// the eight teams): Canada 28 (8-4-2, 23-7), Mexico 28 (8-4-2, 17-8), United States 25 (7-4-3, 21-10), Costa Rica 25
/// (7-4-3, 13-8), Panama 21, Jamaica 11, El Salvador 10, Honduras 4.
/// </summary>
public sealed class TableServiceTests : IDisposable
{
    private readonly TemporaryFolder _folder = TestPaths.CreateTemporaryFolder();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    private TableService Service(string databasePath) =>
        new(CompetitionCatalog.FromFolders([TestPaths.CompetitionsFolder]), new StoreHistorySource(databasePath, _ => null));

    private TableService Offline() => Service(_folder.File("none/history.db"));

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
        var path = _folder.File("none/history.db");

        var error = Assert.Throws<UserInputException>(() => Service(path).Build(new TableRequest("concacaf-2022-history", null)));

        Assert.Equal($"competition 'concacaf-2022-history' reads its matches from the history store, which is empty at {path}: run 'qualify import <folder>' first", error.Message);
    }

    [Fact]
    public void Build_HistoryDefinitionWithATeamTheStoreLacks_ThrowsNamingItsJsonPath()
    {
        // A store of one match, Canada 1-1 Honduras (results.csv line 44,349): Mexico, the definition's second team
        // (stages[0].groups[0].teams[1]), is the first name the store does not know.
        var path = ImportOneMatch();

        var error = Assert.Throws<CompetitionDefinitionException>(() => Service(path).Build(new TableRequest("concacaf-2022-history", null)));

        Assert.Equal("stages[0].groups[0].teams[1]", error.Location);
        Assert.StartsWith($"'Mexico' is not a team of the history store at {path}", error.Reason, StringComparison.Ordinal);
    }

    private string ImportOneMatch()
    {
        var data = Directory.CreateDirectory(_folder.File("data")).FullName;
        File.WriteAllText(Path.Combine(data, "results.csv"), DatasetResults.Header + "\n2021-09-02,Canada,Honduras,1,1,FIFA World Cup qualification,Toronto,Canada,FALSE\n");
        File.WriteAllText(Path.Combine(data, "goalscorers.csv"), "date,home_team,away_team,team,scorer,minute,own_goal,penalty\n");
        File.WriteAllText(Path.Combine(data, "shootouts.csv"), "date,home_team,away_team,winner,first_shooter\n");
        File.WriteAllText(Path.Combine(data, "former_names.csv"), "current,former,start_date,end_date\n");
        var path = _folder.File("history.db");
        new HistoryImporter(HistoryDbContextFactory.ForSqliteFile(path)).Import(data);
        return path;
    }
}
