using System.Text.RegularExpressions;
using Qualify.Domain.History;

namespace Qualify.Storage;

/// <summary>A resolved history store: where it is, for messages, and how to connect to it.</summary>
/// <param name="Location">The store as messages name it (a file path, or the PostgreSQL database without its password) and where that came from.</param>
/// <param name="Options">The provider and connection string.</param>
public sealed record ResolvedStore(StoreLocation Location, HistoryStoreOptions Options);

/// <summary>
/// The one place that decides where the history store is and which engine holds it: the explicit value if given
/// (<c>--db</c>), else <c>$QUALIFY_DB</c>, else the SQLite file <c>qualify/history.db</c> under the user's local data
/// folder (<see cref="Environment.SpecialFolder.LocalApplicationData"/>: <c>~/.local/share</c> on Linux,
/// <c>%LOCALAPPDATA%</c> on Windows). A value is a PostgreSQL connection string when it starts with a keyword and
/// <c>=</c> (<see cref="IsConnectionString"/>: <c>Host=db;Database=qualify</c>); anything else is a SQLite file path.
/// </summary>
public static partial class HistoryStoreLocation
{
    /// <summary>The environment variable naming the store: <c>QUALIFY_DB</c>.</summary>
    public static string EnvironmentVariable => "QUALIFY_DB";

    /// <summary>The folder under the user's local data folder: <c>qualify</c>.</summary>
    public static string DefaultFolderName => "qualify";

    /// <summary>The default file name: <c>history.db</c>.</summary>
    public static string DefaultFileName => "history.db";

    /// <summary>
    /// The rule that tells a PostgreSQL connection string from a SQLite file path: a connection string starts with a
    /// keyword (letters and spaces, such as <c>Host</c>) followed by <c>=</c>, as every Npgsql connection string does
    /// (<c>Host=127.0.0.1;Database=qualify</c>); a path does not (a file whose name starts like <c>Host=</c> can be
    /// written <c>./Host=…</c>).
    /// </summary>
    /// <param name="value">The value of <c>--db</c> or <c>QUALIFY_DB</c>.</param>
    public static bool IsConnectionString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return ConnectionStringStart().IsMatch(value);
    }

    /// <summary>
    /// Resolves the store file and creates its folder if it does not exist. Blank values count as not given.
    /// </summary>
    /// <param name="explicitPath">The path given on the command line, or <see langword="null"/>.</param>
    /// <param name="getEnvironmentVariable">Reads an environment variable (<see cref="System.Environment.GetEnvironmentVariable(string)"/> outside tests).</param>
    /// <param name="userDataFolder">The user's local data folder; <see langword="null"/> for <see cref="Environment.SpecialFolder.LocalApplicationData"/>.</param>
    /// <returns>The full path of the store file (or the PostgreSQL database's description) and where it came from.</returns>
    /// <exception cref="InvalidOperationException">No path was given and the user's data folder is unknown.</exception>
    /// <exception cref="HistoryStoreException">The store's folder cannot be created, or a connection string is not valid; the message names the store.</exception>
    public static StoreLocation Resolve(string? explicitPath, Func<string, string?> getEnvironmentVariable, string? userDataFolder = null) =>
        ResolveStore(explicitPath, getEnvironmentVariable, userDataFolder).Location;

    /// <summary>
    /// Resolves the store, as <see cref="Resolve"/>, with its provider and connection string: a SQLite file (whose folder
    /// is created) or a PostgreSQL database (nothing is opened yet).
    /// </summary>
    /// <inheritdoc cref="Resolve" />
    public static ResolvedStore ResolveStore(string? explicitValue, Func<string, string?> getEnvironmentVariable, string? userDataFolder = null)
    {
        ArgumentNullException.ThrowIfNull(getEnvironmentVariable);
        var (value, source) = Choose(explicitValue, getEnvironmentVariable, userDataFolder);
        if (IsConnectionString(value))
        {
            var postgres = HistoryStoreOptions.ForPostgreSql(value);
            return new ResolvedStore(new StoreLocation(postgres.Description, source), postgres);
        }

        var path = Path.GetFullPath(value);
        var folder = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(folder))
        {
            try
            {
                Directory.CreateDirectory(folder);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw HistoryStoreFaults.Translate(e, path)!;
            }
        }

        return new ResolvedStore(new StoreLocation(path, source), HistoryStoreOptions.ForSqliteFile(path));
    }

    private static (string Value, StoreLocationSource Source) Choose(string? explicitValue, Func<string, string?> getEnvironmentVariable, string? userDataFolder)
    {
        if (!string.IsNullOrWhiteSpace(explicitValue))
        {
            return (explicitValue, StoreLocationSource.Explicit);
        }

        var fromEnvironment = getEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return (fromEnvironment, StoreLocationSource.Environment);
        }

        var dataFolder = string.IsNullOrWhiteSpace(userDataFolder)
            ? Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData)
            : userDataFolder;
        if (string.IsNullOrWhiteSpace(dataFolder))
        {
            throw new InvalidOperationException(
                $"cannot find the user's local data folder for the history store: pass --db <path> or set {EnvironmentVariable}");
        }

        return (Path.Combine(dataFolder, DefaultFolderName, DefaultFileName), StoreLocationSource.Default);
    }

    [GeneratedRegex(@"^\s*[A-Za-z][A-Za-z ]*=")]
    private static partial Regex ConnectionStringStart();
}
