namespace Qualify.Domain.History;

/// <summary>
/// The port through which the application imports the international results dataset (<see cref="DatasetFileNames"/>)
/// into a history store, in one transaction. Implemented by the history store (Qualify.Storage).
/// </summary>
public interface IDatasetImporter
{
    /// <summary>Imports the dataset in <paramref name="folder"/> into the store named by <paramref name="store"/>.</summary>
    /// <param name="folder">The folder holding the dataset's four files.</param>
    /// <param name="mode">How the import treats what the store already holds.</param>
    /// <param name="store">The store as the user names it (a file path), or <see langword="null"/> for <c>QUALIFY_DB</c> or the default location.</param>
    /// <param name="progress">Receives a short description of each step, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the import; nothing is written then.</param>
    /// <returns>What was read, stored and skipped, and the store written.</returns>
    /// <exception cref="ImportFormatException">A line of a file is malformed, or the files would remove most of the store's rows.</exception>
    ImportOutcome Import(string folder, ImportMode mode, string? store, IProgress<string>? progress, CancellationToken cancellationToken);
}

/// <summary>An import's report with the store it wrote.</summary>
/// <param name="Report">What was read, stored and skipped, and how long it took.</param>
/// <param name="Store">The store file written and where its path came from.</param>
public sealed record ImportOutcome(ImportReport Report, StoreLocation Store);
