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

    /// <summary>
    /// Validates a whole number given to <paramref name="option"/>, from <paramref name="min"/> to <paramref name="max"/>
    /// inclusive. Options take numbers as text so that a value that is not a number gets this message, not the
    /// parser's (which names a .NET type).
    /// </summary>
    public static ValidationResult ValidateWholeNumber(string text, string option, long min, long max)
    {
        if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return ValidationResult.Error($"{option}: '{text}' is not a whole number");
        }

        return value >= min && value <= max
            ? ValidationResult.Success()
            : ValidationResult.Error(FormattableString.Invariant($"{option}: {value} is not between {min} and {max}"));
    }

    /// <summary>The value of an already validated whole-number option.</summary>
    public static long ToWholeNumber(string text) => long.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    /// <summary>Validates a decimal number (invariant culture, e.g. 0.0006) given to <paramref name="option"/>, within [min, max].</summary>
    public static ValidationResult ValidateNumber(string text, string option, double min, double max)
    {
        if (!double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var value))
        {
            return ValidationResult.Error($"{option}: '{text}' is not a number (e.g. 0.0006)");
        }

        return double.IsFinite(value) && value >= min && value <= max
            ? ValidationResult.Success()
            : ValidationResult.Error(FormattableString.Invariant($"{option}: {text} is not between {min} and {max}"));
    }

    /// <summary>The value of an already validated decimal option.</summary>
    public static double ToNumber(string text) =>
        double.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);

    /// <summary>The first failed validation, or success.</summary>
    public static ValidationResult First(params Func<ValidationResult>[] checks)
    {
        foreach (var check in checks)
        {
            var result = check();
            if (!result.Successful)
            {
                return result;
            }
        }

        return ValidationResult.Success();
    }

    /// <summary>Refuses a team name given as empty or blank text (<see langword="null"/>, not given, is accepted).</summary>
    public static ValidationResult ValidateName(string? text, string option) =>
        text is not null && string.IsNullOrWhiteSpace(text)
            ? ValidationResult.Error($"{option}: the team name is empty")
            : ValidationResult.Success();

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
