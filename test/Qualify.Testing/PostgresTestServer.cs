using System.Globalization;
using Npgsql;

namespace Qualify.Testing;

/// <summary>
/// The PostgreSQL server of the tests: <c>$QUALIFY_TEST_PG</c> (an Npgsql connection string, exported by
/// <c>.ci/postgres</c>), else <see cref="DefaultConnectionString"/>, the role and database that <c>.ci/postgres</c>
/// makes. Each test store is a fresh database (<see cref="CreateDatabase"/>), dropped when disposed. A server that
/// cannot be reached fails the test with one line saying to run <c>.ci/postgres</c>: the PostgreSQL tests never skip.
/// </summary>
public static class PostgresTestServer
{
    /// <summary>The environment variable naming the server: <c>QUALIFY_TEST_PG</c>.</summary>
    public const string EnvironmentVariable = "QUALIFY_TEST_PG";

    /// <summary>The server when <see cref="EnvironmentVariable"/> is unset: what <c>.ci/postgres</c> sets up.</summary>
    public const string DefaultConnectionString = "Host=127.0.0.1;Port=5432;Username=qualify;Password=qualify;Database=qualify_test";

    /// <summary>The administrative connection string: <see cref="EnvironmentVariable"/> if set, else the default.</summary>
    public static string ConnectionString
    {
        get
        {
            var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
            return string.IsNullOrWhiteSpace(fromEnvironment) ? DefaultConnectionString : fromEnvironment;
        }
    }

    /// <summary>A new empty database on the server, named <c>qualify_t_…</c>, dropped when the result is disposed.</summary>
    /// <exception cref="InvalidOperationException">The server cannot be reached: one line saying to run <c>.ci/postgres</c>.</exception>
    public static PostgresTestDatabase CreateDatabase()
    {
        var name = "qualify_t_" + Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture)[..16];
        Administer($"CREATE DATABASE {name}");
        var builder = new NpgsqlConnectionStringBuilder(ConnectionString) { Database = name };
        return new PostgresTestDatabase(name, builder.ConnectionString);
    }

    /// <summary>Runs a statement on the administrative database (the statement's names are the tests' own, never input).</summary>
    internal static void Administer(string sql)
    {
        try
        {
            using var connection = new NpgsqlConnection(ConnectionString);
            connection.Open();
            using var command = connection.CreateCommand();
#pragma warning disable CA2100 // The tests' own database names, made of a prefix and hex digits.
            command.CommandText = sql;
#pragma warning restore CA2100
            command.ExecuteNonQuery();
        }
        catch (NpgsqlException e)
        {
            var builder = new NpgsqlConnectionStringBuilder(ConnectionString);
            throw new InvalidOperationException(
                $"PostgreSQL for the tests is not usable at {builder.Host}:{builder.Port}/{builder.Database} as {builder.Username} ({e.Message.Split('\n')[0].TrimEnd('.')}): run .ci/postgres, or set {EnvironmentVariable} to an Npgsql connection string of a role that may create databases",
                e);
        }
    }
}

/// <summary>A database made for one test store; dropped (with its connections) when disposed.</summary>
public sealed class PostgresTestDatabase : IDisposable
{
    internal PostgresTestDatabase(string name, string connectionString)
    {
        Name = name;
        ConnectionString = connectionString;
    }

    /// <summary>The database's name.</summary>
    public string Name { get; }

    /// <summary>An Npgsql connection string to it.</summary>
    public string ConnectionString { get; }

    /// <inheritdoc />
    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        PostgresTestServer.Administer($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
    }
}
