using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Qualify.Testing;

namespace Qualify.Browser.Tests;

/// <summary>
/// A real <c>qualify serve</c>: the CLI built beside the tests (<c>qualify.dll</c>), run as its own process on a free
/// loopback port, over a temporary history store into which the shared dataset is imported first (<c>qualify import</c>,
/// also its own process), or over a store it is given as it is. Writes are enabled with <see cref="ApiKey"/>.
/// </summary>
public sealed partial class ServeProcess : IDisposable
{
    /// <summary>The API key the server takes for writes.</summary>
    public const string ApiKey = "browser-tests-key";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);
    private readonly TemporaryFolder _folder = TestPaths.CreateTemporaryFolder();
    private readonly Process _server;
    private readonly StringBuilder _log = new();

    /// <summary>Starts a server over a temporary store holding the imported dataset.</summary>
    public ServeProcess()
        : this(null)
    {
    }

    /// <summary>
    /// Starts a server over <paramref name="store"/> (a SQLite path or an Npgsql connection string, as <c>--db</c> takes
    /// it) as it is; <see langword="null"/> for a temporary store holding the imported dataset.
    /// </summary>
    public ServeProcess(string? store)
    {
        DatabasePath = store ?? _folder.File("history.db");
        if (store is null)
        {
            var import = Start("import", TestPaths.DatasetFolder, "--db", DatabasePath);
            var importError = import.StandardError.ReadToEndAsync();
            _ = import.StandardOutput.ReadToEnd();
            import.WaitForExit();
            if (import.ExitCode != 0)
            {
                throw new InvalidOperationException($"qualify import exited {import.ExitCode}: {importError.Result}");
            }
        }

        _server = Start("serve", "--urls", "http://127.0.0.1:0", "--db", DatabasePath);
        var announced = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        _server.OutputDataReceived += (_, line) =>
        {
            if (line.Data is null)
            {
                announced.TrySetException(new InvalidOperationException("qualify serve ended before it announced its address: " + Log));
                return;
            }

            lock (_log)
            {
                _log.AppendLine(line.Data);
            }

            var address = Address().Match(line.Data);
            if (address.Success)
            {
                announced.TrySetResult(address.Value);
            }
        };
        _server.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is not null)
            {
                lock (_log)
                {
                    _log.AppendLine(line.Data);
                }
            }
        };
        _server.BeginOutputReadLine();
        _server.BeginErrorReadLine();
        if (!announced.Task.Wait(StartTimeout))
        {
            throw new InvalidOperationException("qualify serve did not announce its address: " + Log);
        }

        BaseUrl = announced.Task.Result;
    }

    /// <summary>The server's address, <c>http://127.0.0.1:port</c>.</summary>
    public string BaseUrl { get; }

    /// <summary>The history store the server reads (<c>--db</c>).</summary>
    public string DatabasePath { get; }

    /// <summary>What the server printed so far, standard output and error.</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    private static Process Start(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "qualify.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["QUALIFY_API_KEY"] = ApiKey;
        info.Environment.Remove("QUALIFY_DB");
        info.Environment.Remove("ASPNETCORE_URLS");
        return Process.Start(info) ?? throw new InvalidOperationException("dotnet could not be started");
    }

    public void Dispose()
    {
        if (!_server.HasExited)
        {
            _server.Kill(entireProcessTree: true);
            _server.WaitForExit();
        }

        _server.Dispose();
        _folder.Dispose();
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+")]
    private static partial Regex Address();
}
