using Microsoft.Data.Sqlite;
using Npgsql;

namespace Qualify.Storage;

/// <summary>The database engines the history store can use.</summary>
public enum HistoryStoreProvider
{
    /// <summary>SQLite (Microsoft.Data.Sqlite): a single file, the default.</summary>
    Sqlite,

    /// <summary>PostgreSQL (Npgsql): a database on a server, shared by several processes and machines.</summary>
    PostgreSql,
}

/// <summary>Where the history store lives: a provider and its connection string.</summary>
/// <param name="Provider">The database engine.</param>
/// <param name="ConnectionString">The provider's connection string; not empty. May hold a password: never print it.</param>
public sealed record HistoryStoreOptions(HistoryStoreProvider Provider, string ConnectionString)
{
    /// <summary>The database file, for a file-based store made by <see cref="ForSqliteFile"/>; otherwise <see langword="null"/>.</summary>
    public string? FilePath { get; init; }

    /// <summary>
    /// How messages name the store: the file path, or for PostgreSQL the database, host and port and user
    /// (<c>postgresql://qualify@127.0.0.1:5432/qualify</c>), never the password.
    /// </summary>
    public string Description { get; init; } = Provider.ToString() + " store";

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
        return new HistoryStoreOptions(HistoryStoreProvider.Sqlite, builder.ToString()) { FilePath = fullPath, Description = fullPath };
    }

    /// <summary>A SQLite store described by a connection string (for example an in-memory database in tests).</summary>
    /// <exception cref="ArgumentException"><paramref name="connectionString"/> is empty.</exception>
    public static HistoryStoreOptions ForSqlite(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return new HistoryStoreOptions(HistoryStoreProvider.Sqlite, connectionString);
    }

    /// <summary>
    /// A PostgreSQL store described by an Npgsql connection string (<c>Host=…;Database=…;Username=…;Password=…</c>,
    /// https://www.npgsql.org/doc/connection-string-parameters.html). The database must exist; its tables are made by
    /// the first import or write (<see cref="HistorySchema.Migrate"/>).
    /// </summary>
    /// <exception cref="HistoryStoreException">
    /// The text is not an Npgsql connection string (an unknown keyword, a bad value) or names no host; the message names
    /// the keyword, never the password.
    /// </exception>
    public static HistoryStoreOptions ForPostgreSql(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidCastException or OverflowException)
        {
            throw new HistoryStoreException(
                "given as a connection string",
                StoreFault.InvalidLocation,
                "not a PostgreSQL connection string (" + KeywordProblem(e) + ")",
                "write it as Host=…;Database=…;Username=…;Password=… (Npgsql's keywords), or give a file path for SQLite",
                e);
        }

        if (string.IsNullOrWhiteSpace(builder.Host))
        {
            throw new HistoryStoreException(
                "given as a connection string", StoreFault.InvalidLocation, "the PostgreSQL connection string names no Host", "add Host=<server>");
        }

        var user = string.IsNullOrEmpty(builder.Username) ? string.Empty : builder.Username + "@";
        var database = string.IsNullOrEmpty(builder.Database) ? builder.Username ?? string.Empty : builder.Database;
        return new HistoryStoreOptions(HistoryStoreProvider.PostgreSql, connectionString)
        {
            Description = $"postgresql://{user}{builder.Host}:{builder.Port}/{database}",
        };
    }

    /// <summary>A short description for messages: <see cref="Description"/>.</summary>
    public override string ToString() => Description;

    /// <summary>
    /// Npgsql's complaint about a connection string, naming the keyword but never a value (which may be a password):
    /// Npgsql reports <c>Couldn't set &lt;keyword&gt;</c>, with <c>Keyword not supported</c> inside for an unknown one.
    /// </summary>
    private static string KeywordProblem(Exception e)
    {
        const string prefix = "Couldn't set ";
        var message = e.Message.Split(['\r', '\n'])[0];
        if (!message.StartsWith(prefix, StringComparison.Ordinal))
        {
            return "it cannot be read as keyword=value pairs";
        }

        var keyword = message[prefix.Length..].Split([' ', '('], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "?";
        return e.InnerException?.Message.StartsWith("Keyword not supported", StringComparison.Ordinal) == true
            ? $"unknown keyword '{keyword}'"
            : $"a value that does not fit '{keyword}'";
    }
}
