using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Qualify.Testing;

/// <summary>The database engines the tests that touch the history store run on: each such test runs on both.</summary>
public enum StoreEngine
{
    /// <summary>A SQLite file in a fresh temporary folder.</summary>
    Sqlite,

    /// <summary>A fresh database on the tests' PostgreSQL server (<see cref="PostgresTestServer"/>).</summary>
    PostgreSql,
}

/// <summary>
/// An empty place for a history store on <see cref="StoreEngine"/>: a SQLite file not yet created in a fresh temporary
/// folder, or a fresh PostgreSQL database; deleted (dropped) on dispose. <see cref="Value"/> is what <c>--db</c> and
/// <c>QUALIFY_DB</c> take.
/// </summary>
public sealed class EngineStore : IDisposable
{
    private readonly PostgresTestDatabase? _database;

    /// <summary>Makes the place: a temporary folder, and for PostgreSQL a new database.</summary>
    /// <exception cref="InvalidOperationException">The PostgreSQL server cannot be reached: one line saying to run <c>.ci/postgres</c>.</exception>
    public EngineStore(StoreEngine engine)
    {
        Engine = engine;
        Folder = TestPaths.CreateTemporaryFolder();
        if (engine == StoreEngine.PostgreSql)
        {
            _database = PostgresTestServer.CreateDatabase();
            Value = _database.ConnectionString;
        }
        else
        {
            Value = Folder.File("history.db");
        }
    }

    /// <summary>The engine.</summary>
    public StoreEngine Engine { get; }

    /// <summary>The store as <c>--db</c> or <c>QUALIFY_DB</c> gives it: a file path, or an Npgsql connection string.</summary>
    public string Value { get; }

    /// <summary>A temporary folder of the test's own (the SQLite file's, for SQLite).</summary>
    public TemporaryFolder Folder { get; }

    /// <summary>Whether nothing was ever written: no SQLite file, or no table in the PostgreSQL database.</summary>
    public bool CreatedNothing => Engine == StoreEngine.Sqlite
        ? !File.Exists(Value)
        : Scalar("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema()") == 0;

    /// <summary>Runs a statement of the test's own on the store; returns the rows it changed.</summary>
    public int Execute(string sql)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
#pragma warning disable CA2100 // The tests' own constant statements.
        command.CommandText = sql;
#pragma warning restore CA2100
        return command.ExecuteNonQuery();
    }

    /// <summary>Runs a query of the test's own that returns one integer.</summary>
    public long Scalar(string sql)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
#pragma warning disable CA2100 // The tests' own constant queries.
        command.CommandText = sql;
#pragma warning restore CA2100
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        // Pooled connections keep the SQLite file open, and the PostgreSQL database in use.
        SqliteConnection.ClearAllPools();
        _database?.Dispose();
        Folder.Dispose();
    }

    private DbConnection Open()
    {
        DbConnection connection = Engine == StoreEngine.Sqlite
            ? new SqliteConnection($"Data Source={Value};Pooling=False")
            : new NpgsqlConnection(Value);
        connection.Open();
        return connection;
    }
}
