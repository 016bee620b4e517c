using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Qualify.Storage;

/// <summary>
/// The history store cannot be used: its path is a directory, it cannot be opened or written, or it is not a SQLite
/// database or is corrupted; a PostgreSQL server cannot be reached or refuses the connection. The message is one line
/// naming the store (its path, or the PostgreSQL database, host and port, never a password), what is wrong and what to
/// do, for example <c>history store /home/ana/history.db: not a SQLite database: point --db or QUALIFY_DB at the store
/// file, or run 'qualify import &lt;folder&gt; --replace' to overwrite it</c>.
/// </summary>
public sealed class HistoryStoreException : Exception
{
    /// <summary>Creates the exception for the store at <paramref name="storePath"/>.</summary>
    /// <param name="storePath">The store's path (or a description of a non-file store).</param>
    /// <param name="fault">What is wrong.</param>
    /// <param name="problem">What is wrong, in words.</param>
    /// <param name="remedy">What to do about it.</param>
    /// <param name="inner">The provider's exception, if any.</param>
    public HistoryStoreException(string storePath, StoreFault fault, string problem, string remedy, Exception? inner = null)
        : base($"history store {storePath}: {problem}: {remedy}", inner)
    {
        StorePath = storePath;
        Fault = fault;
    }

    /// <summary>The store's path.</summary>
    public string StorePath { get; }

    /// <summary>What is wrong.</summary>
    public StoreFault Fault { get; }

    /// <summary>Whether an import with <c>--replace</c> may delete the file and build the store again.</summary>
    public bool Rebuildable => Fault is StoreFault.NotADatabase or StoreFault.Corrupted;
}

/// <summary>The kinds of store fault that <see cref="HistoryStoreException"/> reports.</summary>
public enum StoreFault
{
    /// <summary>The path is a directory, not a file.</summary>
    Directory,

    /// <summary>The file or its folder cannot be opened, created or written (permissions, read-only file system).</summary>
    Inaccessible,

    /// <summary>The file is not a SQLite database (a text file, for instance).</summary>
    NotADatabase,

    /// <summary>The file is a damaged SQLite database.</summary>
    Corrupted,

    /// <summary>Another program holds the store locked.</summary>
    Busy,

    /// <summary>The disk is full or failed.</summary>
    Disk,

    /// <summary>The PostgreSQL server cannot be reached, or refuses the connection (authentication, missing database).</summary>
    Unreachable,

    /// <summary>The store is named by a text that is neither a file path nor a PostgreSQL connection string.</summary>
    InvalidLocation,
}

/// <summary>Turns the provider's and the file system's exceptions about the store into <see cref="HistoryStoreException"/>.</summary>
public static class HistoryStoreFaults
{
    // SQLite primary result codes (https://www.sqlite.org/rescode.html).
    private const int SqlitePerm = 3;
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteReadOnly = 8;
    private const int SqliteIoError = 10;
    private const int SqliteCorrupt = 11;
    private const int SqliteFull = 13;
    private const int SqliteCantOpen = 14;
    private const int SqliteNotADatabase = 26;

    // PostgreSQL error codes of a refused connection (https://www.postgresql.org/docs/current/errcodes-appendix.html).
    private static readonly HashSet<string> ConnectionRefusals = new(StringComparer.Ordinal)
    {
        "28000", // invalid_authorization_specification
        "28P01", // invalid_password
        "3D000", // invalid_catalog_name: the database does not exist
        "42501", // insufficient_privilege
        "53300", // too_many_connections
        "57P03", // cannot_connect_now
        "08001", "08004", "08006", // connection exceptions
    };

    private const string ConnectionRemedy = "check that the server runs and accepts this role, and the connection string given by --db or QUALIFY_DB (run .ci/postgres for the tests' server)";

    private const string RebuildRemedy = "run 'qualify import <folder> --replace' to build it again";
    private const string PathRemedy = "point --db or QUALIFY_DB at a store file";

    /// <summary>Throws when <paramref name="storePath"/> is an existing directory: a store must be a file.</summary>
    /// <exception cref="HistoryStoreException">The path is a directory.</exception>
    public static void CheckNotDirectory(string storePath)
    {
        ArgumentNullException.ThrowIfNull(storePath);
        if (System.IO.Directory.Exists(storePath))
        {
            throw new HistoryStoreException(storePath, StoreFault.Directory, "is a directory, not a store file", PathRemedy + " (for example <folder>/history.db)");
        }
    }

    /// <summary>
    /// The store fault that <paramref name="exception"/> reports for the store at <paramref name="storePath"/>, or
    /// <see langword="null"/> when it is not one (a bug or another kind of failure, to be left as it is).
    /// </summary>
    public static HistoryStoreException? Translate(Exception exception, string storePath)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            HistoryStoreException known => known,
            SqliteException sqlite => FromSqlite(sqlite, storePath),
            PostgresException postgres => ConnectionRefusals.Contains(postgres.SqlState)
                ? new(storePath, StoreFault.Unreachable, "the server refuses the connection (" + postgres.SqlState + ": " + postgres.MessageText + ")", ConnectionRemedy, exception)
                : null,
            NpgsqlException npgsql when npgsql.InnerException is SocketException or TimeoutException or IOException || npgsql.IsTransient =>
                new(storePath, StoreFault.Unreachable, "cannot connect (" + (npgsql.InnerException?.Message ?? npgsql.Message).TrimEnd('.') + ")", ConnectionRemedy, exception),
            UnauthorizedAccessException => new(storePath, StoreFault.Inaccessible, "permission denied", "choose a folder you can write to with --db or QUALIFY_DB", exception),
            IOException => new(storePath, StoreFault.Inaccessible, "cannot be created (" + exception.Message.TrimEnd('.') + ")", PathRemedy + " in a folder that can be created", exception),
            _ => null,
        };
    }

    private static HistoryStoreException? FromSqlite(SqliteException e, string path) => e.SqliteErrorCode switch
    {
        SqliteNotADatabase => new(path, StoreFault.NotADatabase, "not a SQLite database", PathRemedy + ", or " + RebuildRemedy + " over it", e),
        SqliteCorrupt => new(path, StoreFault.Corrupted, "the database file is corrupted", RebuildRemedy, e),
        SqliteReadOnly or SqlitePerm => new(path, StoreFault.Inaccessible, "cannot be written (read-only file or folder)", "make it writable, or " + PathRemedy + " in a folder you can write to", e),
        SqliteCantOpen => new(path, StoreFault.Inaccessible, "cannot be opened or created", "check that its folder exists and is writable, or " + PathRemedy + " elsewhere", e),
        SqliteBusy or SqliteLocked => new(path, StoreFault.Busy, "is locked by another program", "wait for it to finish (another import?) and try again", e),
        SqliteFull => new(path, StoreFault.Disk, "the disk is full", "free some space and try again", e),
        SqliteIoError => new(path, StoreFault.Disk, "a disk read or write failed", "check the disk and try again", e),
        _ => null,
    };
}
