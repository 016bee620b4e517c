using Qualify.Domain.History;

namespace Qualify.Storage;

/// <summary>
/// The one place that decides where the history store file is: the explicit path if given, else
/// <c>$QUALIFY_DB</c>, else <c>qualify/history.db</c> under the user's local data folder
/// (<see cref="Environment.SpecialFolder.LocalApplicationData"/>: <c>~/.local/share</c> on Linux,
/// <c>%LOCALAPPDATA%</c> on Windows).
/// </summary>
public static class HistoryStoreLocation
{
    /// <summary>The environment variable naming the store file: <c>QUALIFY_DB</c>.</summary>
    public static string EnvironmentVariable => "QUALIFY_DB";

    /// <summary>The folder under the user's local data folder: <c>qualify</c>.</summary>
    public static string DefaultFolderName => "qualify";

    /// <summary>The default file name: <c>history.db</c>.</summary>
    public static string DefaultFileName => "history.db";

    /// <summary>
    /// Resolves the store file and creates its folder if it does not exist. Blank values count as not given.
    /// </summary>
    /// <param name="explicitPath">The path given on the command line, or <see langword="null"/>.</param>
    /// <param name="getEnvironmentVariable">Reads an environment variable (<see cref="System.Environment.GetEnvironmentVariable(string)"/> outside tests).</param>
    /// <param name="userDataFolder">The user's local data folder; <see langword="null"/> for <see cref="Environment.SpecialFolder.LocalApplicationData"/>.</param>
    /// <returns>The full path of the store file and where it came from.</returns>
    /// <exception cref="InvalidOperationException">No path was given and the user's data folder is unknown.</exception>
    /// <exception cref="HistoryStoreException">The store's folder cannot be created; the message names the store's path.</exception>
    public static StoreLocation Resolve(string? explicitPath, Func<string, string?> getEnvironmentVariable, string? userDataFolder = null)
    {
        ArgumentNullException.ThrowIfNull(getEnvironmentVariable);
        var location = Choose(explicitPath, getEnvironmentVariable, userDataFolder);
        var folder = Path.GetDirectoryName(location.Path);
        if (!string.IsNullOrEmpty(folder))
        {
            try
            {
                Directory.CreateDirectory(folder);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw HistoryStoreFaults.Translate(e, location.Path)!;
            }
        }

        return location;
    }

    private static StoreLocation Choose(string? explicitPath, Func<string, string?> getEnvironmentVariable, string? userDataFolder)
    {
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            return new StoreLocation(Path.GetFullPath(explicitPath), StoreLocationSource.Explicit);
        }

        var fromEnvironment = getEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return new StoreLocation(Path.GetFullPath(fromEnvironment), StoreLocationSource.Environment);
        }

        var dataFolder = string.IsNullOrWhiteSpace(userDataFolder)
            ? Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData)
            : userDataFolder;
        if (string.IsNullOrWhiteSpace(dataFolder))
        {
            throw new InvalidOperationException(
                $"cannot find the user's local data folder for the history store: pass --db <path> or set {EnvironmentVariable}");
        }

        return new StoreLocation(Path.GetFullPath(Path.Combine(dataFolder, DefaultFolderName, DefaultFileName)), StoreLocationSource.Default);
    }
}
