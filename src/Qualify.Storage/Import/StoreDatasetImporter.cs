using Qualify.Domain.History;

namespace Qualify.Storage.Import;

/// <summary>
/// <see cref="IDatasetImporter"/> over the history store: resolves the store, a SQLite file or a PostgreSQL database
/// (<see cref="HistoryStoreLocation.ResolveStore"/>), and runs the <see cref="HistoryImporter"/> on it.
/// </summary>
/// <param name="environment">Reads an environment variable (<c>QUALIFY_DB</c>).</param>
/// <param name="clock">The clock of the import log.</param>
public sealed class StoreDatasetImporter(Func<string, string?> environment, TimeProvider clock) : IDatasetImporter
{
    /// <inheritdoc />
    /// <exception cref="HistoryStoreException">The store's folder cannot be created, or the store cannot be written.</exception>
    public ImportOutcome Import(string folder, ImportMode mode, string? store, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var resolved = HistoryStoreLocation.ResolveStore(store, environment);
        var importer = new HistoryImporter(new HistoryDbContextFactory(resolved.Options), clock);
        return new ImportOutcome(importer.Import(folder, mode, progress, cancellationToken), resolved.Location);
    }
}
