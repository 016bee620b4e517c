using System.ComponentModel;
using Spectre.Console.Cli;

namespace Qualify.Cli.Settings;

/// <summary>Settings of every command that may read or write the history store.</summary>
public class StoreSettings : CommandSettings
{
    /// <summary>The SQLite file of the history store; otherwise <c>QUALIFY_DB</c>, otherwise the user's data folder.</summary>
    [CommandOption("--db <PATH>")]
    [Description("History store file (SQLite). Default: $QUALIFY_DB, else a file under the user's data folder.")]
    public string? Database { get; init; }
}
