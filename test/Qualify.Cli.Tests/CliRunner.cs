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
    public static CliResult Run(IReadOnlyDictionary<string, string> environment, TimeProvider clock, params string[] args) =>
        Run(new CliRun(environment) { Clock = clock }, args);

    /// <summary>Runs <paramref name="args"/> as <paramref name="run"/> describes.</summary>
    public static CliResult Run(CliRun run, params string[] args)
    {
        var console = new TestConsole().Width(run.Width);
        console.Profile.Capabilities.Ansi = false;
        using var output = new StringWriter();
        using var error = new StringWriter();
        var environment = new CliEnvironment(console, output, error, name => run.Environment.GetValueOrDefault(name)) { Clock = run.Clock, ProgressConsole = run.ProgressConsole, Shutdown = run.Shutdown };
        var exit = QualifyApp.Run(args, environment);
        return new CliResult(exit, console.Output.ReplaceLineEndings("\n"), output.ToString(), error.ToString());
    }

    /// <summary>Runs <paramref name="args"/> with a store path in a folder that does not exist yet (no import).</summary>
    public static CliResult RunOffline(params string[] args)
    {
        using var folder = TestPaths.CreateTemporaryFolder();
        return Run(new Dictionary<string, string> { ["QUALIFY_DB"] = folder.File("none/history.db") }, args);
    }
}

/// <summary>How to run the command line: its environment variables, clock, console width and progress console.</summary>
/// <param name="Environment">The only environment variables.</param>
internal sealed record CliRun(IReadOnlyDictionary<string, string> Environment)
{
    /// <summary>The clock.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>The width of the test console (not a terminal).</summary>
    public int Width { get; init; } = 200;

    /// <summary>Stops a command that runs until stopped (<c>serve</c>); never, unless set.</summary>
    public CancellationToken Shutdown { get; init; }

    /// <summary>The console progress is drawn on, or <see langword="null"/> for none.</summary>
    public Spectre.Console.IAnsiConsole? ProgressConsole { get; init; }

    /// <summary>A run with a store path in a folder that does not exist (no import).</summary>
    public static CliRun Offline(TemporaryFolder folder) => new(new Dictionary<string, string> { ["QUALIFY_DB"] = folder.File("none/history.db") });
}
