using System.Security.Cryptography;
using System.Text;

namespace Qualify.Web.Api;

/// <summary>
/// The API key that authorises writes (docs/web.md, "Writes"): from the configuration's <c>Qualify:ApiKey</c>, else the
/// environment's <c>QUALIFY_API_KEY</c>. Without one, every write is refused. A request gives it in the
/// <c>X-Api-Key</c> header; it is compared in constant time (<see cref="CryptographicOperations.FixedTimeEquals"/> over
/// SHA-256 digests, so that neither the content nor the length leaks through timing), and recorded in the audit by
/// <see cref="IdOf"/>, never itself.
/// </summary>
internal static class ApiKey
{
    /// <summary>The header that carries the key.</summary>
    public const string Header = "X-Api-Key";

    /// <summary>The configuration key.</summary>
    public const string ConfigurationKey = "Qualify:ApiKey";

    /// <summary>The environment variable.</summary>
    public const string EnvironmentVariable = "QUALIFY_API_KEY";

    /// <summary>The configured key, or <see langword="null"/> when none (or an empty one) is configured.</summary>
    public static string? Configured(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var key = configuration[ConfigurationKey];
        key = string.IsNullOrEmpty(key) ? configuration[EnvironmentVariable] : key;
        return string.IsNullOrEmpty(key) ? null : key;
    }

    /// <summary>
    /// The problem that refuses <paramref name="request"/>'s write (403 when no key is configured, 401 when the key is
    /// missing or wrong), or <see langword="null"/> with the key's identifier when it may write.
    /// </summary>
    public static IResult? Refusal(HttpRequest request, IConfiguration configuration, out string keyId)
    {
        ArgumentNullException.ThrowIfNull(request);
        keyId = string.Empty;
        if (Configured(configuration) is not { } expected)
        {
            return ApiProblems.Problem(StatusCodes.Status403Forbidden,
                $"writes are disabled: no API key is configured (set {ConfigurationKey} or {EnvironmentVariable} on the server)");
        }

        if (request.Headers[Header].ToString() is not { Length: > 0 } given)
        {
            return Unauthorized($"a write needs the API key in the {Header} header");
        }

        if (!CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(expected))))
        {
            return Unauthorized($"the {Header} header does not hold the server's API key");
        }

        keyId = IdOf(expected);
        return null;
    }

    /// <summary>The key's identifier in the audit: "sha256:" and the first 12 hex digits of its SHA-256 digest.</summary>
    public static string IdOf(string key) =>
        "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..12];

    private static IResult Unauthorized(string detail)
    {
        var problem = ApiProblems.Problem(StatusCodes.Status401Unauthorized, detail);
        return new WithHeader(problem, "WWW-Authenticate", "ApiKey header=\"" + Header + "\"");
    }

    /// <summary>A result with one more response header.</summary>
    private sealed class WithHeader(IResult inner, string name, string value) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            ArgumentNullException.ThrowIfNull(httpContext);
            httpContext.Response.Headers[name] = value;
            return inner.ExecuteAsync(httpContext);
        }
    }
}
