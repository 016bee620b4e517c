using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Qualify.Cli.Settings;

/// <summary>Settings of <c>qualify table</c>.</summary>
public sealed class TableSettings : StoreSettings
{
    /// <summary>The competition's id.</summary>
    [CommandArgument(0, "<COMPETITION>")]
    [Description("Competition id, e.g. concacaf-2022 (see 'qualify competitions').")]
    public string Competition { get; init; } = string.Empty;

    /// <summary>The date of the table.</summary>
    [CommandOption("--as-of <DATE>")]
    [Description("Table as of this date (yyyy-MM-dd): later matches count as unplayed. Default: every match.")]
    public string? AsOf { get; init; }

    /// <summary>The output format.</summary>
    [CommandOption("--format <FORMAT>")]
    [Description("table (default), json or csv.")]
    [DefaultValue("table")]
    public string Format { get; init; } = "table";

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        var date = SettingsParsing.ValidateDate(AsOf, "--as-of");
        return date.Successful ? SettingsParsing.ValidateFormat(Format, OutputFormat.Table, OutputFormat.Json, OutputFormat.Csv) : date;
    }
}
