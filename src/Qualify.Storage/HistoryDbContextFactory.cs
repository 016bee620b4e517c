using Microsoft.EntityFrameworkCore;

namespace Qualify.Storage;

/// <summary>
/// Creates <see cref="HistoryDbContext"/> instances for one store (the provider is set by <c>HistoryProvider</c>).
/// Contexts use the generated compiled model (<c>CompiledModel/</c>), which saves EF Core's model building at
/// start-up. The EF Core options are built on the first <see cref="CreateDbContext"/>: the store's reads
/// (<see cref="HistoryStore"/>, <see cref="HistoryQueries"/>) use plain ADO.NET connections from
/// <see cref="Options"/> and never need them.
/// </summary>
public sealed class HistoryDbContextFactory : IDbContextFactory<HistoryDbContext>
{
    private readonly Lazy<DbContextOptions<HistoryDbContext>> _contextOptions;

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
        _contextOptions = new Lazy<DbContextOptions<HistoryDbContext>>(() => BuildOptions(options, useCompiledModel));
    }

    /// <summary>The store this factory connects to.</summary>
    public HistoryStoreOptions Options { get; }

    /// <summary>A factory for the SQLite file at <paramref name="path"/>.</summary>
    public static HistoryDbContextFactory ForSqliteFile(string path) => new(HistoryStoreOptions.ForSqliteFile(path));

    /// <inheritdoc />
    public HistoryDbContext CreateDbContext() => new(_contextOptions.Value);

    private static DbContextOptions<HistoryDbContext> BuildOptions(HistoryStoreOptions options, bool useCompiledModel)
    {
        var builder = new DbContextOptionsBuilder<HistoryDbContext>();
        HistoryProvider.Configure(builder, options);
        if (useCompiledModel)
        {
            builder.UseModel(CompiledModel.HistoryDbContextModel.Instance);
        }

        return builder.Options;
    }
}
