using System.Text.Json;

namespace Qualify.Web.Tests;

/// <summary>Each endpoint's happy path on real data, with a figure checked against its source, on each provider's store.</summary>
public abstract class EndpointTests(WebFixture web)
{
    [Fact]
    public void Competitions_List_HoldsTheBuiltInOctagon()
    {
        var api = web.Get("/api/competitions");

        Assert.Equal(200, api.Status);
        var ids = api.Json.GetProperty("competitions").EnumerateArray().Select(c => c.GetProperty("id").GetString()).ToList();
        Assert.Contains("concacaf-2022", ids);
        Assert.Contains("conmebol-2026", ids);
    }

    [Fact]
    public void Competition_Octagon_IsOneGroupOfEightTeams()
    {
        // The CONCACAF 2022 final round: one group of eight teams, matches from the built-in definition.
        var api = web.Get("/api/competitions/concacaf-2022");

        Assert.Equal(200, api.Status);
        var competition = api.Json;
        Assert.Equal("concacaf-2022", competition.GetProperty("id").GetString());
        Assert.Equal(1, competition.GetProperty("groups").GetInt32());
        Assert.Equal(8, competition.GetProperty("teams").GetInt32());
        Assert.Equal("inline", competition.GetProperty("source").GetString());
    }

    [Fact]
    public void Competition_IdInAnotherCase_IsFound()
    {
        // Ids are case-insensitive, as on the command line (CompetitionCatalog.Find).
        var api = web.Get("/api/competitions/CONCACAF-2022");

        Assert.Equal(200, api.Status);
        Assert.Equal("concacaf-2022", api.Json.GetProperty("id").GetString());
    }

    [Fact]
    public void Table_OctagonAsOf20211117_CanadaLeadsUnbeatenOn16Points()
    {
        // Canada after matchday 8 (16 Nov 2021, 2-1 v Mexico): P8 W4 D4 L0, goals 13-5, 16 points, first; the same row
        // as Qualify.Cli.Tests' TableCommandTests (the example row).
        var api = web.Get("/api/competitions/concacaf-2022/table?as-of=2021-11-17");

        Assert.Equal(200, api.Status);
        var group = api.Json.GetProperty("groups")[0];
        Assert.Equal(32, group.GetProperty("matchesPlayed").GetInt32());
        var canada = group.GetProperty("rows")[0];
        Assert.Equal("Canada", canada.GetProperty("team").GetString());
        Assert.Equal(1, canada.GetProperty("position").GetInt32());
        Assert.Equal((8, 4, 4, 0, 13, 5, 16), (
            canada.GetProperty("played").GetInt32(), canada.GetProperty("won").GetInt32(), canada.GetProperty("drawn").GetInt32(),
            canada.GetProperty("lost").GetInt32(), canada.GetProperty("goalsFor").GetInt32(), canada.GetProperty("goalsAgainst").GetInt32(),
            canada.GetProperty("points").GetInt32()));
    }

    [Fact]
    public void Forecast_OctagonAsOf20211117_SimulatesThe24RemainingMatches()
    {
        // 8 teams playing each other home and away: 8 × 7 = 56 matches; 32 played after 8 matchdays, so 24 remain.
        var api = web.Get("/api/competitions/concacaf-2022/forecast?as-of=2021-11-17&sims=2000&seed=1");

        Assert.Equal(200, api.Status);
        Assert.Equal(24, api.Json.GetProperty("fixtures").GetArrayLength());
        Assert.Equal(2000, api.Json.GetProperty("simulations").GetInt64());
    }

    [Fact]
    public void Forecast_OctagonAsOf20211117_PositionProbabilitiesSumToOne()
    {
        const double Tolerance = 1e-9;
        var api = web.Get("/api/competitions/concacaf-2022/forecast?as-of=2021-11-17&sims=2000&seed=1");

        foreach (var team in api.Json.GetProperty("teams").EnumerateArray())
        {
            var sum = team.GetProperty("positionProbabilities").EnumerateArray().Sum(p => p.GetDouble());
            Assert.InRange(sum, 1 - Tolerance, 1 + Tolerance);
        }
    }

    [Fact]
    public void Forecast_AWhatIfFix_ChangesTheOdds()
    {
        // Fixing Canada 0-5 USA (the next Canada v USA, 30 Jan 2022) can only lower Canada's chance of first place.
        var plain = web.Get("/api/competitions/concacaf-2022/forecast?as-of=2021-11-17&sims=5000&seed=1");
        var fixedResult = web.Get("/api/competitions/concacaf-2022/forecast?as-of=2021-11-17&sims=5000&seed=1&fix=Canada%200-5%20USA");

        Assert.True(FirstPlace(fixedResult, "Canada") < FirstPlace(plain, "Canada"));
        Assert.Equal(["Canada 0-5 USA"], fixedResult.Json.GetProperty("fixes").EnumerateArray().Select(f => f.GetString()));
    }

    [Fact]
    public void Scenarios_OctagonAsOf20220328_CanadaHasClinched()
    {
        // Canada qualified on 27 Mar 2022 (4-0 v Jamaica), with one matchday left.
        var api = web.Get("/api/competitions/concacaf-2022/scenarios?as-of=2022-03-28&team=Canada");

        Assert.Equal(200, api.Status);
        var canada = api.Json.GetProperty("teams").EnumerateArray().Single(t => t.GetProperty("team").GetString() == "Canada");
        Assert.Equal("clinched", canada.GetProperty("slots").GetProperty("qualified").GetString());
    }

    [Fact]
    public void ScenariosNext_OctagonAsOf20220326_AnswersTheNextMatchday()
    {
        var api = web.Get("/api/competitions/concacaf-2022/scenarios/next?as-of=2022-03-26");

        Assert.Equal(200, api.Status);
        Assert.Equal("concacaf-2022", api.Json.GetProperty("competition").GetString());
    }

    [Fact]
    public void Team_Canada_IsTheDatasetsCanada()
    {
        var api = web.Get("/api/teams/canada");

        Assert.Equal(200, api.Status);
        Assert.Equal("Canada", api.Json.GetProperty("team").GetString());
    }

    [Fact]
    public void HeadToHead_AliasUsa_ResolvesToUnitedStates()
    {
        // "USA" is an alias of the dataset's "United States" (README: team names).
        var api = web.Get("/api/h2h/USA/Mexico?before=2022-01-01");

        Assert.Equal(200, api.Status);
        Assert.Contains("United States", api.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Records_Top3_ListsThreeTopScorers()
    {
        var api = web.Get("/api/records?top=3");

        Assert.Equal(200, api.Status);
        Assert.Equal(3, api.Json.GetProperty("topScorers").GetArrayLength());
    }

    [Fact]
    public void Ratings_FifaTop5_ListsFiveRows()
    {
        var api = web.Get("/api/ratings?system=fifa&as-of=2022-03-28&top=5");

        Assert.Equal(200, api.Status);
        Assert.Equal(5, api.Json.GetProperty("ratings").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, api.Json.GetProperty("history").ValueKind);
    }

    private static double FirstPlace(ApiAnswer forecast, string team) =>
        forecast.Json.GetProperty("teams").EnumerateArray().Single(t => t.GetProperty("team").GetString() == team)
            .GetProperty("positionProbabilities")[0].GetDouble();
}

/// <summary><see cref="EndpointTests"/> over the SQLite store.</summary>
[Collection(WebCollection.Name)]
public sealed class EndpointSqliteTests(WebFixture web) : EndpointTests(web);

/// <summary><see cref="EndpointTests"/> over the PostgreSQL store.</summary>
[Collection(PostgreSqlWebCollection.Name)]
public sealed class EndpointPostgreSqlTests(PostgreSqlWebFixture web) : EndpointTests(web);
