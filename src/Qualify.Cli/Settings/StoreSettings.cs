using System.ComponentModel;
using Spectre.Console.Cli;

namespace Qualify.Cli.Settings;

/// <summary>Settings of every command that may read or write the history store.</summary>
public class StoreSettings : CommandSettings
{
    /// <summary>
    /// The history store: a SQLite file, or a PostgreSQL connection string (<c>Host=…;Database=…</c>; the rule is
    /// <c>HistoryStoreLocation.IsConnectionString</c>); otherwise <c>QUALIFY_DB</c>, otherwise the user's data folder.
    /// </summary>
    [CommandOption("--db <STORE>")]
    [Description("History store: a SQLite file, or a PostgreSQL connection string (\"Host=…;Database=…\"). Default: $QUALIFY_DB, else a file under the user's data folder.")]
    public string? Database { get; init; }
}
