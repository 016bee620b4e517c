using Qualify.Domain.History;

namespace Qualify.Storage.Import;

/// <summary>
/// <see cref="IDatasetImporter"/> over the SQLite history store: resolves the store file
/// (<see cref="HistoryStoreLocation.Resolve"/>) and runs the <see cref="HistoryImporter"/> on it.
/// </summary>
/// <param name="environment">Reads an environment variable (<c>QUALIFY_DB</c>).</param>
/// <param name="clock">The clock of the import log.</param>
public sealed class StoreDatasetImporter(Func<string, string?> environment, TimeProvider clock) : IDatasetImporter
{
    /// <inheritdoc />
    /// <exception cref="HistoryStoreException">The store's folder cannot be created, or the store cannot be written.</exception>
    public ImportOutcome Import(string folder, ImportMode mode, string? store, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var location = HistoryStoreLocation.Resolve(store, environment);
        var importer = new HistoryImporter(HistoryDbContextFactory.ForSqliteFile(location.Path), clock);
        return new ImportOutcome(importer.Import(folder, mode, progress, cancellationToken), location);
    }
}
