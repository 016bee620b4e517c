using System.Globalization;
using Spectre.Console;

namespace Qualify.Cli.Settings;

/// <summary>Parsing and validation of option values shared by several commands.</summary>
internal static class SettingsParsing
{
    /// <summary>Parses an optional yyyy-MM-dd date given to <paramref name="option"/>.</summary>
    public static ValidationResult ValidateDate(string? text, string option)
    {
        if (text is null || DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return ValidationResult.Success();
        }

        return ValidationResult.Error($"{option}: '{text}' is not a real date (expected yyyy-MM-dd, e.g. 2021-11-17)");
    }

    /// <summary>The date of an already validated option, or <see langword="null"/>.</summary>
    public static DateOnly? ToDate(string? text) =>
        text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Validates a <c>--format</c> value against the formats a command supports.</summary>
    public static ValidationResult ValidateFormat(string text, params OutputFormat[] allowed)
    {
        var names = allowed.Select(f => f.ToString().ToLowerInvariant()).ToList();
        return names.Contains(text.ToLowerInvariant())
            ? ValidationResult.Success()
            : ValidationResult.Error($"--format: '{text}' is not one of {string.Join(", ", names)}");
    }

    /// <summary>The format of an already validated <c>--format</c> value.</summary>
    public static OutputFormat ToFormat(string text) => Enum.Parse<OutputFormat>(text, ignoreCase: true);
}
