using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Qualify.Application;

namespace Qualify.Web.Tests;

/// <summary><see cref="WebLimits"/> and <see cref="ComputeGate"/>: the server's bound on simulations a request, and computing requests waiting their turn.</summary>
[Collection(WebCollection.Name)]
public sealed class WebLimitsTests(WebFixture web)
{
    [Fact]
    public void Forecast_AboveTheDefaultServerLimit_Is400NamingTheLimit()
    {
        // 2,000,000 is within the CLI's bound (10,000,000) but above the server's default (1,000,000).
        var api = web.Get("/api/competitions/concacaf-2022/forecast?as-of=2021-11-17&sims=2000000");

        Assert.Equal(400, api.Status);
        Assert.Equal("--sims: 2000000 is above this server's limit of 1000000 simulations a request (Qualify:MaxSimulations)", api.Detail);
    }

    [Fact]
    public void Forecast_AtAConfiguredLimit_Is200()
    {
        using var factory = new LimitedFactory(web.Database, ("Qualify:MaxSimulations", "2000"));
        using var client = factory.CreateClient();

        var api = Api.Get(client, "/api/competitions/concacaf-2022/forecast?as-of=2021-11-17&sims=2000");

        Assert.Equal(200, api.Status);
    }

    [Fact]
    public void Forecast_AboveAConfiguredLimit_Is400()
    {
        using var factory = new LimitedFactory(web.Database, ("Qualify:MaxSimulations", "2000"));
        using var client = factory.CreateClient();

        var api = Api.Get(client, "/api/competitions/concacaf-2022/forecast?as-of=2021-11-17&sims=2001");

        Assert.Equal(400, api.Status);
        Assert.Equal("--sims: 2001 is above this server's limit of 2000 simulations a request (Qualify:MaxSimulations)", api.Detail);
    }

    [Fact]
    public async Task Forecast_MoreRequestsThanComputeSlots_AllWaitTheirTurnAndSucceed()
    {
        // One computing request at a time: the other five queue (QueueLimit 10,000) instead of being refused.
        using var factory = new LimitedFactory(web.Database, ("Qualify:ComputeConcurrency", "1"));
        using var client = factory.CreateClient();

        var answers = await Task.WhenAll(Enumerable.Range(1, 6).Select(seed =>
            client.GetAsync($"/api/competitions/concacaf-2022/forecast?as-of=2021-11-17&sims=20000&seed={seed}")));

        Assert.All(answers, a => Assert.Equal(200, (int)a.StatusCode));
    }

    [Fact]
    public async Task Forecast_WhileEveryComputeTurnIsTaken_WaitsForItsTurnThenSucceeds()
    {
        using var factory = new LimitedFactory(web.Database, ("Qualify:ComputeConcurrency", "1"));
        using var client = factory.CreateClient();
        var gate = factory.Services.GetRequiredService<ComputeGate>();
        var turn = await gate.TurnAsync(CancellationToken.None);

        var answer = client.GetAsync(new Uri("/api/competitions/concacaf-2022/forecast?as-of=2021-11-17&sims=2000", UriKind.Relative));
        await WaitUntil(() => gate.Waiting == 1);
        Assert.False(answer.IsCompleted, "the forecast ran without its turn");
        turn.Dispose();

        using var response = await answer.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Equal(200, (int)response.StatusCode);
    }

    [Fact]
    public async Task CompetitionPage_KeptWhileEveryComputeTurnIsTaken_IsServedWithoutWaiting()
    {
        using var factory = new LimitedFactory(web.Database, ("Qualify:ComputeConcurrency", "1"));
        using var client = factory.CreateClient();
        var page = new Uri("/competitions/concacaf-2022?as-of=2021-11-17&sims=2000", UriKind.Relative);
        using (var first = await client.GetAsync(page))
        {
            Assert.Equal(200, (int)first.StatusCode);
        }

        var gate = factory.Services.GetRequiredService<ComputeGate>();
        using var turn = await gate.TurnAsync(CancellationToken.None);

        // Every part of the page is kept (PageCache) from the first view: the second needs no turn. Were it to wait for
        // one, the turn held above would keep it waiting past the minute.
        using var second = await client.GetAsync(page).WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Equal(200, (int)second.StatusCode);
        Assert.Equal(0, gate.Waiting);
    }

    [Fact]
    public async Task CompetitionPage_NotKeptWhileEveryComputeTurnIsTaken_WaitsForItsTurn()
    {
        using var factory = new LimitedFactory(web.Database, ("Qualify:ComputeConcurrency", "1"));
        using var client = factory.CreateClient();
        var gate = factory.Services.GetRequiredService<ComputeGate>();
        var turn = await gate.TurnAsync(CancellationToken.None);

        var answer = client.GetAsync(new Uri("/competitions/concacaf-2022?as-of=2021-11-17&sims=2000&seed=7", UriKind.Relative));
        await WaitUntil(() => gate.Waiting == 1);
        Assert.False(answer.IsCompleted, "the page computed its forecast without a turn");
        turn.Dispose();

        using var response = await answer.WaitAsync(TimeSpan.FromSeconds(120));
        Assert.Equal(200, (int)response.StatusCode);
    }

    [Fact]
    public void From_SettingNotANumber_ThrowsNamingTheSetting()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("Qualify:ComputeConcurrency", "many")]).Build();

        var error = Assert.Throws<UserInputException>(() => WebLimits.From(configuration));

        Assert.Equal("Qualify:ComputeConcurrency: 'many' is not a whole number from 1 to 1,024", error.Message);
    }

    /// <summary>Waits until <paramref name="condition"/> holds, at most a minute.</summary>
    private static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the condition did not hold within a minute");
            await Task.Delay(20);
        }
    }

    private sealed class LimitedFactory(string databasePath, params (string Key, string Value)[] settings) : WebApplicationFactory<WebProgram>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("QUALIFY_DB", databasePath);
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }
}
