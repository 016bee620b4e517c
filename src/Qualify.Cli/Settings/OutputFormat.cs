namespace Qualify.Cli.Settings;

/// <summary>How a command prints its result.</summary>
public enum OutputFormat
{
    /// <summary>A readable table on the console.</summary>
    Table,

    /// <summary>Exactly one JSON document on standard output.</summary>
    Json,

    /// <summary>Comma-separated values with a header line on standard output.</summary>
    Csv,
}
