using System.Globalization;
using Qualify.Models;

namespace Qualify.Application;

/// <summary>
/// The checks of the values a user types, shared by every front end so that a bad value gets the same one-line message
/// from the CLI and the web. Each check returns the message, or <see langword="null"/> when the value is good; the
/// message names the value by its CLI option (<c>--as-of</c>), which is also the web's query parameter without dashes.
/// </summary>
public static class InputValues
{
    /// <summary>The format of every date a user types: ISO 8601 calendar date.</summary>
    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>
    /// The most simulations a forecast runs: about a minute on two cores, and a Monte Carlo standard error of at most
    /// √(0.25/10⁷) ≈ 0.016 percentage points, far below any difference worth reading.
    /// </summary>
    public const long MaxSimulations = 10_000_000;

    /// <summary>The most entries a list of ratings or records holds (<c>--top</c>).</summary>
    public const long MaxTop = 100_000;

    /// <summary>Checks an optional yyyy-MM-dd date given to <paramref name="option"/> (<see langword="null"/> is good: not given).</summary>
    public static string? DateError(string? text, string option) =>
        text is null || DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? null
            : $"{option}: '{text}' is not a real date (expected yyyy-MM-dd, e.g. 2021-11-17)";

    /// <summary>The date of an already checked value, or <see langword="null"/>.</summary>
    public static DateOnly? ToDate(string? text) =>
        text is null ? null : DateOnly.ParseExact(text, DateFormat, CultureInfo.InvariantCulture);

    /// <summary>
    /// Checks a whole number given to <paramref name="option"/>, from <paramref name="min"/> to <paramref name="max"/>
    /// inclusive. Numbers are taken as text so that a value that is not a number gets this message, not a parser's.
    /// </summary>
    public static string? WholeNumberError(string text, string option, long min, long max)
    {
        if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return $"{option}: '{text}' is not a whole number";
        }

        return value >= min && value <= max ? null : FormattableString.Invariant($"{option}: {value} is not between {min} and {max}");
    }

    /// <summary>The value of an already checked whole number.</summary>
    public static long ToWholeNumber(string text) => long.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    /// <summary>Checks a decimal number (invariant culture, e.g. 0.0006) given to <paramref name="option"/>, within [min, max].</summary>
    public static string? NumberError(string text, string option, double min, double max)
    {
        if (!double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var value))
        {
            return $"{option}: '{text}' is not a number (e.g. 0.0006)";
        }

        return double.IsFinite(value) && value >= min && value <= max ? null : FormattableString.Invariant($"{option}: {text} is not between {min} and {max}");
    }

    /// <summary>The value of an already checked decimal number.</summary>
    public static double ToNumber(string text) =>
        double.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);

    /// <summary>Refuses a team name given as empty or blank text (<see langword="null"/>, not given, is good).</summary>
    public static string? NameError(string? text, string option) =>
        text is not null && string.IsNullOrWhiteSpace(text) ? $"{option}: the team name is empty" : null;

    /// <summary>Checks that <paramref name="text"/> is one of <paramref name="allowed"/>, with case ignored when <paramref name="ignoreCase"/>.</summary>
    public static string? ChoiceError(string text, string option, IReadOnlyList<string> allowed, bool ignoreCase = true) =>
        allowed.Contains(text, ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal) ? null : $"{option}: '{text}' is not one of {string.Join(", ", allowed)}";

    /// <summary>Checks a goal model's name given to <c>--model</c>: one of <see cref="ModelKinds.GoalModels"/>.</summary>
    public static string? GoalModelError(string text) =>
        ModelKinds.TryParse(text, out var model) && ModelKinds.IsGoalModel(model)
            ? null
            : $"--model: '{text}' is not one of {ModelKinds.NameList(ModelKinds.GoalModels)}";

    /// <summary>The goal model of an already checked name.</summary>
    /// <exception cref="InvalidOperationException">The name was not checked with <see cref="GoalModelError"/>.</exception>
    public static ModelKind ToGoalModel(string text) =>
        ModelKinds.TryParse(text, out var model) && ModelKinds.IsGoalModel(model) ? model : throw new InvalidOperationException("unchecked model " + text);

    /// <summary>Checks that the already checked dates <c>--since</c> and <c>--before</c>, when both are given, leave a window.</summary>
    public static string? WindowError(string? since, string? before) =>
        ToDate(since) is { } from && ToDate(before) is { } to && from >= to ? $"--since: {since} is not before --before {before}" : null;

    /// <summary>Refuses a tournament filter given as empty or blank text (<see langword="null"/>, not given, is good).</summary>
    public static string? TournamentError(string? text) =>
        text is not null && string.IsNullOrWhiteSpace(text) ? "--tournament: the text is empty" : null;

    /// <summary>The first message of <paramref name="checks"/>, run in order, or <see langword="null"/> when every value is good.</summary>
    public static string? First(params Func<string?>[] checks)
    {
        ArgumentNullException.ThrowIfNull(checks);
        return checks.Select(check => check()).FirstOrDefault(message => message is not null);
    }

    /// <summary>Throws the message of a failed check as an <see cref="UserInputException"/>.</summary>
    /// <exception cref="UserInputException"><paramref name="message"/> is not <see langword="null"/>.</exception>
    public static void ThrowIf(string? message)
    {
        if (message is not null)
        {
            throw new UserInputException(message);
        }
    }
}
