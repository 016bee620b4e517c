using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Qualify.Application;
using Qualify.Hosting;
using Qualify.Web.Api;
using Qualify.Web.Pages;
using Scalar.AspNetCore;

namespace Qualify.Web;

/// <summary>
/// How a front end starts the web app. Every value left <see langword="null"/> comes from the configuration: the
/// command line (<c>--urls</c>, <c>--db</c>) and the environment (<c>ASPNETCORE_URLS</c>, <c>QUALIFY_DB</c>,
/// <c>QUALIFY_COMPETITIONS</c>).
/// </summary>
public sealed record QualifyWebOptions
{
    /// <summary>Command-line arguments, as ASP.NET Core's configuration reads them (<c>--urls …</c>, <c>--db …</c>).</summary>
    public IReadOnlyList<string> Args { get; init; } = [];

    /// <summary>The URLs to listen on, separated by <c>;</c>; otherwise the configuration's <c>urls</c>, otherwise <see cref="QualifyWebApp.DefaultUrls"/>.</summary>
    public string? Urls { get; init; }

    /// <summary>The history store (a SQLite file or a PostgreSQL connection string); otherwise the configuration's <c>db</c>, otherwise <c>QUALIFY_DB</c> or the default location.</summary>
    public string? Database { get; init; }

    /// <summary>Reads an environment variable; <see langword="null"/> to read it from the configuration (which holds the process's environment).</summary>
    public Func<string, string?>? Environment { get; init; }

    /// <summary>The clock of "today" (the history reports' "days since").</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}

/// <summary>
/// The web app of <c>qualify serve</c>: the REST API under <c>/api</c> (<see cref="ApiEndpoints"/>), its OpenAPI
/// document at <c>/openapi/v1.json</c> and its reference page at <c>/api/docs</c>, over the services of
/// <see cref="QualifyServices"/>. The process keeps no state of its own between requests: everything it answers comes
/// from the competition definitions and the history store (docs/web.md).
/// </summary>
public static partial class QualifyWebApp
{
    /// <summary>Where the app listens unless told otherwise: loopback only, so that nothing is exposed by default.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>The path of the OpenAPI document.</summary>
    public const string OpenApiPath = "/openapi/v1.json";

    /// <summary>The path of the API reference page.</summary>
    public const string ReferencePath = "/api/docs";

    /// <summary>Builds the app (not yet started) for <paramref name="options"/>.</summary>
    /// <exception cref="UserInputException">A URL to listen on is not an <c>http://host:port</c> URL.</exception>
    public static WebApplication Create(QualifyWebOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = [.. options.Args],
            ContentRootPath = AppContext.BaseDirectory,
        });
        var configuration = builder.Configuration;
        var urls = ListenUrls(options.Urls ?? configuration["urls"]);
        builder.WebHost.UseUrls([.. urls]);

        // The framework's own log lines (requests, start-up) only from warnings up: the front end announces the address.
        // A failure to start (a port in use) is the front end's one-line error, not the host's logged stack trace; a
        // bug in a request is still logged, with its trace, by the exception handler (Microsoft.AspNetCore).
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning).AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning)
            .AddFilter("Microsoft.Extensions.Hosting", LogLevel.None);

        // The store and the environment are read when a request first needs them, from the configuration as it is then
        // (a test host adds its settings after this method returns).
        var environment = options.Environment ?? (name => configuration[name]);
        builder.Services.AddQualify(new QualifyHost(environment, options.Clock, () => options.Database ?? configuration["db"]));

        builder.Services.AddWebLimits();
        // The dashboard's pages: Razor components rendered on the server, statically (docs/web.md, Pages).
        builder.Services.AddRazorComponents();
        builder.Services.AddOutputCache();
        builder.Services.AddSingleton<Pages.PageCache>();
        builder.Services.AddProblemDetails(problems => problems.CustomizeProblemDetails = ApiProblems.Customize);
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            // The names of the contracts (Qualify.Contracts.Json), for the OpenAPI schemas and problem details; the
            // documents themselves are written by Json.Text, byte for byte as the CLI writes them.
            json.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        });
        builder.Services.AddOpenApi(openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Qualify API";
            document.Info.Description = "World Cup qualification: tables under the official tie-breakers, Monte Carlo forecasts, exact scenarios, history and ratings. The documents are those of `qualify <command> --format json` (docs/json.md).";
            return Task.CompletedTask;
        }));

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseOutputCache();
        app.MapOpenApi(OpenApiPath);
        app.MapScalarApiReference(ReferencePath, scalar => scalar.WithTitle("Qualify API").WithOpenApiRoutePattern(OpenApiPath));
        app.MapQualifyApi();
        app.MapQualifyPages();
        return app;
    }

    /// <summary>
    /// The URLs of <paramref name="urls"/> (separated by <c>;</c>), or <see cref="DefaultUrls"/> when none is given,
    /// each checked: <c>http://host[:port]</c> with no path. HTTPS is refused: the app holds no certificate, and TLS
    /// belongs to the reverse proxy in front of it (docs/web.md).
    /// </summary>
    /// <exception cref="UserInputException">A URL is not of that form.</exception>
    public static IReadOnlyList<string> ListenUrls(string? urls)
    {
        if (string.IsNullOrWhiteSpace(urls))
        {
            return [DefaultUrls];
        }

        var list = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var url in list)
        {
            if (url.StartsWith("https:", StringComparison.OrdinalIgnoreCase))
            {
                throw new UserInputException($"--urls: '{url}': https is not served (no certificate is configured); listen on http and let a reverse proxy terminate TLS");
            }

            var match = UrlPattern().Match(url);
            if (!match.Success || (match.Groups["port"].Success && int.Parse(match.Groups["port"].Value, System.Globalization.CultureInfo.InvariantCulture) > 65535))
            {
                throw new UserInputException($"--urls: '{url}' is not of the form http://host:port (e.g. {DefaultUrls})");
            }
        }

        return list;
    }

    /// <summary>One warning line for each URL of <paramref name="urls"/> that listens beyond this machine (not loopback).</summary>
    public static IReadOnlyList<string> Warnings(IEnumerable<string> urls) =>
        [.. urls.Where(u => !IsLoopback(u)).Select(u => $"warning: --urls: '{u}' listens beyond this machine: anyone who can reach it can read the API")];

    /// <summary>Whether <paramref name="url"/> (an <c>http://host:port</c> URL) listens on loopback only.</summary>
    public static bool IsLoopback(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var match = UrlPattern().Match(url);
        var host = match.Success ? match.Groups["host"].Value.Trim('[', ']') : string.Empty;
        return host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
    }

    /// <summary>The addresses the started <paramref name="app"/> listens on (a port 0 resolved to the port taken).</summary>
    public static IReadOnlyList<string> Addresses(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        return addresses is { Count: > 0 } ? [.. addresses] : [.. app.Urls];
    }

    /// <summary>The line a front end prints once the app listens: where, and where the API reference is.</summary>
    public static string Announcement(WebApplication app)
    {
        var addresses = Addresses(app);
        return $"Listening on {string.Join(", ", addresses)} (API reference: {addresses[0].TrimEnd('/')}{ReferencePath}). Press Ctrl+C to stop.";
    }

    [GeneratedRegex(@"^http://(?<host>\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.\-]+|\*|\+)(:(?<port>\d{1,5}))?/?$", RegexOptions.IgnoreCase)]
    private static partial Regex UrlPattern();
}
