using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Qualify.Web.Tests;

/// <summary>The OpenAPI document at /openapi/v1.json lists every API endpoint, and the reference page is served.</summary>
[Collection(WebCollection.Name)]
public sealed class OpenApiTests(WebFixture web)
{
    /// <summary>The API's endpoints (docs/web.md), as OpenAPI paths.</summary>
    private static readonly string[] Endpoints =
    [
        "/api/competitions",
        "/api/competitions/{competition}",
        "/api/competitions/{competition}/table",
        "/api/competitions/{competition}/forecast",
        "/api/competitions/{competition}/forecast/timeline",
        "/api/competitions/{competition}/scenarios",
        "/api/competitions/{competition}/scenarios/next",
        "/api/competitions/{competition}/results",
        "/api/teams",
        "/api/teams/{team}",
        "/api/h2h/{teamA}/{teamB}",
        "/api/records",
        "/api/ratings",
    ];

    [Fact]
    public void OpenApi_Document_ListsTheApisEndpoints()
    {
        Assert.Equal(Endpoints.Order(StringComparer.Ordinal), Paths().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void OpenApi_Document_ListsEveryMappedApiRoute()
    {
        // Every route the app maps under /api (but the reference page) is in the document: none is left undocumented.
        var routes = web.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText!.Trim('/'))
            .Where(p => p.StartsWith("/api/", StringComparison.Ordinal) && !p.StartsWith("/api/docs", StringComparison.Ordinal))
            .ToHashSet(StringComparer.Ordinal);

        Assert.Subset(Paths().ToHashSet(StringComparer.Ordinal), routes);
        Assert.Equal(Endpoints.Length, routes.Count);
    }

    [Fact]
    public void OpenApi_Forecast_ListsTheCliOptionsAsParameters()
    {
        var parameters = Operation("/api/competitions/{competition}/forecast").GetProperty("parameters").EnumerateArray()
            .Select(p => p.GetProperty("name").GetString()).ToList();

        Assert.Equal(["competition", "as-of", "sims", "seed", "model", "fix", "playoff-opponent"], parameters);
    }

    [Fact]
    public void OpenApi_Table_DescribesTheDocumentAndTheProblems()
    {
        var responses = Operation("/api/competitions/{competition}/table").GetProperty("responses");

        Assert.True(responses.GetProperty("200").GetProperty("content").TryGetProperty("application/json", out _));
        Assert.True(responses.GetProperty("404").GetProperty("content").TryGetProperty("application/problem+json", out _));
        Assert.True(responses.GetProperty("400").GetProperty("content").TryGetProperty("application/problem+json", out _));
    }

    [Fact]
    public void ReferencePage_IsServedAsHtml()
    {
        var page = web.Get("/api/docs/");

        Assert.Equal(200, page.Status);
        Assert.Equal("text/html", page.MediaType);
    }

    private IEnumerable<string> Paths() => Document().GetProperty("paths").EnumerateObject().Select(p => p.Name);

    private JsonElement Operation(string path) => Document().GetProperty("paths").GetProperty(path).GetProperty("get");

    private JsonElement Document()
    {
        var document = web.Get("/openapi/v1.json");
        Assert.Equal(200, document.Status);
        return document.Json;
    }
}
