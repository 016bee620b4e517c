namespace Qualify.Web.Tests;

/// <summary>
/// The same request gives the same bytes from the API as from <c>qualify &lt;command&gt; --format json</c>: one
/// definition of each contract (Qualify.Contracts), one JSON style, the same services. The oracle is the CLI's own
/// output, whose numbers the CLI's tests check against real tables and hand calculations.
/// </summary>
public abstract class ApiMatchesCliTests(WebFixture web)
{
    [Fact]
    public void Table_OctagonAsOf20211117_SameBytesAsCli()
    {
        AssertSame("/api/competitions/concacaf-2022/table?as-of=2021-11-17", "table", "concacaf-2022", "--as-of", "2021-11-17");
    }

    [Fact]
    public void Forecast_OctagonFixedSeedAndSims_SameBytesAsCli()
    {
        AssertSame(
            "/api/competitions/concacaf-2022/forecast?as-of=2021-11-17&sims=5000&seed=42",
            "forecast", "concacaf-2022", "--as-of", "2021-11-17", "--sims", "5000", "--seed", "42");
    }

    [Fact]
    public void Forecast_OctagonDefaults_SameBytesAsCli()
    {
        // No sims, seed or model: both front ends take the same defaults (100,000 simulations, seed 1, elo-poisson).
        AssertSame("/api/competitions/concacaf-2022/forecast?as-of=2021-11-17", "forecast", "concacaf-2022", "--as-of", "2021-11-17");
    }

    [Fact]
    public void Forecast_OctagonWithFixes_SameBytesAsCli()
    {
        AssertSame(
            "/api/competitions/concacaf-2022/forecast?as-of=2021-11-17&sims=3000&seed=3&fix=Canada%202-0%20USA&fix=Jamaica%200-1%20Mexico",
            "forecast", "concacaf-2022", "--as-of", "2021-11-17", "--sims", "3000", "--seed", "3", "--fix", "Canada 2-0 USA", "--fix", "Jamaica 0-1 Mexico");
    }

    [Fact]
    public void ForecastTimeline_OctagonFixedSeedAndSims_SameBytesAsCli()
    {
        AssertSame(
            "/api/competitions/concacaf-2022/forecast/timeline?as-of=2021-11-17&sims=2000&seed=5",
            "forecast", "concacaf-2022", "--as-of", "2021-11-17", "--sims", "2000", "--seed", "5", "--timeline");
    }

    [Fact]
    public void Scenarios_OctagonAsOf20211117_SameBytesAsCli()
    {
        AssertSame("/api/competitions/concacaf-2022/scenarios?as-of=2021-11-17", "scenarios", "concacaf-2022", "--as-of", "2021-11-17");
    }

    [Fact]
    public void Table_Conmebol2026AsOf20250611_SameBytesAsCli()
    {
        AssertSame("/api/competitions/conmebol-2026/table?as-of=2025-06-11", "table", "conmebol-2026", "--as-of", "2025-06-11");
    }

    [Fact]
    public void Forecast_Conmebol2026FixedSeedAndSims_SameBytesAsCli()
    {
        AssertSame(
            "/api/competitions/conmebol-2026/forecast?as-of=2025-06-11&sims=4000&seed=9",
            "forecast", "conmebol-2026", "--as-of", "2025-06-11", "--sims", "4000", "--seed", "9");
    }

    [Fact]
    public void Scenarios_Conmebol2026AsOf20250611_SameBytesAsCli()
    {
        AssertSame("/api/competitions/conmebol-2026/scenarios?as-of=2025-06-11", "scenarios", "conmebol-2026", "--as-of", "2025-06-11");
    }

    [Fact]
    public void ScenariosNext_Conmebol2026Bolivia_SameBytesAsCli()
    {
        AssertSame(
            "/api/competitions/conmebol-2026/scenarios/next?as-of=2025-06-11&team=Bolivia&combinations=true",
            "scenarios", "conmebol-2026", "--as-of", "2025-06-11", "--team", "Bolivia", "--next", "--combinations");
    }

    [Fact]
    public void Competitions_List_SameBytesAsCli()
    {
        AssertSame("/api/competitions", "competitions");
    }

    [Fact]
    public void HeadToHead_CanadaMexico_SameBytesAsCli()
    {
        AssertSame("/api/h2h/Canada/Mexico?before=2021-11-16", "h2h", "Canada", "Mexico", "--before", "2021-11-16");
    }

    [Fact]
    public void Team_Canada_SameBytesAsCli()
    {
        AssertSame("/api/teams/Canada?before=2021-11-17", "team", "Canada", "--before", "2021-11-17");
    }

    [Fact]
    public void Teams_SearchCongo_SameBytesAsCli()
    {
        AssertSame("/api/teams?search=congo", "teams", "--search", "congo");
    }

    [Fact]
    public void Records_Top5_SameBytesAsCli()
    {
        AssertSame("/api/records?before=2022-01-01&top=5", "records", "--before", "2022-01-01", "--top", "5");
    }

    [Fact]
    public void Ratings_EloTop10_SameBytesAsCli()
    {
        AssertSame("/api/ratings?system=elo&as-of=2021-11-17&top=10", "ratings", "--system", "elo", "--as-of", "2021-11-17", "--top", "10");
    }

    [Fact]
    public void Ratings_CanadaHistory_SameBytesAsCli()
    {
        AssertSame("/api/ratings?team=Canada&history=true&as-of=2021-11-17", "ratings", "--team", "Canada", "--history", "--as-of", "2021-11-17");
    }

    private void AssertSame(string path, params string[] command)
    {
        var cli = web.RunCli([.. command, "--format", "json"]);
        Assert.Equal(0, cli.ExitCode);
        var api = web.Get(path);
        Assert.Equal(200, api.Status);
        Assert.Equal("application/json", api.MediaType);
        Assert.Equal(cli.Out, api.Body);
    }
}

/// <summary><see cref="ApiMatchesCliTests"/> over the SQLite store.</summary>
[Collection(WebCollection.Name)]
public sealed class ApiMatchesCliSqliteTests(WebFixture web) : ApiMatchesCliTests(web);

/// <summary><see cref="ApiMatchesCliTests"/> over the PostgreSQL store: the API and the CLI read the same database.</summary>
[Collection(PostgreSqlWebCollection.Name)]
public sealed class ApiMatchesCliPostgreSqlTests(PostgreSqlWebFixture web) : ApiMatchesCliTests(web);
