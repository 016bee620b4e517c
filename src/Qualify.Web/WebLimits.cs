using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Qualify.Application;

namespace Qualify.Web;

/// <summary>
/// What one web process takes on at once (docs/web.md, Limits): the computing requests (forecasts and scenarios) run
/// at most <see cref="ComputeConcurrency"/> at a time, each already spread over every core, while the others wait their
/// turn in order without holding a thread, so that cheap reads (tables, pages' other parts) are not starved; and a
/// forecast asks for at most <see cref="MaxSimulations"/> simulations, a bound below the CLI's 10,000,000 (a minute on
/// two cores) for a server that many share.
/// </summary>
/// <param name="MaxSimulations">The largest <c>sims</c> of a web request: <c>Qualify:MaxSimulations</c>, default 1,000,000.</param>
/// <param name="ComputeConcurrency">The computing requests run at once: <c>Qualify:ComputeConcurrency</c>, default the processor count.</param>
public sealed record WebLimits(long MaxSimulations, int ComputeConcurrency)
{
    /// <summary>The name of the rate-limiting policy of the computing endpoints.</summary>
    public const string ComputePolicy = "compute";

    /// <summary>The default <see cref="MaxSimulations"/>.</summary>
    public const long DefaultMaxSimulations = 1_000_000;

    /// <summary>How many computing requests may wait for their turn; beyond, a request gets 503 at once.</summary>
    public const int QueueLimit = 10_000;

    /// <summary>The limits of <paramref name="configuration"/>, each checked.</summary>
    /// <exception cref="UserInputException">A setting is not a whole number in its range.</exception>
    public static WebLimits From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return new WebLimits(
            Setting(configuration, "Qualify:MaxSimulations", DefaultMaxSimulations, 1, InputValues.MaxSimulations),
            (int)Setting(configuration, "Qualify:ComputeConcurrency", Environment.ProcessorCount, 1, 1024));
    }

    private static long Setting(IConfiguration configuration, string key, long fallback, long min, long max)
    {
        var text = configuration[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new UserInputException($"{key}: '{text}' is not a whole number from {min:N0} to {max:N0}");
    }
}

/// <summary>Registers and applies <see cref="WebLimits"/>.</summary>
internal static class WebLimitsServices
{
    /// <summary>The limits, read from the configuration when first needed (a test host adds its settings late), and the compute policy.</summary>
    public static IServiceCollection AddWebLimits(this IServiceCollection services)
    {
        services.AddSingleton(provider => WebLimits.From(provider.GetRequiredService<IConfiguration>()));
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IServiceProvider>((options, provider) =>
        {
            options.RejectionStatusCode = StatusCodes.Status503ServiceUnavailable;
            var permits = provider.GetRequiredService<WebLimits>().ComputeConcurrency;
            options.AddConcurrencyLimiter(WebLimits.ComputePolicy, limiter =>
            {
                limiter.PermitLimit = permits;
                limiter.QueueLimit = WebLimits.QueueLimit;
                limiter.QueueProcessingOrder = QueueProcessingOrder.OldestFirst;
            });
        });
        return services;
    }
}
