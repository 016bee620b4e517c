using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Qualify.Cli.Settings;

/// <summary>Settings of <c>qualify competitions</c>.</summary>
public sealed class CompetitionsSettings : CommandSettings
{
    /// <summary>The output format.</summary>
    [CommandOption("--format <FORMAT>")]
    [Description("table (default) or json.")]
    [DefaultValue("table")]
    public string Format { get; init; } = "table";

    /// <inheritdoc />
    public override ValidationResult Validate() => SettingsParsing.ValidateFormat(Format, OutputFormat.Table, OutputFormat.Json);
}
