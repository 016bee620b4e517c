using System.Collections.Immutable;
using System.ComponentModel;
using Qualify.Models;
using Qualify.Models.Evaluation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Qualify.Cli.Settings;

/// <summary>Settings of <c>qualify evaluate</c>.</summary>
public sealed class EvaluateSettings : StoreSettings
{
    /// <summary>The first date evaluated.</summary>
    [CommandOption("--from <DATE>")]
    [Description("First match date forecast (yyyy-MM-dd). Default 2010-01-01.")]
    [DefaultValue("2010-01-01")]
    public string From { get; init; } = "2010-01-01";

    /// <summary>The last date evaluated.</summary>
    [CommandOption("--to <DATE>")]
    [Description("Last match date forecast, inclusive (yyyy-MM-dd). Default: the latest match in the store.")]
    public string? To { get; init; }

    /// <summary>The models, comma-separated.</summary>
    [CommandOption("--models <LIST>")]
    [Description("Comma-separated models: uniform, elo, fifa, elo-poisson, dixon-coles. Default: all five.")]
    [DefaultValue("uniform,elo,fifa,elo-poisson,dixon-coles")]
    public string Models { get; init; } = "uniform,elo,fifa,elo-poisson,dixon-coles";

    /// <summary>The Dixon-Coles window in years.</summary>
    [CommandOption("--dixon-coles-window <YEARS>")]
    [Description("Dixon-Coles fits the matches of this many years before each refit (default 16, as forecast).")]
    public string? DixonColesWindow { get; init; }

    /// <summary>The Dixon-Coles time decay per day.</summary>
    [CommandOption("--dixon-coles-xi <PER_DAY>")]
    [Description("Dixon-Coles time decay xi per day: a match t days old weighs exp(-xi*t) (default 0.0006, as forecast).")]
    public string? DixonColesXi { get; init; }

    /// <summary>The output format.</summary>
    [CommandOption("--format <FORMAT>")]
    [Description("table (default) or json.")]
    [DefaultValue("table")]
    public string Format { get; init; } = "table";

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        var from = SettingsParsing.ValidateDate(From, "--from");
        if (!from.Successful)
        {
            return from;
        }

        var to = SettingsParsing.ValidateDate(To, "--to");
        if (!to.Successful)
        {
            return to;
        }

        if (SettingsParsing.ToDate(To) is { } last && last < SettingsParsing.ToDate(From))
        {
            return ValidationResult.Error($"--to: {To} is before --from {From}");
        }

        var numbers = SettingsParsing.First(
            () => DixonColesWindow is null ? ValidationResult.Success() : SettingsParsing.ValidateWholeNumber(DixonColesWindow, "--dixon-coles-window", 1, 100),
            () => DixonColesXi is null ? ValidationResult.Success() : SettingsParsing.ValidateNumber(DixonColesXi, "--dixon-coles-xi", 0, 0.1));
        if (!numbers.Successful)
        {
            return numbers;
        }

        var names = Models.Split(',', StringSplitOptions.TrimEntries);
        foreach (var name in names)
        {
            if (!ModelKinds.TryParse(name, out _))
            {
                return ValidationResult.Error(
                    $"--models: '{name}' is not one of {string.Join(", ", ModelKinds.All.Select(ModelKinds.ToName))}");
            }
        }

        return SettingsParsing.ValidateFormat(Format, OutputFormat.Table, OutputFormat.Json);
    }

    /// <summary>The request of these (validated) settings.</summary>
    internal EvaluationRequest ToRequest()
    {
        var models = Models.Split(',', StringSplitOptions.TrimEntries)
            .Select(name => ModelKinds.TryParse(name, out var model) ? model : throw new InvalidOperationException("unvalidated model " + name))
            .Distinct()
            .ToImmutableArray();
        return new EvaluationRequest(SettingsParsing.ToDate(From)!.Value, SettingsParsing.ToDate(To), models);
    }

    /// <summary>
    /// The fitting options of these (validated) settings: the defaults, with the Dixon-Coles window and decay given or
    /// else those of <see cref="DixonColesFitOptions.Default"/>.
    /// </summary>
    internal EvaluationOptions ToOptions()
    {
        var dixonColes = DixonColesFitOptions.Default;
        return EvaluationOptions.Default with
        {
            DixonColes = dixonColes with
            {
                WindowYears = DixonColesWindow is null ? dixonColes.WindowYears : (int)SettingsParsing.ToWholeNumber(DixonColesWindow),
                Xi = DixonColesXi is null ? dixonColes.Xi : SettingsParsing.ToNumber(DixonColesXi),
            },
        };
    }
}
