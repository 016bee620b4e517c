using System.Text.Json;

namespace Qualify.Cli.Tests;

/// <summary>
/// <c>scenarios</c> on real rankings across groups (results.csv): CAF 2026's best four of nine runners-up (results against
/// the sixth-placed team discarded) and CONCACAF 2026's third round (best two of three runners-up).
/// </summary>
[Collection(ImportedStoreCollection.Name)]
public sealed class RankingScenariosTests(ImportedStoreFixture store)
{
    private JsonElement Ranking(string competition, string asOf, string? team = null)
    {
        string[] args = ["scenarios", competition, "--as-of", asOf, "--format", "json", .. team is null ? Array.Empty<string>() : ["--team", team]];
        var result = CliRunner.Run(store.Environment, args);
        Assert.True(result.ExitCode == 0, result.Error);
        using var document = JsonDocument.Parse(result.Out);
        return document.RootElement.GetProperty("rankings")[0].Clone();
    }

    private static JsonElement Team(JsonElement ranking, string team) =>
        ranking.GetProperty("teams").EnumerateArray().Single(t => t.GetProperty("team").GetString() == team);

    [Fact]
    public void Scenarios_CafAfterTheGroups_EverySlotSettledAsItHappened()
    {
        // The groups ended on 14 Oct 2025; the best four runners-up (CAF play-off, Rabat, 13-16 Nov 2025) were Gabon,
        // DR Congo, Cameroon and Nigeria, in that order (results against the sixth-placed team discarded).
        var ranking = Ranking("caf-2026", "2025-10-15");

        var ranks = ranking.GetProperty("teams").EnumerateArray()
            .ToDictionary(t => t.GetProperty("team").GetString()!, t => (t.GetProperty("bestRank").GetInt32(), t.GetProperty("worstRank").GetInt32(), t.GetProperty("slots").GetProperty("advanced").GetString()));
        Assert.Equal(9, ranks.Count);
        Assert.Equal((1, 1, "clinched"), ranks["Gabon"]);
        Assert.Equal((2, 2, "clinched"), ranks["DR Congo"]);
        Assert.Equal((3, 3, "clinched"), ranks["Cameroon"]);
        Assert.Equal((4, 4, "clinched"), ranks["Nigeria"]);
        Assert.All(ranks.Where(r => r.Key is not ("Gabon" or "DR Congo" or "Cameroon" or "Nigeria")), r => Assert.Equal("eliminated", r.Value.Item3));
    }

    [Fact]
    public void Scenarios_CafBeforeTheLastTwoMatchdays_LesothoCannotBeAmongTheBestFour()
    {
        // Table of 10 Sep 2025 (qualify table caf-2026 --as-of 2025-09-10): Lesotho 5th in
        // group C on 9 points with two matches left. Even as C's runner-up on at most 15 points (less its results against
        // C's last team), four other groups' runners-up stay above its best record, so its best rank is 5.
        var lesotho = Team(Ranking("caf-2026", "2025-09-10"), "Lesotho");

        Assert.Equal(5, lesotho.GetProperty("bestRank").GetInt32());
        Assert.Equal("eliminated", lesotho.GetProperty("slots").GetProperty("advanced").GetString());
    }

    [Fact]
    public void Scenarios_CafBeforeTheLastTwoMatchdays_GabonOpenWithWitnessesRanked()
    {
        // Table of 10 Sep 2025: Gabon 2nd in group F on 19 points, one behind Ivory Coast, two matches left: first of the
        // runners-up now (13 points without their results against Seychelles), but not sure to stay 2nd, nor among the
        // best four (they can lose both and fall behind).
        var gabon = Team(Ranking("caf-2026", "2025-09-10", "Gabon"), "Gabon");

        Assert.Equal("open", gabon.GetProperty("slots").GetProperty("advanced").GetString());
        var witnesses = gabon.GetProperty("witnesses").GetProperty("advanced");
        Assert.True(witnesses.GetProperty("inSlot").GetProperty("rankFrom").GetInt32() <= 4);
        Assert.Equal(1, gabon.GetProperty("bestRank").GetInt32());
    }

    [Fact]
    public void Scenarios_ConcacafThirdRoundTwoMatchdaysLeft_NicaraguaAtBestSecond()
    {
        // Tables of 14 Oct 2025 (two matchdays left): Nicaragua 1 point in group C, so at most 7. Group B's runner-up has
        // at least 8: Jamaica (9) and Curaçao (8) only gain points, and the runner-up is at least the second of them
        // or Trinidad and Tobago above them. So B's runner-up is surely above Nicaragua: best rank 2, and the play-off
        // (best two) stays open.
        var nicaragua = Team(Ranking("concacaf-2026", "2025-10-14"), "Nicaragua");

        Assert.Equal((2, 3), (nicaragua.GetProperty("bestRank").GetInt32(), nicaragua.GetProperty("worstRank").GetInt32()));
        Assert.Equal("open", nicaragua.GetProperty("slots").GetProperty("playoff").GetString());
    }

    [Fact]
    public void Scenarios_NextOnARanking_SaysTheRankingIsNotAnalysed()
    {
        var result = CliRunner.Run(store.Environment, "scenarios", "concacaf-2026", "--as-of", "2025-10-14", "--next", "--team", "Nicaragua");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("The ranking across groups 'Best runners-up' is not analysed by --next", System.Text.RegularExpressions.Regex.Replace(result.Console, @"\s+", " "), StringComparison.Ordinal);
    }
}
