using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Primitives;
using Qualify.Application;
using Qualify.Web.Api;

namespace Qualify.Web.Pages;

/// <summary>
/// How a rendered competition page is kept (ASP.NET Core output caching, on top of its default policy: GET, 200, no
/// cookie). The key is the address, its query string as sent, and what the page depends on besides: the digest of the
/// competition's matches as read now, results written through the API included (<see cref="PageCache.Digest"/>), so that
/// a write is never hidden by a kept page, and today's date, which a page without <c>as-of</c> defaults from.
/// </summary>
/// <remarks>
/// The query string is keyed as sent rather than by the default rule (every query key), which sorts a repeated key's
/// values in the request itself: a submitted what-if form pairs its <c>match</c>, <c>hg</c> and <c>ag</c> values by
/// their order.
/// </remarks>
internal sealed class RenderedPagePolicy : IOutputCachePolicy
{
    /// <summary>How long a rendered page is kept at most; a write ends it at once.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    /// <inheritdoc />
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;
        context.ResponseExpirationTimeSpan = Lifetime;
        context.CacheVaryByRules.QueryKeys = StringValues.Empty;
        context.CacheVaryByRules.VaryByValues["query"] = http.Request.QueryString.Value ?? string.Empty;
        context.CacheVaryByRules.VaryByValues["matches"] = Version(http);
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    /// <inheritdoc />
    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    /// <summary>Today's date and the digest of the competition's matches; for an unknown competition, a value of its own (its error page is not kept).</summary>
    private static string Version(HttpContext http)
    {
        var services = http.RequestServices;
        var today = DateOnly.FromDateTime(services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        var prefix = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "|";
        try
        {
            var definition = services.GetRequiredService<CompetitionCatalog>().Find(http.Request.RouteValues["competition"] as string ?? string.Empty);
            return prefix + services.GetRequiredService<PageCache>().Digest(definition, null);
        }
        catch (Exception e) when (ApiProblems.StatusOf(e, http.Request.RouteValues) != 0)
        {
            return prefix + "unreadable";
        }
    }
}
