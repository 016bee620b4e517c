namespace Qualify.Domain.History;

/// <summary>How an import treats what the store already holds.</summary>
public enum ImportMode
{
    /// <summary>
    /// Replace the store's contents, but refuse (<see cref="ImportFormatException"/>) when the files would remove most
    /// of its matches, goals, shootouts or former names: a truncated or header-only file must not wipe the store.
    /// </summary>
    Update,

    /// <summary>
    /// Replace the store's contents whatever they were (the CLI's <c>--replace</c>); a store file that is corrupted or
    /// not a SQLite database is deleted and built again.
    /// </summary>
    Replace,
}
