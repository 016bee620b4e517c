using System.ComponentModel;
using Qualify.Application;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Qualify.Cli.Settings;

/// <summary>Settings of <c>qualify ratings</c>.</summary>
public sealed class RatingsSettings : StoreSettings
{
    /// <summary>The rating system.</summary>
    [CommandOption("--system <SYSTEM>")]
    [Description("elo (World Football Elo, default) or fifa (FIFA/Coca-Cola SUM ranking).")]
    [DefaultValue("elo")]
    public string System { get; init; } = "elo";

    /// <summary>The date.</summary>
    [CommandOption("--as-of <DATE>")]
    [Description("Ratings after every match up to and including this date (yyyy-MM-dd). Default: all matches.")]
    public string? AsOf { get; init; }

    /// <summary>How many teams to list.</summary>
    [CommandOption("--top <N>")]
    [Description("List the N best teams (default 20).")]
    [DefaultValue("20")]
    public string Top { get; init; } = "20";

    /// <summary>The validated number of entries.</summary>
    internal int TopCount => (int)SettingsParsing.ToWholeNumber(Top);

    /// <summary>One team.</summary>
    [CommandOption("--team <TEAM>")]
    [Description("Show one team's rating and rank (aliases and former names accepted).")]
    public string? Team { get; init; }

    /// <summary>Whether to print the team's series.</summary>
    [CommandOption("--history")]
    [Description("With --team: the team's rating after each of its matches.")]
    public bool History { get; init; }

    /// <summary>The output format.</summary>
    [CommandOption("--format <FORMAT>")]
    [Description("table (default) or json.")]
    [DefaultValue("table")]
    public string Format { get; init; } = "table";

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (InputValues.ChoiceError(System, "--system", RatingSystems.Names, ignoreCase: false) is { } system)
        {
            return ValidationResult.Error(system);
        }

        var checks = SettingsParsing.First(
            () => SettingsParsing.ValidateWholeNumber(Top, "--top", 1, InputValues.MaxTop),
            () => SettingsParsing.ValidateName(Team, "--team"));
        if (!checks.Successful)
        {
            return checks;
        }

        if (History && Team is null)
        {
            return ValidationResult.Error("--history needs --team");
        }

        var date = SettingsParsing.ValidateDate(AsOf, "--as-of");
        return date.Successful ? SettingsParsing.ValidateFormat(Format, OutputFormat.Table, OutputFormat.Json) : date;
    }
}
