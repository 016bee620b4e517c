using System.ComponentModel;
using Qualify.Application;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Qualify.Cli.Settings;

/// <summary>Settings of <c>qualify records</c>.</summary>
public sealed class RecordsSettings : StoreSettings
{
    /// <summary>One team.</summary>
    [CommandOption("--team <TEAM>")]
    [Description("Records of one team (aliases and former names accepted). Default: across every team.")]
    public string? Team { get; init; }

    /// <summary>The exclusive end date.</summary>
    [CommandOption("--before <DATE>")]
    [Description("Only matches strictly before this date (yyyy-MM-dd). Default: every match.")]
    public string? Before { get; init; }

    /// <summary>How many entries each list holds.</summary>
    [CommandOption("--top <N>")]
    [Description("Entries in each list (default 10).")]
    [DefaultValue("10")]
    public string Top { get; init; } = "10";

    /// <summary>The validated number of entries.</summary>
    internal int TopCount => (int)SettingsParsing.ToWholeNumber(Top);

    /// <summary>The output format.</summary>
    [CommandOption("--format <FORMAT>")]
    [Description("table (default) or json.")]
    [DefaultValue("table")]
    public string Format { get; init; } = "table";

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        var checks = SettingsParsing.First(
            () => SettingsParsing.ValidateWholeNumber(Top, "--top", 1, InputValues.MaxTop),
            () => SettingsParsing.ValidateName(Team, "--team"));
        if (!checks.Successful)
        {
            return checks;
        }

        var date = SettingsParsing.ValidateDate(Before, "--before");
        return date.Successful ? SettingsParsing.ValidateFormat(Format, OutputFormat.Table, OutputFormat.Json) : date;
    }

    /// <summary>The request of these (validated) settings.</summary>
    internal RecordsRequest ToRequest() => new(Team, SettingsParsing.ToDate(Before), TopCount);
}
