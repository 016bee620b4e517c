using System.ComponentModel;
using Qualify.Application;
using Qualify.Models;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Qualify.Cli.Settings;

/// <summary>Settings of <c>qualify forecast</c>.</summary>
public sealed class ForecastSettings : StoreSettings
{
    /// <summary>The competition's id.</summary>
    [CommandArgument(0, "<COMPETITION>")]
    [Description("Competition id, e.g. concacaf-2022.")]
    public string Competition { get; init; } = string.Empty;

    /// <summary>The date.</summary>
    [CommandOption("--as-of <DATE>")]
    [Description("Forecast as of this date (yyyy-MM-dd): later matches are simulated. Default: the latest state.")]
    public string? AsOf { get; init; }

    /// <summary>How many simulations, as typed (see <see cref="SimulationCount"/>).</summary>
    [CommandOption("--sims <N>")]
    [Description("Number of simulations, 1 to 10000000 (default 100000).")]
    [DefaultValue("100000")]
    public string Simulations { get; init; } = "100000";

    /// <summary>The seed, as typed (see <see cref="SeedValue"/>).</summary>
    [CommandOption("--seed <S>")]
    [Description("Random seed, a whole number from 0 (default 1): the same seed gives the same output.")]
    [DefaultValue("1")]
    public string Seed { get; init; } = "1";

    /// <summary>The validated number of simulations.</summary>
    internal long SimulationCount => SettingsParsing.ToWholeNumber(Simulations);

    /// <summary>The validated seed.</summary>
    internal ulong SeedValue => (ulong)SettingsParsing.ToWholeNumber(Seed);

    /// <summary>The goal model.</summary>
    [CommandOption("--model <MODEL>")]
    [Description("elo-poisson (default; works offline on built-in ratings) or dixon-coles (needs the history store).")]
    [DefaultValue("elo-poisson")]
    public string Model { get; init; } = "elo-poisson";

    /// <summary>The validated goal model.</summary>
    internal ModelKind GoalModel => InputValues.ToGoalModel(Model);

    /// <summary>What-ifs.</summary>
    [CommandOption("--fix <RESULT>")]
    [Description("Fix a remaining match, e.g. \"Canada 2-1 Mexico\" (repeatable).")]
    public string[] Fixes { get; init; } = [];

    /// <summary>The play-off opponent, instead of the definition's.</summary>
    [CommandOption("--playoff-opponent <TEAM>")]
    [Description("Opponent of the play-off at the end of the competition, instead of the definition's (a team the model rates, e.g. \"New Zealand\").")]
    public string? PlayoffOpponent { get; init; }

    /// <summary>Whether to re-forecast after each matchday.</summary>
    [CommandOption("--timeline")]
    [Description("Re-forecast after each matchday (ratings as of each date only) and print the series.")]
    public bool Timeline { get; init; }

    /// <summary>Where to draw the odds-over-time chart.</summary>
    [CommandOption("--chart <FILE>")]
    [Description("With --timeline: draw the odds over time to a .png or .svg file.")]
    public string? Chart { get; init; }

    /// <summary>The output format.</summary>
    [CommandOption("--format <FORMAT>")]
    [Description("table (default) or json.")]
    [DefaultValue("table")]
    public string Format { get; init; } = "table";

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        var numbers = SettingsParsing.First(
            () => SettingsParsing.ValidateWholeNumber(Simulations, "--sims", 1, InputValues.MaxSimulations),
            () => SettingsParsing.ValidateWholeNumber(Seed, "--seed", 0, long.MaxValue),
            () => SettingsParsing.ValidateName(PlayoffOpponent, "--playoff-opponent"));
        if (!numbers.Successful)
        {
            return numbers;
        }

        if (InputValues.GoalModelError(Model) is { } model)
        {
            return ValidationResult.Error(model);
        }

        if (Chart is not null && !Timeline)
        {
            return ValidationResult.Error("--chart needs --timeline");
        }

        if (Chart is not null && Path.GetExtension(Chart).ToLowerInvariant() is not (".png" or ".svg"))
        {
            return ValidationResult.Error($"--chart: '{Chart}' must end in .png or .svg");
        }

        var date = SettingsParsing.ValidateDate(AsOf, "--as-of");
        return date.Successful ? SettingsParsing.ValidateFormat(Format, OutputFormat.Table, OutputFormat.Json) : date;
    }
}
