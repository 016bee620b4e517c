using System.Text.Json;
using Qualify.Testing;

namespace Qualify.Browser.Tests;

/// <summary>
/// Two real <c>qualify serve</c> processes on one PostgreSQL database, as behind a load balancer (docs/web.md, "Scaling
/// past one machine"): each its own process, host and caches, the state only in the database. A write through either
/// is served at once by the other, in the table and in the forecast. The Octagon (<c>concacaf-2022</c>) reads its
/// inline fixtures, so the database needs no import.
/// </summary>
public sealed class SharedStoreServeProcessesTests : IDisposable
{
    private const string Results = "/api/competitions/concacaf-2022/results";
    private const string Table = "/api/competitions/concacaf-2022/table?as-of=2021-11-17";
    private const string Forecast = "/api/competitions/concacaf-2022/forecast?as-of=2021-11-17&sims=2000&seed=1";

    // A correction of the real Canada 2-1 Mexico of 16 Nov 2021 (competitions/concacaf-2022.json): Canada 0-3 Mexico.
    private const string Correction = """{"date": "2021-11-16", "home": "Canada", "away": "Mexico", "homeGoals": 0, "awayGoals": 3}""";

    private readonly EngineStore _store = new(StoreEngine.PostgreSql);

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task Write_ThroughEitherServer_TheOtherServesItAtOnce()
    {
        using var first = new ServeProcess(_store.Value);
        using var second = new ServeProcess(_store.Value);
        using var a = new HttpClient { BaseAddress = new Uri(first.BaseUrl) };
        using var b = new HttpClient { BaseAddress = new Uri(second.BaseUrl) };
        // The real Octagon table after eight matchdays (17 Nov 2021): Canada 16, Mexico 14. Both servers have read and
        // cached it before the write.
        Assert.Equal((16, 14), Points(await GetAsync(a, Table)));
        Assert.Equal((16, 14), Points(await GetAsync(b, Table)));
        var mexicoBefore = Qualified(await GetAsync(b, Forecast), "Mexico");

        Assert.Equal(200, await SendAsync(a, HttpMethod.Post, Results, Correction));

        // Hand calculation: Canada's win becomes a defeat, 16 - 3 = 13; Mexico's defeat a win, 14 + 3 = 17.
        Assert.Equal((13, 17), Points(await GetAsync(b, Table)));
        Assert.True(Qualified(await GetAsync(b, Forecast), "Mexico") > mexicoBefore, "three more points for Mexico, same fixtures and seed");

        // The other way: the second server withdraws the correction; the first is back to the real table.
        Assert.Equal(200, await SendAsync(b, HttpMethod.Delete, Results + "?date=2021-11-16&home=Canada&away=Mexico", null));
        Assert.Equal((16, 14), Points(await GetAsync(a, Table)));
    }

    private static async Task<JsonElement> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    private static async Task<int> SendAsync(HttpClient client, HttpMethod method, string path, string? json)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (json is not null)
        {
            request.Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        }

        request.Headers.Add("X-Api-Key", ServeProcess.ApiKey);
        using var response = await client.SendAsync(request);
        return (int)response.StatusCode;
    }

    private static (int Canada, int Mexico) Points(JsonElement table)
    {
        var points = table.GetProperty("groups")[0].GetProperty("rows").EnumerateArray()
            .ToDictionary(r => r.GetProperty("team").GetString()!, r => r.GetProperty("points").GetInt32(), StringComparer.Ordinal);
        return (points["Canada"], points["Mexico"]);
    }

    private static double Qualified(JsonElement forecast, string team) =>
        forecast.GetProperty("teams").EnumerateArray()
            .Single(t => t.GetProperty("team").GetString() == team)
            .GetProperty("slots").GetProperty("qualified").GetDouble();
}
