using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Qualify.Storage;
using Qualify.Testing;

namespace Qualify.Web.Tests;

/// <summary>
/// Writes through the API (docs/web.md, "Writes"): the key, the checks, the store left unchanged on any error, the audit,
/// and a write seen at once by the table and the forecast. Each test has its own empty store: the Octagon
/// (<c>concacaf-2022</c>) reads its inline fixtures, so no import is needed.
/// </summary>
public abstract class ResultWriteTests(StoreEngine kind) : IDisposable
{
    private const string Key = "test-key-0123456789";
    private const string Results = "/api/competitions/concacaf-2022/results";

    // The real result of 16 Nov 2021 (competitions/concacaf-2022.json; results.csv): Canada 2-1 Mexico.
    private const string RealResult = """{"date": "2021-11-16", "home": "Canada", "away": "Mexico", "homeGoals": 2, "awayGoals": 1}""";

    // A correction of that match (hypothetical): Canada 0-3 Mexico.
    private const string Correction = """{"date": "2021-11-16", "home": "Canada", "away": "Mexico", "homeGoals": 0, "awayGoals": 3}""";

    private readonly EngineStore _store = new(kind);
    private readonly List<IDisposable> _owned = [];

    private string DatabasePath => _store.Value;

    [Fact]
    public void Post_WithoutKey_Is401AndStoreUnchanged()
    {
        var answer = Post(Client(Key), Correction, key: null);

        Assert.Equal(401, answer.Status);
        Assert.Equal("a write needs the API key in the X-Api-Key header", answer.Detail);
        Assert.True(_store.CreatedNothing);
    }

    [Fact]
    public void Post_WithWrongKey_Is401()
    {
        var answer = Post(Client(Key), Correction, key: "not-the-key");

        Assert.Equal(401, answer.Status);
        Assert.Equal("the X-Api-Key header does not hold the server's API key", answer.Detail);
        Assert.True(_store.CreatedNothing);
    }

    [Fact]
    public void Post_NoKeyConfigured_Is403SayingWritesAreDisabled()
    {
        var answer = Post(Client(apiKey: null), Correction, key: Key);

        Assert.Equal(403, answer.Status);
        Assert.Equal("writes are disabled: no API key is configured (set Qualify:ApiKey or QUALIFY_API_KEY on the server)", answer.Detail);
    }

    [Fact]
    public void Post_NegativeScore_Is400AndStoreUnchanged()
    {
        var answer = Post(Client(Key), """{"date": "2021-11-16", "home": "Canada", "away": "Mexico", "homeGoals": -1, "awayGoals": 1}""", Key);

        Assert.Equal(400, answer.Status);
        Assert.Equal("homeGoals: -1 is not a number of goals (0 to 99)", answer.Detail);
        Assert.True(_store.CreatedNothing);
    }

    [Fact]
    public void Post_UnknownTeam_Is400AndStoreUnchanged()
    {
        var answer = Post(Client(Key), """{"date": "2021-11-16", "home": "Atlantis", "away": "Mexico", "homeGoals": 1, "awayGoals": 1}""", Key);

        Assert.Equal(400, answer.Status);
        Assert.StartsWith("home: 'Atlantis' is not a team of concacaf-2022", answer.Detail, StringComparison.Ordinal);
        Assert.True(_store.CreatedNothing);
    }

    [Fact]
    public void Post_DateOutsideCompetition_Is400AndStoreUnchanged()
    {
        // The Octagon's window: its first and last inline fixtures, 2 Sep 2021 and 30 Mar 2022 (competitions/concacaf-2022.json).
        var answer = Post(Client(Key), """{"date": "2022-04-01", "home": "Canada", "away": "Mexico", "homeGoals": 1, "awayGoals": 1}""", Key);

        Assert.Equal(400, answer.Status);
        Assert.Equal("date: 2022-04-01 is outside concacaf-2022's window for Canada v Mexico (2021-09-02 to 2022-03-30)", answer.Detail);
        Assert.True(_store.CreatedNothing);
    }

    [Fact]
    public void Post_ErrorAfterAValidWrite_LeavesTheStoreAsItWas()
    {
        var client = Client(Key);
        Assert.Equal(200, Post(client, RealResult, Key).Status);

        var refused = Post(client, """{"date": "2021-11-16", "home": "Canada", "away": "Mexico", "homeGoals": 100, "awayGoals": 1}""", Key);

        Assert.Equal(400, refused.Status);
        Assert.Equal((1, 1), Rows());
    }

    [Fact]
    public void Post_GoalsNotANumber_Is400ProblemAndStoreUnchanged()
    {
        var answer = Post(Client(Key), """{"date": "2021-11-16", "home": "Canada", "away": "Mexico", "homeGoals": "two", "awayGoals": 1}""", Key);

        Assert.Equal((400, "application/problem+json"), (answer.Status, answer.MediaType));
        Assert.StartsWith("homeGoals: not valid JSON of a result (expected {", answer.Detail, StringComparison.Ordinal);
        Assert.True(_store.CreatedNothing);
    }

    [Fact]
    public void Post_Alias_ResolvesAsTheCliDoes()
    {
        // USA is the dataset's alias of United States; 12 Nov 2021 United States 2-0 Mexico (competitions/concacaf-2022.json).
        var answer = Post(Client(Key), """{"date": "2021-11-12", "home": "USA", "away": "Mexico", "homeGoals": 2, "awayGoals": 0}""", Key);

        Assert.Equal(200, answer.Status);
        Assert.Equal("United States", answer.Json.GetProperty("home").GetString());
    }

    [Fact]
    public void Post_Correction_ChangesTheTableAtOnce()
    {
        var client = Client(Key);
        // Before: Canada 16 and Mexico 14 points as of 17 Nov 2021 (the real Octagon table after eight matchdays; docs/json.md).
        var before = Points(Api.Get(client, "/api/competitions/concacaf-2022/table?as-of=2021-11-17"));
        Assert.Equal((16, 14), (before["Canada"], before["Mexico"]));

        Assert.Equal(200, Post(client, Correction, Key).Status);
        var after = Points(Api.Get(client, "/api/competitions/concacaf-2022/table?as-of=2021-11-17"));

        // Hand calculation: Canada's win (3 points) becomes a defeat (0): 16 - 3 = 13; Mexico's defeat becomes a win: 14 + 3 = 17.
        Assert.Equal((13, 17), (after["Canada"], after["Mexico"]));
    }

    [Fact]
    public void Post_Correction_ChangesTheForecastAtOnce()
    {
        var client = Client(Key);
        const string forecast = "/api/competitions/concacaf-2022/forecast?as-of=2021-11-17&sims=2000&seed=1";
        var before = Qualified(Api.Get(client, forecast), "Mexico");

        Assert.Equal(200, Post(client, Correction, Key).Status);
        var after = Qualified(Api.Get(client, forecast), "Mexico");

        // Three more points for Mexico with the same remaining fixtures and seed can only raise its odds of a top-3 place.
        Assert.True(after > before, $"Mexico qualified: {before} before, {after} after");
    }

    [Fact]
    public void Post_Correction_ChangesTheCompetitionPageAtOnce()
    {
        var client = Client(Key);
        const string page = "/competitions/concacaf-2022?as-of=2021-11-17&sims=2000&seed=1";
        // The page keeps its forecast in memory (PageCache): the second view after the write must not show the first's.
        var before = PageQualified(Api.Get(client, page), "Mexico");

        Assert.Equal(200, Post(client, Correction, Key).Status);
        var after = PageQualified(Api.Get(client, page), "Mexico");

        // As for the forecast document: three more points for Mexico, same fixtures and seed, can only raise its odds.
        Assert.True(after > before, $"Mexico qualified on the page: {before} before, {after} after");
    }

    [Fact]
    public void Post_Valid_WritesOneAuditRowWithTheKeyIdNotTheKey()
    {
        Assert.Equal(200, Post(Client(Key), Correction, Key).Status);

        var audit = new StoreResultLog(DatabasePath, _ => null).LoadAudit();

        var row = Assert.Single(audit);
        Assert.StartsWith("POST /api/competitions/concacaf-2022/results {", row.Request, StringComparison.Ordinal);
        Assert.Contains("\"awayGoals\":3", row.Request, StringComparison.Ordinal);
        Assert.StartsWith("sha256:", row.KeyId, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, row.Request + row.KeyId, StringComparison.Ordinal);
    }

    [Fact]
    public void Post_Fixture_WithoutGoals_IsStoredAsUnplayed()
    {
        var answer = Post(Client(Key), """{"date": "2022-03-30", "home": "Costa Rica", "away": "United States"}""", Key);

        Assert.Equal(200, answer.Status);
        Assert.Equal(JsonValueKind.Null, answer.Json.GetProperty("homeGoals").ValueKind);
        Assert.Null(Assert.Single(new StoreResultLog(DatabasePath, _ => null).Load("concacaf-2022")).Score);
    }

    [Fact]
    public void Delete_WrittenCorrection_RestoresTheKnownResultAndIsAudited()
    {
        var client = Client(Key);
        Assert.Equal(200, Post(client, Correction, Key).Status);

        var removed = Send(client, HttpMethod.Delete, Results + "?date=2021-11-16&home=Canada&away=Mexico", null, Key);
        var points = Points(Api.Get(client, "/api/competitions/concacaf-2022/table?as-of=2021-11-17"));

        // Back to the real table of 17 Nov 2021: Canada 16, Mexico 14 (docs/json.md); one audit row per write and removal.
        Assert.Equal(200, removed.Status);
        Assert.Equal((16, 14), (points["Canada"], points["Mexico"]));
        Assert.Equal(2, new StoreResultLog(DatabasePath, _ => null).LoadAudit().Count);
    }

    [Fact]
    public void Delete_NothingWritten_Is400AndNotAudited()
    {
        var answer = Send(Client(Key), HttpMethod.Delete, Results + "?date=2021-11-16&home=Canada&away=Mexico", null, Key);

        Assert.Equal(400, answer.Status);
        Assert.Equal("no result is written for Canada v Mexico on 2021-11-16 in concacaf-2022: nothing to remove", answer.Detail);
        Assert.Empty(new StoreResultLog(DatabasePath, _ => null).LoadAudit());
    }

    [Fact]
    public void Delete_WithoutKey_Is401()
    {
        var answer = Send(Client(Key), HttpMethod.Delete, Results + "?date=2021-11-16&home=Canada&away=Mexico", null, key: null);

        Assert.Equal(401, answer.Status);
    }

    public void Dispose()
    {
        foreach (var owned in _owned)
        {
            owned.Dispose();
        }

        _store.Dispose();
        GC.SuppressFinalize(this);
    }

    private HttpClient Client(string? apiKey)
    {
        var factory = new WritingFactory(DatabasePath, apiKey);
        var client = factory.CreateClient();
        _owned.Add(client);
        _owned.Add(factory);
        return client;
    }

    private static ApiAnswer Post(HttpClient client, string json, string? key) => Send(client, HttpMethod.Post, Results, json, key);

    private static ApiAnswer Send(HttpClient client, HttpMethod method, string path, string? json, string? key)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (json is not null)
        {
            request.Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        }

        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        using var response = client.SendAsync(request).GetAwaiter().GetResult();
        var body = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
        return new ApiAnswer((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, body);
    }

    /// <summary>The rows of the written-matches and audit tables.</summary>
    private (long Matches, long Audit) Rows() =>
        (_store.Scalar($"SELECT COUNT(*) FROM {StoreResultLog.MatchesTable}"), _store.Scalar($"SELECT COUNT(*) FROM {StoreResultLog.AuditTable}"));

    private static Dictionary<string, int> Points(ApiAnswer table)
    {
        Assert.Equal(200, table.Status);
        return table.Json.GetProperty("groups")[0].GetProperty("rows").EnumerateArray()
            .ToDictionary(r => r.GetProperty("team").GetString()!, r => r.GetProperty("points").GetInt32(), StringComparer.Ordinal);
    }

    private static double Qualified(ApiAnswer forecast, string team)
    {
        Assert.Equal(200, forecast.Status);
        return forecast.Json.GetProperty("teams").EnumerateArray()
            .Single(t => t.GetProperty("team").GetString() == team)
            .GetProperty("slots").GetProperty("qualified").GetDouble();
    }

    /// <summary>The unrounded chance of the "qualified" slot the competition page shows for <paramref name="team"/>.</summary>
    private static double PageQualified(ApiAnswer page, string team)
    {
        Assert.Equal(200, page.Status);
        var cell = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(page.Body)
            .QuerySelector($"[data-testid=heatmap-row][data-team='{team}'] [data-testid=slot-odds-cell][data-slot=qualified]")!;
        return double.Parse(cell.GetAttribute("data-probability")!, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The web app on a store, with an API key or none.</summary>
    private sealed class WritingFactory(string databasePath, string? apiKey) : WebApplicationFactory<WebProgram>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("QUALIFY_DB", databasePath);
            builder.UseSetting("Qualify:ApiKey", apiKey ?? string.Empty);
        }
    }
}

/// <summary><see cref="ResultWriteTests"/> on a SQLite store.</summary>
public sealed class ResultWriteSqliteTests() : ResultWriteTests(StoreEngine.Sqlite);

/// <summary><see cref="ResultWriteTests"/> on a PostgreSQL store.</summary>
public sealed class ResultWritePostgreSqlTests() : ResultWriteTests(StoreEngine.PostgreSql);
