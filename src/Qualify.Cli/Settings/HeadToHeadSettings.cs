using System.ComponentModel;
using Qualify.Application;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Qualify.Cli.Settings;

/// <summary>Settings of <c>qualify h2h</c>.</summary>
public sealed class HeadToHeadSettings : StoreSettings
{
    /// <summary>The first team.</summary>
    [CommandArgument(0, "<TEAM_A>")]
    [Description("First team (dataset name, former name or alias such as USA).")]
    public string TeamA { get; init; } = string.Empty;

    /// <summary>The second team.</summary>
    [CommandArgument(1, "<TEAM_B>")]
    [Description("Second team.")]
    public string TeamB { get; init; } = string.Empty;

    /// <summary>The exclusive end date.</summary>
    [CommandOption("--before <DATE>")]
    [Description("Only matches strictly before this date (yyyy-MM-dd); \"days since\" count to it. Default: every match, days to today.")]
    public string? Before { get; init; }

    /// <summary>The first date.</summary>
    [CommandOption("--since <DATE>")]
    [Description("Only matches on or after this date (yyyy-MM-dd).")]
    public string? Since { get; init; }

    /// <summary>Tournament text.</summary>
    [CommandOption("--tournament <TEXT>")]
    [Description("Only tournaments whose name contains this text (case ignored), e.g. \"World Cup qualification\".")]
    public string? Tournament { get; init; }

    /// <summary>The output format.</summary>
    [CommandOption("--format <FORMAT>")]
    [Description("table (default) or json.")]
    [DefaultValue("table")]
    public string Format { get; init; } = "table";

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        var teams = SettingsParsing.First(() => SettingsParsing.ValidateName(TeamA, "TEAM_A"), () => SettingsParsing.ValidateName(TeamB, "TEAM_B"));
        if (!teams.Successful)
        {
            return teams;
        }

        foreach (var (text, option) in new[] { (Before, "--before"), (Since, "--since") })
        {
            var date = SettingsParsing.ValidateDate(text, option);
            if (!date.Successful)
            {
                return date;
            }
        }

        if (InputValues.First(() => InputValues.WindowError(Since, Before), () => InputValues.TournamentError(Tournament)) is { } window)
        {
            return ValidationResult.Error(window);
        }

        return SettingsParsing.ValidateFormat(Format, OutputFormat.Table, OutputFormat.Json);
    }

    /// <summary>The request of these (validated) settings.</summary>
    internal HeadToHeadRequest ToRequest() =>
        new(TeamA, TeamB, SettingsParsing.ToDate(Before), SettingsParsing.ToDate(Since), Tournament?.Trim());
}
