using Spectre.Console;

namespace Qualify.Cli;

/// <summary>
/// What the CLI writes to and reads from, injected so that tests can capture it: the rich console (tables,
/// progress), the raw standard output (JSON and CSV go there byte for byte), standard error, and the environment.
/// </summary>
/// <param name="Console">The rich console for human-readable output.</param>
/// <param name="Out">Raw standard output, for machine-readable formats.</param>
/// <param name="Error">Standard error, for one-line errors and warnings.</param>
/// <param name="Environment">Reads an environment variable (<c>QUALIFY_DB</c>, <c>QUALIFY_COMPETITIONS</c>).</param>
public sealed record CliEnvironment(IAnsiConsole Console, TextWriter Out, TextWriter Error, Func<string, string?> Environment)
{
    /// <summary>
    /// The console on standard error where progress is drawn, when standard error is an interactive terminal;
    /// <see langword="null"/> otherwise (no progress is drawn). Progress never goes to standard output, so that output
    /// redirected to a file, or a JSON document, holds the result only.
    /// </summary>
    public IAnsiConsole? ProgressConsole { get; init; }

    /// <summary>The clock of "today" (the history commands' "days since"); the system clock unless a test sets one.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Stops a command that runs until stopped (<c>serve</c>) when cancelled, as Ctrl+C does; never cancelled unless a test sets it.</summary>
    public CancellationToken Shutdown { get; init; }
}
