using Microsoft.EntityFrameworkCore;

namespace Qualify.Storage;

/// <summary>
/// Creates <see cref="HistoryDbContext"/> instances for one store: a <see cref="SqliteHistoryDbContext"/> or a
/// <see cref="PostgreSqlHistoryDbContext"/>, by the provider (set by <c>HistoryProvider</c>). SQLite contexts use the
/// generated compiled model (<c>CompiledModel/</c>), which saves EF Core's model building at start-up; PostgreSQL
/// contexts build the model (a compiled model holds its provider's annotations, and a PostgreSQL store serves long-lived
/// processes, where the build is paid once). The EF Core options are built on the first <see cref="CreateDbContext"/>:
/// the store's reads (<see cref="HistoryStore"/>, <see cref="HistoryQueries"/>) use plain ADO.NET connections from
/// <see cref="Options"/> and never need them.
/// </summary>
public sealed class HistoryDbContextFactory : IDbContextFactory<HistoryDbContext>
{
    private readonly Lazy<Func<HistoryDbContext>> _create;

    /// <summary>Creates a factory for the store described by <paramref name="options"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The provider is not supported.</exception>
    public HistoryDbContextFactory(HistoryStoreOptions options)
        : this(options, useCompiledModel: true)
    {
    }

    /// <summary>
    /// Creates a factory; <paramref name="useCompiledModel"/> <see langword="false"/> builds the model from the
    /// entity configurations instead (for the EF tools, and for the test that the compiled model is current).
    /// </summary>
    internal HistoryDbContextFactory(HistoryStoreOptions options, bool useCompiledModel)
    {
        ArgumentNullException.ThrowIfNull(options);
        HistoryProvider.EnsureSupported(options);
        Options = options;
        _create = new Lazy<Func<HistoryDbContext>>(() => Build(options, useCompiledModel));
    }

    /// <summary>The store this factory connects to.</summary>
    public HistoryStoreOptions Options { get; }

    /// <summary>A factory for the SQLite file at <paramref name="path"/>.</summary>
    public static HistoryDbContextFactory ForSqliteFile(string path) => new(HistoryStoreOptions.ForSqliteFile(path));

    /// <inheritdoc />
    public HistoryDbContext CreateDbContext() => _create.Value();

    private static Func<HistoryDbContext> Build(HistoryStoreOptions options, bool useCompiledModel)
    {
        if (options.Provider == HistoryStoreProvider.PostgreSql)
        {
            var postgres = new DbContextOptionsBuilder<PostgreSqlHistoryDbContext>();
            HistoryProvider.Configure(postgres, options);
            var built = postgres.Options;
            return () => new PostgreSqlHistoryDbContext(built);
        }

        var sqlite = new DbContextOptionsBuilder<SqliteHistoryDbContext>();
        HistoryProvider.Configure(sqlite, options);
        if (useCompiledModel)
        {
            sqlite.UseModel(CompiledModel.SqliteHistoryDbContextModel.Instance);
        }

        var sqliteOptions = sqlite.Options;
        return () => new SqliteHistoryDbContext(sqliteOptions);
    }
}
