namespace Qualify.Testing;

/// <summary>Where tests find the repository and the shared international results dataset.</summary>
public static class TestPaths
{
    /// <summary>The environment variable that overrides the dataset folder.</summary>
    public const string DataEnvironmentVariable = "QUALIFY_TEST_DATA";

    /// <summary>The repository root: the nearest ancestor of the test binaries that holds <c>Qualify.slnx</c>.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The built-in competition definitions folder.</summary>
    public static string CompetitionsFolder => Path.Combine(RepositoryRoot, "competitions");

    /// <summary>The ids of the built-in definitions (their file names in <see cref="CompetitionsFolder"/>), in the catalog's order.</summary>
    public static IReadOnlyList<string> BuiltInIds =>
        [.. Directory.GetFiles(CompetitionsFolder, "*.json").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal)];

    /// <summary>
    /// The dataset folder: <c>$QUALIFY_TEST_DATA</c> if set, otherwise <c>../shared/data/international-results</c>
    /// beside the repository root. Tests that need it fail (never skip) when it is missing.
    /// </summary>
    public static string DatasetFolder
    {
        get
        {
            var fromEnvironment = Environment.GetEnvironmentVariable(DataEnvironmentVariable);
            var folder = string.IsNullOrWhiteSpace(fromEnvironment)
                ? Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "data", "international-results"))
                : fromEnvironment;
            if (!File.Exists(Path.Combine(folder, "results.csv")))
            {
                throw new InvalidOperationException(
                    $"the international results dataset is not at '{folder}': set {DataEnvironmentVariable} to the folder holding results.csv");
            }

            return folder;
        }
    }

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Qualify.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Qualify.slnx not found above " + AppContext.BaseDirectory);
    }

    /// <summary>A fresh temporary folder, deleted when disposed.</summary>
    public static TemporaryFolder CreateTemporaryFolder() => new();
}

/// <summary>A temporary folder that deletes itself.</summary>
public sealed class TemporaryFolder : IDisposable
{
    internal TemporaryFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "qualify-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    /// <summary>The folder's full path.</summary>
    public string Path { get; }

    /// <summary>A path inside the folder.</summary>
    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on another thread: the OS cleans the temp folder.
        }
    }
}
