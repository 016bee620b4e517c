using Qualify.Application;
using Spectre.Console;

namespace Qualify.Cli.Settings;

/// <summary>
/// Parsing and validation of option values shared by several commands: the checks of <see cref="InputValues"/> (the
/// same messages as the web's), as Spectre validation results.
/// </summary>
internal static class SettingsParsing
{
    /// <summary>Parses an optional yyyy-MM-dd date given to <paramref name="option"/>.</summary>
    public static ValidationResult ValidateDate(string? text, string option) => Result(InputValues.DateError(text, option));

    /// <summary>The date of an already validated option, or <see langword="null"/>.</summary>
    public static DateOnly? ToDate(string? text) => InputValues.ToDate(text);

    /// <summary>Validates a whole number given to <paramref name="option"/>, from <paramref name="min"/> to <paramref name="max"/> inclusive.</summary>
    public static ValidationResult ValidateWholeNumber(string text, string option, long min, long max) =>
        Result(InputValues.WholeNumberError(text, option, min, max));

    /// <summary>The value of an already validated whole-number option.</summary>
    public static long ToWholeNumber(string text) => InputValues.ToWholeNumber(text);

    /// <summary>Validates a decimal number (invariant culture, e.g. 0.0006) given to <paramref name="option"/>, within [min, max].</summary>
    public static ValidationResult ValidateNumber(string text, string option, double min, double max) =>
        Result(InputValues.NumberError(text, option, min, max));

    /// <summary>The value of an already validated decimal option.</summary>
    public static double ToNumber(string text) => InputValues.ToNumber(text);

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
    public static ValidationResult ValidateName(string? text, string option) => Result(InputValues.NameError(text, option));

    /// <summary>Validates a <c>--format</c> value against the formats a command supports.</summary>
    public static ValidationResult ValidateFormat(string text, params OutputFormat[] allowed) =>
        Result(InputValues.ChoiceError(text, "--format", [.. allowed.Select(f => f.ToString().ToLowerInvariant())]));

    /// <summary>The format of an already validated <c>--format</c> value.</summary>
    public static OutputFormat ToFormat(string text) => Enum.Parse<OutputFormat>(text, ignoreCase: true);

    /// <summary>A check's message as a validation result.</summary>
    private static ValidationResult Result(string? message) => message is null ? ValidationResult.Success() : ValidationResult.Error(message);
}
