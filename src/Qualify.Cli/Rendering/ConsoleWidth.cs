using System.Globalization;
using Spectre.Console;

namespace Qualify.Cli.Rendering;

/// <summary>
/// The width the human-readable output is laid out to: the terminal's on a terminal; when the output is piped or
/// redirected, the <c>COLUMNS</c> environment variable if it holds a width, otherwise the console's default.
/// </summary>
internal static class ConsoleWidth
{
    /// <summary>The environment variable of the width when the output is not a terminal.</summary>
    public const string ColumnsVariable = "COLUMNS";

    /// <summary>The narrowest width accepted from <c>COLUMNS</c>; a smaller value is ignored.</summary>
    public const int Narrowest = 20;

    /// <summary>Sets the console's width from <c>COLUMNS</c> when its output is not a terminal.</summary>
    public static void Apply(IAnsiConsole console, Func<string, string?> environment)
    {
        if (!console.Profile.Out.IsTerminal && FromColumns(environment(ColumnsVariable)) is { } width)
        {
            console.Profile.Width = width;
        }
    }

    /// <summary>The width <c>COLUMNS</c> holds, or <see langword="null"/> when it holds none (unset, not a number, too narrow).</summary>
    public static int? FromColumns(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var width) && width is >= Narrowest and <= 10_000 ? width : null;
}
