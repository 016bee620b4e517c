using Qualify.Testing;
using Spectre.Console.Testing;

namespace Qualify.Cli.Tests;

/// <summary>The outcome of one in-process run of the <c>qualify</c> command line.</summary>
internal sealed record CliResult(int ExitCode, string Console, string Out, string Error);

/// <summary>Runs <see cref="QualifyApp"/> in process with a test console, captured streams and a fake environment.</summary>
internal static class CliRunner
{
    /// <summary>Runs <paramref name="args"/> with <paramref name="environment"/> as the only environment variables.</summary>
    public static CliResult Run(IReadOnlyDictionary<string, string> environment, params string[] args) =>
        Run(environment, TimeProvider.System, args);

    /// <summary>Runs <paramref name="args"/> with <paramref name="environment"/> and the clock <paramref name="clock"/>.</summary>
    public static CliResult Run(IReadOnlyDictionary<string, string> environment, TimeProvider clock, params string[] args)
    {
        var console = new TestConsole().Width(200);
        console.Profile.Capabilities.Ansi = false;
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = QualifyApp.Run(args, new CliEnvironment(console, output, error, name => environment.GetValueOrDefault(name)) { Clock = clock });
        return new CliResult(exit, console.Output.ReplaceLineEndings("\n"), output.ToString(), error.ToString());
    }

    /// <summary>Runs <paramref name="args"/> with a store path in a folder that does not exist yet (no import).</summary>
    public static CliResult RunOffline(params string[] args)
    {
        using var folder = TestPaths.CreateTemporaryFolder();
        return Run(new Dictionary<string, string> { ["QUALIFY_DB"] = folder.File("none/history.db") }, args);
    }
}

/// <summary>A clock stopped at one instant.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
