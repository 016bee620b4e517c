using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Qualify.Cli.Settings;

/// <summary>Settings of <c>qualify import</c>.</summary>
public sealed class ImportSettings : StoreSettings
{
    /// <summary>The dataset folder.</summary>
    [CommandArgument(0, "<FOLDER>")]
    [Description("Folder holding results.csv, goalscorers.csv, shootouts.csv and former_names.csv.")]
    public string Folder { get; init; } = string.Empty;

    /// <summary>Replace the store even when the files would remove most of its rows, and rebuild a damaged store.</summary>
    [CommandOption("--replace")]
    [Description("Replace the store even if the files would remove most of its matches, goals, shootouts or former names; also rebuilds a store file that is corrupted or not a database.")]
    public bool Replace { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (Directory.Exists(Folder))
        {
            return ValidationResult.Success();
        }

        if (File.Exists(Folder))
        {
            var parent = Path.GetDirectoryName(Path.GetFullPath(Folder));
            return ValidationResult.Error($"'{Folder}' is a file: give the folder that holds the dataset's four files ('{parent}')");
        }

        var hint = Path.GetExtension(Folder).Equals(".csv", StringComparison.OrdinalIgnoreCase)
            ? ": give the folder that holds results.csv, goalscorers.csv, shootouts.csv and former_names.csv, not a file"
            : string.Empty;
        return ValidationResult.Error($"folder '{Folder}' does not exist{hint}");
    }
}
