using Microsoft.EntityFrameworkCore;

namespace Qualify.Storage;

/// <summary>
/// Creates <see cref="HistoryDbContext"/> instances for one store. The only place that knows which
/// database provider is used. Contexts use the generated compiled model (<c>CompiledModel/</c>), which saves
/// EF Core's model building at start-up.
/// </summary>
public sealed class HistoryDbContextFactory : IDbContextFactory<HistoryDbContext>
{
    private readonly DbContextOptions<HistoryDbContext> _contextOptions;

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
        Options = options;
        var builder = new DbContextOptionsBuilder<HistoryDbContext>();
        _ = options.Provider switch
        {
            HistoryStoreProvider.Sqlite => builder.UseSqlite(options.ConnectionString),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Provider, "unsupported history store provider"),
        };
        if (useCompiledModel)
        {
            builder.UseModel(CompiledModel.HistoryDbContextModel.Instance);
        }

        _contextOptions = builder.Options;
    }

    /// <summary>The store this factory connects to.</summary>
    public HistoryStoreOptions Options { get; }

    /// <summary>A factory for the SQLite file at <paramref name="path"/>.</summary>
    public static HistoryDbContextFactory ForSqliteFile(string path) => new(HistoryStoreOptions.ForSqliteFile(path));

    /// <inheritdoc />
    public HistoryDbContext CreateDbContext() => new(_contextOptions);
}
