using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Qualify.Testing;

namespace Qualify.Web.Tests;

/// <summary>
/// Two instances of the web app on one PostgreSQL database, as behind a load balancer (docs/web.md, "Scaling past one
/// machine"): a <c>qualify serve</c> (a real Kestrel server on loopback) and a second app in a test server holding the
/// API key (each its own host and services). A write through one is seen at once by a read through the other, in the
/// table and in the forecast.
/// </summary>
public sealed partial class SharedPostgreSqlStoreTests : IDisposable
{
    private const string Key = "test-key-0123456789";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    // A correction of the real Canada 2-1 Mexico of 16 Nov 2021 (competitions/concacaf-2022.json): Canada 0-3 Mexico.
    private const string Correction = """{"date": "2021-11-16", "home": "Canada", "away": "Mexico", "homeGoals": 0, "awayGoals": 3}""";

    private readonly EngineStore _store = new(StoreEngine.PostgreSql);

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task Post_ThroughOneServer_TableAndForecastOfTheOtherSeeItAtOnce()
    {
        using var stop = new CancellationTokenSource();
        var environment = new Dictionary<string, string> { ["QUALIFY_DB"] = _store.Value };
        using var output = new ServeCommandTests.AnnouncementWriter();
        var serve = Task.Run(() => Cli.Run(environment, stop.Token, output, "serve", "--urls", "http://127.0.0.1:0"));
        using var writing = new WritingFactory(_store.Value, Key);
        try
        {
            using var writer = writing.CreateClient();
            using var reader = Client(output);
            const string table = "/api/competitions/concacaf-2022/table?as-of=2021-11-17";
            const string forecast = "/api/competitions/concacaf-2022/forecast?as-of=2021-11-17&sims=2000&seed=1";
            var forecastBefore = Api.Get(reader, forecast);
            // Before: Canada 16 and Mexico 14 points as of 17 Nov 2021 (the real Octagon table; docs/json.md).
            Assert.Equal((16, 14), Points(Api.Get(reader, table)));

            using var content = new StringContent(Correction, System.Text.Encoding.UTF8, "application/json");
            content.Headers.Add("X-Api-Key", Key);
            using var posted = await writer.PostAsync(new Uri("/api/competitions/concacaf-2022/results", UriKind.Relative), content);
            Assert.Equal(200, (int)posted.StatusCode);

            // Hand calculation: Canada's win (3 points) becomes a defeat: 16 - 3 = 13; Mexico's defeat a win: 14 + 3 = 17.
            Assert.Equal((13, 17), Points(Api.Get(reader, table)));
            Assert.True(
                Qualified(Api.Get(reader, forecast), "Mexico") > Qualified(forecastBefore, "Mexico"),
                "three more points for Mexico, same fixtures and seed: its odds of a top-3 place rise");
            Assert.Equal(Api.Get(writer, table).Body, Api.Get(reader, table).Body);
        }
        finally
        {
            await stop.CancelAsync();
        }

        Assert.Equal(0, (await serve).ExitCode);
    }

    private static HttpClient Client(ServeCommandTests.AnnouncementWriter output)
    {
        Assert.True(output.Announced.Wait(StartTimeout), "serve did not announce its address: " + output);
        var match = Address().Match(output.ToString());
        Assert.True(match.Success, output.ToString());
        return new HttpClient { BaseAddress = new Uri(match.Value) };
    }

    private static (int Canada, int Mexico) Points(ApiAnswer table)
    {
        Assert.Equal(200, table.Status);
        var points = table.Json.GetProperty("groups")[0].GetProperty("rows").EnumerateArray()
            .ToDictionary(r => r.GetProperty("team").GetString()!, r => r.GetProperty("points").GetInt32(), StringComparer.Ordinal);
        return (points["Canada"], points["Mexico"]);
    }

    private static double Qualified(ApiAnswer forecast, string team)
    {
        Assert.Equal(200, forecast.Status);
        return forecast.Json.GetProperty("teams").EnumerateArray()
            .Single(t => t.GetProperty("team").GetString() == team)
            .GetProperty("slots").GetProperty("qualified").GetDouble();
    }

    /// <summary>The web app in a test server on the store, with the API key.</summary>
    private sealed class WritingFactory(string database, string apiKey) : WebApplicationFactory<WebProgram>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("QUALIFY_DB", database);
            builder.UseSetting("Qualify:ApiKey", apiKey);
        }
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+")]
    private static partial Regex Address();
}
