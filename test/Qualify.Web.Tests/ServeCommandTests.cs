using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Qualify.Testing;

namespace Qualify.Web.Tests;

/// <summary><c>qualify serve</c>: a real Kestrel server on loopback, announced on standard output, stopped on request.</summary>
[Collection(WebCollection.Name)]
public sealed partial class ServeCommandTests(WebFixture web)
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Serve_PortZero_AnnouncesTheLoopbackAddressAndServesTheCliJson()
    {
        using var stop = new CancellationTokenSource();
        var output = new AnnouncementWriter();
        var environment = new Dictionary<string, string> { ["QUALIFY_DB"] = web.Database };
        var serve = Task.Run(() => Cli.Run(environment, stop.Token, output, "serve", "--urls", "http://127.0.0.1:0"));
        try
        {
            Assert.True(output.Announced.Wait(StartTimeout), "serve did not announce its address: " + output);
            var match = Address().Match(output.ToString());
            Assert.True(match.Success, output.ToString());
            Assert.True(QualifyWebApp.IsLoopback(match.Value));

            using var client = new HttpClient { BaseAddress = new Uri(match.Value) };
            var api = Api.Get(client, "/api/competitions/concacaf-2022/table?as-of=2021-11-17");
            Assert.Equal(200, api.Status);
            Assert.Equal(web.RunCli("table", "concacaf-2022", "--as-of", "2021-11-17", "--format", "json").Out, api.Body);
        }
        finally
        {
            await stop.CancelAsync();
        }

        var result = await serve;
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
    }

    [Fact]
    public void Serve_HttpsUrl_ExitsWithOneErrorLine()
    {
        using var folder = TestPaths.CreateTemporaryFolder();
        var result = Cli.Run(new Dictionary<string, string> { ["QUALIFY_DB"] = folder.File("history.db") }, "serve", "--urls", "https://127.0.0.1:5443");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            "error: --urls: 'https://127.0.0.1:5443': https is not served (no certificate is configured); listen on http and let a reverse proxy terminate TLS\n",
            result.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Serve_PortInUse_ExitsWithOneErrorLine()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)taken.LocalEndpoint).Port}";
        using var folder = TestPaths.CreateTemporaryFolder();

        var result = Cli.Run(new Dictionary<string, string> { ["QUALIFY_DB"] = folder.File("history.db") }, "serve", "--urls", url);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"error: --urls: Failed to bind to address {url}: address already in use.\n", result.Error.ReplaceLineEndings("\n"));
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+")]
    private static partial Regex Address();

    /// <summary>Standard output that signals its first line (the announcement), safe to read from another thread.</summary>
    internal sealed class AnnouncementWriter : StringWriter
    {
        private readonly Lock _lock = new();

        public ManualResetEventSlim Announced { get; } = new();

        public override void WriteLine(string? value)
        {
            lock (_lock)
            {
                base.WriteLine(value);
            }

            Announced.Set();
        }

        public override string ToString()
        {
            lock (_lock)
            {
                return base.ToString();
            }
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                Announced.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
