using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Qualify.Cli.Settings;

/// <summary>Settings of <c>qualify scenarios</c>.</summary>
public sealed class ScenariosSettings : StoreSettings
{
    /// <summary>The competition's id.</summary>
    [CommandArgument(0, "<COMPETITION>")]
    [Description("Competition id, e.g. concacaf-2022.")]
    public string Competition { get; init; } = string.Empty;

    /// <summary>The date.</summary>
    [CommandOption("--as-of <DATE>")]
    [Description("Analyse as of this date (yyyy-MM-dd): later matches are still to play. Default: the latest state.")]
    public string? AsOf { get; init; }

    /// <summary>Only one team.</summary>
    [CommandOption("--team <TEAM>")]
    [Description("Only this team (aliases accepted).")]
    public string? Team { get; init; }

    /// <summary>The goal bound.</summary>
    [CommandOption("--max-goals <N>")]
    [Description("Most goals per side in a remaining match (default 12; raised automatically when a 4x larger bound changes an answer).")]
    [DefaultValue("12")]
    public string MaxGoals { get; init; } = "12";

    /// <summary>The validated goal bound.</summary>
    internal int MaxGoalsValue => (int)SettingsParsing.ToWholeNumber(MaxGoals);

    /// <summary>Analyse the next matchday.</summary>
    [CommandOption("--next")]
    [Description("What the next matchday can settle: every win/draw/loss combination of its matches, merged into readable conditions per team.")]
    public bool Next { get; init; }

    /// <summary>List every combination (with <c>--next</c>).</summary>
    [CommandOption("--combinations")]
    [Description("With --next: also list what each win/draw/loss combination settles.")]
    public bool Combinations { get; init; }

    /// <summary>The output format.</summary>
    [CommandOption("--format <FORMAT>")]
    [Description("table (default) or json.")]
    [DefaultValue("table")]
    public string Format { get; init; } = "table";

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        var maxGoals = SettingsParsing.ValidateWholeNumber(MaxGoals, "--max-goals", 1, 99);
        if (!maxGoals.Successful)
        {
            return maxGoals;
        }

        if (Combinations && !Next)
        {
            return ValidationResult.Error("--combinations: only with --next");
        }

        var team = SettingsParsing.ValidateName(Team, "--team");
        if (!team.Successful)
        {
            return team;
        }

        var date = SettingsParsing.ValidateDate(AsOf, "--as-of");
        return date.Successful ? SettingsParsing.ValidateFormat(Format, OutputFormat.Table, OutputFormat.Json) : date;
    }
}
