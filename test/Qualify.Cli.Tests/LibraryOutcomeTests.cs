using System.Text.Json;
using Qualify.Application;
using Qualify.Domain.Competitions;
using Qualify.Storage;
using Qualify.Testing;

namespace Qualify.Cli.Tests;

/// <summary>
/// Every built-in definition of a real competition, tabled from the imported dataset at its end, against the real
/// outcome in <c>competitions/expected/&lt;id&gt;.json</c>: each group's final order with points, goal difference and
/// goals scored, each ranking across groups, and each knockout tie's winner. Each expected entry cites its source (the
/// official or encyclopaedia table, and the results.csv lines of each tie's matches).
/// </summary>
[Collection(ImportedStoreCollection.Name)]
public sealed class LibraryOutcomeTests(ImportedStoreFixture store)
{
    /// <summary>The ids of the definitions with an expected outcome.</summary>
    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(TestPaths.CompetitionsFolder, "expected"), "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Fact]
    public void Ids_ExpectedFolder_CoversEveryDefinitionOfARealCompetitionButTheOctagonCopies()
    {
        var definitions = Directory.GetFiles(TestPaths.CompetitionsFolder, "*.json").Select(Path.GetFileNameWithoutExtension)
            .Where(id => id is not ("concacaf-2022" or "concacaf-2022-history")).Order(StringComparer.Ordinal);

        Assert.Equal(definitions, Directory.GetFiles(Path.Combine(TestPaths.CompetitionsFolder, "expected"), "*.json").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Build_AtTheEnd_EveryGroupMatchesTheRealFinalTable(string id)
    {
        var table = Table(id);

        foreach (var expected in Expected(id).GetProperty("groups").EnumerateArray())
        {
            var group = Stage(table, expected).Groups.Single(g => g.Group == expected.GetProperty("group").GetString());
            var order = expected.GetProperty("order").EnumerateArray()
                .Select(r => $"{r.GetProperty("team").GetString()} {r.GetProperty("points").GetInt32()} {r.GetProperty("gd").GetInt32()} {r.GetProperty("gf").GetInt32()}");
            Assert.Equal(order, group.Rows.Select(r => $"{r.Team} {r.Points} {r.GoalDifference} {r.GoalsFor}"));
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Build_AtTheEnd_EveryRankingAcrossGroupsMatchesTheRealOne(string id)
    {
        var table = Table(id);

        foreach (var expected in Expected(id).TryGetProperty("rankings", out var rankings) ? rankings.EnumerateArray() : default)
        {
            var ranking = Stage(table, expected).CrossGroupRankings.Single(r => r.Ranking.Name == expected.GetProperty("ranking").GetString());
            Assert.Equal(expected.GetProperty("order").EnumerateArray().Select(t => t.GetString()), ranking.Table.Rows.Select(r => r.Team));
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Build_AtTheEnd_EveryTieHasItsRealWinner(string id)
    {
        var table = Table(id);

        foreach (var expected in Expected(id).TryGetProperty("ties", out var ties) ? ties.EnumerateArray() : default)
        {
            var name = expected.GetProperty("tie").GetString();
            var tie = Stage(table, expected).Ties.Single(t => t.Tie.Name == name);
            Assert.Equal($"{name}: {expected.GetProperty("winner").GetString()}", $"{name}: {tie.Result?.Winner}");
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Build_AtTheEnd_NoMatchIsLeftToPlay(string id)
    {
        var table = Table(id);

        Assert.All(table.Stages.SelectMany(s => s.Groups), g => Assert.Equal($"{g.Group}: 0", $"{g.Group}: {g.MatchesRemaining}"));
    }

    private CompetitionTable Table(string id) =>
        new TableService(CompetitionCatalog.FromFolders([TestPaths.CompetitionsFolder]), new StoreHistorySource(store.DatabasePath, _ => null))
            .Build(new TableRequest(id, null));

    private static StageTable Stage(CompetitionTable table, JsonElement expected) =>
        table.Stages.Single(s => s.Name == expected.GetProperty("stage").GetString());

    private static JsonElement Expected(string id) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.CompetitionsFolder, "expected", id + ".json"))).RootElement;
}
