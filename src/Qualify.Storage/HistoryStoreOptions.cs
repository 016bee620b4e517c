using Microsoft.Data.Sqlite;

namespace Qualify.Storage;

/// <summary>The database engines the history store can use.</summary>
public enum HistoryStoreProvider
{
    /// <summary>SQLite (Microsoft.Data.Sqlite): a single file, the default. PostgreSQL is to follow.</summary>
    Sqlite,
}

/// <summary>Where the history store lives: a provider and its connection string.</summary>
/// <param name="Provider">The database engine.</param>
/// <param name="ConnectionString">The provider's connection string; not empty.</param>
public sealed record HistoryStoreOptions(HistoryStoreProvider Provider, string ConnectionString)
{
    /// <summary>The database file, for a file-based store made by <see cref="ForSqliteFile"/>; otherwise <see langword="null"/>.</summary>
    public string? FilePath { get; init; }

    /// <summary>
    /// A SQLite store in the file at <paramref name="path"/> (made absolute), created on first import.
    /// The folder must exist (<see cref="HistoryStoreLocation.Resolve"/> creates it).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    public static HistoryStoreOptions ForSqliteFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var fullPath = Path.GetFullPath(path);
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
        };
        return new HistoryStoreOptions(HistoryStoreProvider.Sqlite, builder.ToString()) { FilePath = fullPath };
    }

    /// <summary>A SQLite store described by a connection string (for example an in-memory database in tests).</summary>
    /// <exception cref="ArgumentException"><paramref name="connectionString"/> is empty.</exception>
    public static HistoryStoreOptions ForSqlite(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return new HistoryStoreOptions(HistoryStoreProvider.Sqlite, connectionString);
    }

    /// <summary>A short description for messages: the file path, or the provider name.</summary>
    public override string ToString() => FilePath ?? $"{Provider} store";
}
