using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Qualify.Cli;
using Qualify.Testing;
using Spectre.Console;

namespace Qualify.Web.Tests;

/// <summary>The outcome of one in-process run of the <c>qualify</c> command line: exit code, standard output and standard error.</summary>
internal sealed record CliOutput(int ExitCode, string Out, string Error);

/// <summary>The answer to one API request: status, media type and body.</summary>
internal sealed record ApiAnswer(int Status, string? MediaType, string Body)
{
    /// <summary>The body as JSON.</summary>
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    /// <summary>The <c>detail</c> of a problem-details body.</summary>
    public string? Detail => Json.TryGetProperty("detail", out var detail) ? detail.GetString() : null;
}

/// <summary>
/// The shared dataset imported once (through the CLI) into a temporary SQLite store, and the web app over it in a test
/// server (WebApplicationFactory), shared by the test classes of <see cref="WebCollection"/>. Tests only read the store.
/// </summary>
public class WebFixture : IDisposable
{
    private readonly EngineStore _store;

    public WebFixture()
        : this(StoreEngine.Sqlite)
    {
    }

    /// <summary>The same on a store of <paramref name="kind"/>.</summary>
    protected WebFixture(StoreEngine kind)
    {
        _store = new EngineStore(kind);
        var import = RunCli("import", TestPaths.DatasetFolder);
        if (import.ExitCode != 0)
        {
            throw new InvalidOperationException("the dataset import failed: " + import.Error);
        }

        Factory = new QualifyFactory(Database);
        Client = Factory.CreateClient();
    }

    /// <summary>The store as <c>QUALIFY_DB</c> gives it (a file path, or an Npgsql connection string).</summary>
    public string Database => _store.Value;

    internal QualifyFactory Factory { get; }

    internal HttpClient Client { get; }

    /// <summary>Runs the CLI in process on the fixture's store; JSON goes to <see cref="CliOutput.Out"/> byte for byte.</summary>
    internal CliOutput RunCli(params string[] args) => Cli.Run(new Dictionary<string, string> { ["QUALIFY_DB"] = Database }, args);

    /// <summary>GETs <paramref name="path"/> from the app.</summary>
    internal ApiAnswer Get(string path) => Api.Get(Client, path);

    public void Dispose()
    {
        Client.Dispose();
        Factory.Dispose();
        _store.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <summary>The <see cref="WebFixture"/> on a PostgreSQL database, shared by the test classes of <see cref="PostgreSqlWebCollection"/>.</summary>
public sealed class PostgreSqlWebFixture() : WebFixture(StoreEngine.PostgreSql);

/// <summary>The web app in a test server, on a store (its <c>QUALIFY_DB</c>: a path or a connection string); nothing else from the machine's environment.</summary>
internal sealed class QualifyFactory(string databasePath) : WebApplicationFactory<WebProgram>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseSetting("QUALIFY_DB", databasePath);
}

/// <summary>Runs the CLI and calls the API, for the tests.</summary>
internal static class Cli
{
    /// <summary>Runs <paramref name="args"/> with <paramref name="environment"/> as the only environment variables.</summary>
    public static CliOutput Run(IReadOnlyDictionary<string, string> environment, params string[] args) =>
        Run(environment, CancellationToken.None, args);

    /// <summary>Runs <paramref name="args"/> until done or until <paramref name="shutdown"/> stops a long-running command.</summary>
    public static CliOutput Run(IReadOnlyDictionary<string, string> environment, CancellationToken shutdown, params string[] args) =>
        Run(environment, shutdown, new StringWriter(), args);

    /// <summary>As <see cref="Run(IReadOnlyDictionary{string, string}, CancellationToken, string[])"/>, writing standard output to <paramref name="output"/>.</summary>
    public static CliOutput Run(IReadOnlyDictionary<string, string> environment, CancellationToken shutdown, TextWriter output, params string[] args)
    {
        using var error = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(TextWriter.Null) });
        var cli = new CliEnvironment(console, output, error, name => environment.GetValueOrDefault(name)) { Shutdown = shutdown };
        var exit = QualifyApp.Run(args, cli);
        return new CliOutput(exit, output.ToString() ?? string.Empty, error.ToString());
    }
}

/// <summary>API calls.</summary>
internal static class Api
{
    /// <summary>GETs <paramref name="path"/> with <paramref name="client"/>.</summary>
    public static ApiAnswer Get(HttpClient client, string path)
    {
        using var response = client.GetAsync(new Uri(path, UriKind.Relative)).GetAwaiter().GetResult();
        var body = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
        return new ApiAnswer((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, body);
    }
}

/// <summary>The test classes that share one <see cref="WebFixture"/> (one import, one test server).</summary>
[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<WebFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "web over the imported store";
}

/// <summary>The test classes that share one <see cref="PostgreSqlWebFixture"/> (one import into PostgreSQL, one test server).</summary>
[CollectionDefinition(Name)]
public sealed class PostgreSqlWebCollection : ICollectionFixture<PostgreSqlWebFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "web over the imported PostgreSQL store";
}
