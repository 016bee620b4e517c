using Qualify.Domain.History;

namespace Qualify.Application;

/// <summary>A request to import the international results dataset.</summary>
/// <param name="Folder">The folder holding <c>results.csv</c>, <c>goalscorers.csv</c>, <c>shootouts.csv</c> and <c>former_names.csv</c>.</param>
/// <param name="Mode">How the import treats what the store already holds.</param>
/// <param name="Store">The store file as the user names it (<c>--db</c>), or <see langword="null"/> for <c>QUALIFY_DB</c> or the default location.</param>
public sealed record ImportRequest(string Folder, ImportMode Mode, string? Store);

/// <summary>
/// Imports the international results dataset into the history store through the <see cref="IDatasetImporter"/> port:
/// every file read and stored in one transaction, or nothing written.
/// </summary>
public sealed class ImportService(IDatasetImporter importer)
{
    /// <summary>Runs the import of <paramref name="request"/>.</summary>
    /// <param name="request">The folder, mode and store.</param>
    /// <param name="progress">Receives a short description of each step, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the import; nothing is written then.</param>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="FileNotFoundException">One of the four files is missing.</exception>
    /// <exception cref="ImportFormatException">A line of a file is malformed, or the files would remove most of the store's rows.</exception>
    public ImportOutcome Import(ImportRequest request, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return importer.Import(request.Folder, request.Mode, request.Store, progress, cancellationToken);
    }
}
