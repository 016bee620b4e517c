namespace Qualify.Domain.History;

/// <summary>Where a store path came from.</summary>
public enum StoreLocationSource
{
    /// <summary>Given explicitly (the CLI's <c>--db &lt;path&gt;</c>).</summary>
    Explicit,

    /// <summary>The <c>QUALIFY_DB</c> environment variable.</summary>
    Environment,

    /// <summary>The default file under the user's local data folder.</summary>
    Default,
}

/// <summary>A resolved history store.</summary>
/// <param name="Path">The full path of the SQLite file, or the PostgreSQL database as messages name it (host, port, database; never the password).</param>
/// <param name="Source">Where the path came from.</param>
public sealed record StoreLocation(string Path, StoreLocationSource Source);
