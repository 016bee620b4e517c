using System.Globalization;
using System.Threading.RateLimiting;
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

/// <summary>
/// The turns of the computing requests (<see cref="WebLimits.ComputeConcurrency"/> at once, the others waiting in order,
/// asynchronously, up to <see cref="WebLimits.QueueLimit"/>; beyond, 503 at once), shared by the API's computing
/// endpoints (<see cref="WebLimitsServices.RequireComputeTurn"/>) and the competition page, which takes a turn only when
/// a part it shows is not already computed (<see cref="Pages.PageCache"/>), so that a kept page is not queued behind
/// what-ifs. A <see cref="ConcurrencyLimiter"/> (System.Threading.RateLimiting).
/// </summary>
internal sealed class ComputeGate(WebLimits limits) : IDisposable
{
    private readonly ConcurrencyLimiter _limiter = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = limits.ComputeConcurrency,
        QueueLimit = WebLimits.QueueLimit,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    /// <summary>The requests waiting for their turn now.</summary>
    public long Waiting => _limiter.GetStatistics()?.CurrentQueuedCount ?? 0;

    /// <summary>Waits for a turn; the lease says whether it was given (not when the queue is full). Dispose it to end the turn.</summary>
    public ValueTask<RateLimitLease> TurnAsync(CancellationToken cancellation) => _limiter.AcquireAsync(1, cancellation);

    /// <summary>Why a request is refused a turn.</summary>
    public static readonly string BusyMessage = $"this server has {WebLimits.QueueLimit:N0} computing requests waiting; try again shortly";

    /// <summary>The API's answer to a request refused a turn: 503, the queue being full.</summary>
    public static IResult Busy() => TypedResults.Problem(detail: BusyMessage, statusCode: StatusCodes.Status503ServiceUnavailable);

    /// <inheritdoc />
    public void Dispose() => _limiter.Dispose();
}

/// <summary>Registers <see cref="WebLimits"/> and <see cref="ComputeGate"/>.</summary>
internal static class WebLimitsServices
{
    /// <summary>The limits, read from the configuration when first needed (a test host adds its settings late), and the gate.</summary>
    public static IServiceCollection AddWebLimits(this IServiceCollection services)
    {
        services.AddSingleton(provider => WebLimits.From(provider.GetRequiredService<IConfiguration>()));
        services.AddSingleton<ComputeGate>();
        return services;
    }

    /// <summary>Runs the endpoint's handler in a turn of the <see cref="ComputeGate"/>.</summary>
    public static RouteHandlerBuilder RequireComputeTurn(this RouteHandlerBuilder endpoint) =>
        endpoint.AddEndpointFilter(async (context, next) =>
        {
            var gate = context.HttpContext.RequestServices.GetRequiredService<ComputeGate>();
            using var turn = await gate.TurnAsync(context.HttpContext.RequestAborted);
            return turn.IsAcquired ? await next(context) : ComputeGate.Busy();
        });
}
