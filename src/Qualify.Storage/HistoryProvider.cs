using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Qualify.Storage;

/// <summary>
/// The one place that knows the database provider of a <see cref="HistoryStoreOptions"/>: how EF Core connects (for the
/// schema and the import), how a plain ADO.NET connection is opened (for the reads, which need none of EF Core's
/// start-up), whether the database exists without creating it, and the one catalogue query that differs between
/// engines. Everything else the reads and writes send is portable SQL (see <see cref="HistoryReader"/>).
/// </summary>
internal static class HistoryProvider
{
    /// <summary>Counts the given table of the store's schema: 1 when it exists, 0 when not (parameter <c>@table</c>).</summary>
    private const string SqliteTableCount = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = @table";

    /// <summary>The same count in PostgreSQL's catalogue, in the schema that unqualified names resolve to.</summary>
    private const string PostgreSqlTableCount =
        "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = @table";

    /// <summary>Checks that the provider of <paramref name="options"/> is one this class knows.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The provider is not supported.</exception>
    public static void EnsureSupported(HistoryStoreOptions options)
    {
        if (options.Provider is not (HistoryStoreProvider.Sqlite or HistoryStoreProvider.PostgreSql))
        {
            throw Unsupported(options);
        }
    }

    /// <summary>Sets EF Core's provider and connection string for <paramref name="options"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The provider is not supported.</exception>
    public static void Configure(DbContextOptionsBuilder builder, HistoryStoreOptions options)
    {
        _ = options.Provider switch
        {
            HistoryStoreProvider.Sqlite => builder.UseSqlite(options.ConnectionString),
            HistoryStoreProvider.PostgreSql => builder.UseNpgsql(options.ConnectionString),
            _ => throw Unsupported(options),
        };
    }

    /// <summary>A new, closed ADO.NET connection to the store (pooled by the provider).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The provider is not supported.</exception>
    public static DbConnection CreateConnection(HistoryStoreOptions options) => options.Provider switch
    {
        HistoryStoreProvider.Sqlite => new SqliteConnection(options.ConnectionString),
        HistoryStoreProvider.PostgreSql => new NpgsqlConnection(options.ConnectionString),
        _ => throw Unsupported(options),
    };

    /// <summary>
    /// Whether the database itself exists, decided without connecting: opening a SQLite file that is missing would
    /// create it. An in-memory SQLite database always exists (as for EF Core's database creator). A PostgreSQL database
    /// is made by its administrator, never by Qualify: it is taken to exist, and a connection says otherwise.
    /// </summary>
    public static bool DatabaseExists(HistoryStoreOptions options)
    {
        EnsureSupported(options);
        if (options.Provider == HistoryStoreProvider.PostgreSql)
        {
            return true;
        }

        var builder = new SqliteConnectionStringBuilder(options.ConnectionString);
        var dataSource = builder.DataSource;
        return builder.Mode == SqliteOpenMode.Memory
            || dataSource.Length == 0
            || string.Equals(dataSource, ":memory:", StringComparison.OrdinalIgnoreCase)
            || File.Exists(dataSource);
    }

    /// <summary>Whether the table <paramref name="table"/> exists, on an open connection.</summary>
    public static bool HasTable(HistoryStoreOptions options, DbConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = options.Provider switch
        {
            HistoryStoreProvider.Sqlite => SqliteTableCount,
            HistoryStoreProvider.PostgreSql => PostgreSqlTableCount,
            _ => throw Unsupported(options),
        };
        return CountTable(command, table);
    }

    /// <summary>Whether the table <paramref name="table"/> exists, on the context's connection and in its transaction.</summary>
    public static bool HasTable(DbContext context, string table)
    {
        using var command = context.Database.GetDbConnection().CreateCommand();
        command.Transaction = context.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = context.Database.IsSqlite() ? SqliteTableCount
            : context.Database.IsNpgsql() ? PostgreSqlTableCount
            : throw new ArgumentOutOfRangeException(nameof(context), context.Database.ProviderName, "unsupported history store provider");
        return CountTable(command, table);
    }

    /// <summary>Runs a catalogue count of <paramref name="table"/> (parameter <c>@table</c>): whether it is above 0.</summary>
    private static bool CountTable(DbCommand command, string table)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@table";
        parameter.Value = table;
        command.Parameters.Add(parameter);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }

    private static ArgumentOutOfRangeException Unsupported(HistoryStoreOptions options) =>
        new(nameof(options), options.Provider, "unsupported history store provider");
}
