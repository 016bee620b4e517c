using Microsoft.Data.Sqlite;
using Npgsql;
using Qualify.Testing;

namespace Qualify.Web.Tests;

/// <summary>The database engines the web tests that touch the store run on.</summary>
public enum StoreKind
{
    /// <summary>A SQLite file in a fresh temporary folder.</summary>
    Sqlite,

    /// <summary>A fresh database on the tests' PostgreSQL server (<see cref="PostgresTestServer"/>).</summary>
    PostgreSql,
}

/// <summary>
/// A history store for a web test: a SQLite file not yet created, or a fresh empty PostgreSQL database; deleted
/// (dropped) on dispose. <see cref="Value"/> is what <c>--db</c> and <c>QUALIFY_DB</c> take.
/// </summary>
internal sealed class WebStore : IDisposable
{
    private readonly TemporaryFolder _folder = TestPaths.CreateTemporaryFolder();
    private readonly PostgresTestDatabase? _database;

    public WebStore(StoreKind kind)
    {
        Kind = kind;
        if (kind == StoreKind.PostgreSql)
        {
            _database = PostgresTestServer.CreateDatabase();
            Value = _database.ConnectionString;
        }
        else
        {
            Value = _folder.File("history.db");
        }
    }

    public StoreKind Kind { get; }

    /// <summary>The store as <c>--db</c> or <c>QUALIFY_DB</c> gives it: a file path, or an Npgsql connection string.</summary>
    public string Value { get; }

    /// <summary>Whether nothing was ever written: no SQLite file, or no table in the PostgreSQL database.</summary>
    public bool CreatedNothing => Kind == StoreKind.Sqlite
        ? !File.Exists(Value)
        : Count("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema()") == 0;

    /// <summary>Runs a count of the test's own on the store.</summary>
    public long Count(string sql)
    {
        using System.Data.Common.DbConnection connection = Kind == StoreKind.Sqlite
            ? new SqliteConnection($"Data Source={Value};Mode=ReadOnly;Pooling=False")
            : new NpgsqlConnection(Value);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _database?.Dispose();
        _folder.Dispose();
    }
}
