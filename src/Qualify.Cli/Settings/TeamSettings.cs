using System.ComponentModel;
using Qualify.Application;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Qualify.Cli.Settings;

/// <summary>Settings of <c>qualify team</c>.</summary>
public sealed class TeamSettings : StoreSettings
{
    /// <summary>The team.</summary>
    [CommandArgument(0, "<TEAM>")]
    [Description("Team (dataset name, former name or alias such as USA).")]
    public string Team { get; init; } = string.Empty;

    /// <summary>The exclusive end date.</summary>
    [CommandOption("--before <DATE>")]
    [Description("Only matches strictly before this date (yyyy-MM-dd). Default: every match.")]
    public string? Before { get; init; }

    /// <summary>The output format.</summary>
    [CommandOption("--format <FORMAT>")]
    [Description("table (default) or json.")]
    [DefaultValue("table")]
    public string Format { get; init; } = "table";

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        var team = SettingsParsing.ValidateName(Team, "TEAM");
        if (!team.Successful)
        {
            return team;
        }

        var date = SettingsParsing.ValidateDate(Before, "--before");
        return date.Successful ? SettingsParsing.ValidateFormat(Format, OutputFormat.Table, OutputFormat.Json) : date;
    }

    /// <summary>The request of these (validated) settings.</summary>
    internal TeamRequest ToRequest() => new(Team, SettingsParsing.ToDate(Before));
}
