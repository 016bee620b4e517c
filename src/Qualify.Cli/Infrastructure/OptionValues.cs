using System.Reflection;
using Spectre.Console.Cli;

namespace Qualify.Cli.Infrastructure;

/// <summary>
/// Finds an option that needs a value but was given none (<c>--as-of</c> last, or followed by another option). The
/// parser would otherwise fill such an option with an internal placeholder and the user would read that placeholder
/// in the validation message.
/// </summary>
internal static class OptionValues
{
    /// <summary>The long names (with <c>--</c>) of every option of every command that takes a required value.</summary>
    private static readonly HashSet<string> ValueOptions = [.. typeof(OptionValues).Assembly.GetTypes()
        .Where(t => typeof(CommandSettings).IsAssignableFrom(t))
        .SelectMany(t => t.GetProperties())
        .Select(p => p.GetCustomAttribute<CommandOptionAttribute>())
        .Where(a => a is { ValueName: not null, ValueIsOptional: false })
        .SelectMany(a => a!.LongNames)
        .Select(name => "--" + name)];

    /// <summary>The first option in <paramref name="args"/> that needs a value and has none, or <see langword="null"/>.</summary>
    public static string? MissingValue(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--")
            {
                return null;
            }

            if (ValueOptions.Contains(args[i]) && (i + 1 == args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal)))
            {
                return args[i];
            }
        }

        return null;
    }
}
