using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Qualify.Cli.Settings;

/// <summary>Settings of <c>qualify teams</c>.</summary>
public sealed class TeamsSettings : StoreSettings
{
    /// <summary>Text to look for in names, former names and aliases.</summary>
    [CommandOption("--search <TEXT>")]
    [Description("Only teams whose name, former name or alias contains this text (case and accents ignored).")]
    public string? Search { get; init; }

    /// <summary>The output format.</summary>
    [CommandOption("--format <FORMAT>")]
    [Description("table (default) or json.")]
    [DefaultValue("table")]
    public string Format { get; init; } = "table";

    /// <inheritdoc />
    public override ValidationResult Validate() => SettingsParsing.ValidateFormat(Format, OutputFormat.Table, OutputFormat.Json);
}
