using System.Globalization;
using Qualify.Testing;

namespace Qualify.Cli.Tests.Import;

/// <summary>
/// <c>qualify import</c> off its happy path: an import that would wipe the store, <c>--replace</c>, the warning cap,
/// and stores that are not usable (issue 11, findings 2 and 5).
/// </summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly TemporaryFolder _folder = TestPaths.CreateTemporaryFolder();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    private string StorePath => _folder.File("history.db");

    private Dictionary<string, string> Environment => new() { ["QUALIFY_DB"] = StorePath };

    [Fact]
    public void Import_MostMatchesRemoved_RefusesWithExit2AndKeepsTheStore()
    {
        Assert.Equal(0, Import(SmallDataset.WriteTo(Folder("good"))).ExitCode);

        // Closing the pooled connections checkpoints the write-ahead log into the file before its bytes are read.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var before = File.ReadAllBytes(StorePath);

        var result = Import(ResultsCutToTwoMatches());

        // SmallDataset has 5 results; the cut file keeps 2 (lines 2 and 3), which would remove 3 of the 5.
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            $"error: results.csv:1: gives 2 matches where the store {StorePath} holds 5: importing would remove most of them; check the file, or pass --replace to replace the store anyway\n",
            result.Error);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Assert.Equal(before, File.ReadAllBytes(StorePath));
    }

    [Fact]
    public void Import_MostMatchesRemovedWithReplace_ReplacesTheStore()
    {
        Assert.Equal(0, Import(SmallDataset.WriteTo(Folder("good"))).ExitCode);

        var result = Import(ResultsCutToTwoMatches(), "--replace");

        // The 2 kept results; the goals of the 3 removed ones (goalscorers.csv lines 5 and 6) become warnings.
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(2, new Storage.HistoryStore(Storage.HistoryDbContextFactory.ForSqliteFile(StorePath)).Counts().Matches);
    }

    [Fact]
    public void Import_HeaderOnlyResults_FailsOnLineOneWithoutWarnings()
    {
        var folder = SmallDataset.WriteTo(Folder("bad"), "results.csv", SmallDataset.Files["results.csv"][0] + "\n");

        var result = Import(folder);

        // Issue 11: a header-only results.csv emptied the store with exit 0 and 48,597 warning lines.
        Assert.Equal((2, "error: results.csv:1: no results after the header: nothing to import\n"), (result.ExitCode, result.Error));
    }

    [Fact]
    public void Import_TwentyFiveWarnings_PrintsTheFirstTwentyThenACount()
    {
        // 25 goal rows of a match that results.csv does not have: 25 "no matching result" warnings.
        var orphans = Enumerable.Range(1, 25).Select(i => string.Create(
            CultureInfo.InvariantCulture, $"1990-01-{i:00},Atlantis,Lemuria,Atlantis,Someone,10,FALSE,FALSE"));
        var goals = string.Join("\n", SmallDataset.Files["goalscorers.csv"].Concat(orphans)) + "\n";

        var result = Import(SmallDataset.WriteTo(Folder("data"), "goalscorers.csv", goals));

        var lines = result.Error.TrimEnd('\n').Split('\n');
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(21, lines.Length);
        Assert.Equal("warning: no matching result, skipped: goalscorers.csv:7: no result for 1990-01-01 Atlantis v Lemuria", lines[0]);
        Assert.Equal("warning: 5 more warnings not shown (25 in all; the store's import log keeps the skipped rows)", lines[20]);
    }

    [Fact]
    public void Forecast_StorePathIsADirectory_FailsNamingThePath()
    {
        Directory.CreateDirectory(StorePath);

        var result = CliRunner.Run(Environment, "forecast", "concacaf-2022", "--as-of", "2021-11-17", "--sims", "100");

        // Issue 11: a directory made forecast run silently without the store's matches.
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            $"error: history store {StorePath}: is a directory, not a store file: point --db or QUALIFY_DB at a store file (for example <folder>/history.db)\n",
            result.Error);
    }

    [Fact]
    public void Import_StorePathIsADirectory_FailsNamingThePath()
    {
        Directory.CreateDirectory(StorePath);

        var result = Import(SmallDataset.WriteTo(Folder("good")));

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"error: history store {StorePath}: is a directory", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Ratings_StoreIsATextFile_FailsNamingThePathAndTheFix()
    {
        File.WriteAllText(StorePath, "not a database\n");

        var result = CliRunner.Run(Environment, "ratings");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            $"error: history store {StorePath}: not a SQLite database: point --db or QUALIFY_DB at a store file, or run 'qualify import <folder> --replace' to build it again over it\n",
            result.Error);
    }

    [Fact]
    public void Teams_StoreIsCorrupted_FailsNamingThePathAndTheFix()
    {
        Assert.Equal(0, Import(SmallDataset.WriteTo(Folder("good"))).ExitCode);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Corrupt(StorePath);

        var result = CliRunner.Run(Environment, "teams");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            $"error: history store {StorePath}: the database file is corrupted: run 'qualify import <folder> --replace' to build it again\n",
            result.Error);
    }

    [Fact]
    public void Import_CorruptedStoreWithoutReplace_FailsNamingThePath()
    {
        Assert.Equal(0, Import(SmallDataset.WriteTo(Folder("good"))).ExitCode);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Corrupt(StorePath);

        var result = Import(SmallDataset.WriteTo(Folder("again")));

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"error: history store {StorePath}: the database file is corrupted", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_CorruptedStoreWithReplace_RebuildsIt()
    {
        Assert.Equal(0, Import(SmallDataset.WriteTo(Folder("good"))).ExitCode);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Corrupt(StorePath);

        var result = Import(SmallDataset.WriteTo(Folder("again")), "--replace");

        // SmallDataset: 5 results.
        Assert.Equal((0, string.Empty), (result.ExitCode, result.Error));
        Assert.Equal(5, new Storage.HistoryStore(Storage.HistoryDbContextFactory.ForSqliteFile(StorePath)).Counts().Matches);
    }

    [Fact]
    public void Import_TextFileStoreWithReplace_RebuildsIt()
    {
        File.WriteAllText(StorePath, "not a database\n");

        var result = Import(SmallDataset.WriteTo(Folder("good")), "--replace");

        Assert.Equal((0, string.Empty), (result.ExitCode, result.Error));
        Assert.Equal(5, new Storage.HistoryStore(Storage.HistoryDbContextFactory.ForSqliteFile(StorePath)).Counts().Matches);
    }

    [Fact]
    public void Import_ReadOnlyDirectory_FailsNamingThePath()
    {
        // /proc refuses new files even to root, so this is a read-only directory whoever runs the tests (Linux).
        const string store = "/proc/qualify-history.db";

        var result = CliRunner.Run(new Dictionary<string, string> { ["QUALIFY_DB"] = store }, "import", SmallDataset.WriteTo(Folder("good")));

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            $"error: history store {store}: cannot be opened or created: check that its folder exists and is writable, or point --db or QUALIFY_DB at a store file elsewhere\n",
            result.Error);
    }

    private CliResult Import(string folder, params string[] options) => CliRunner.Run(Environment, ["import", folder, .. options]);

    private string Folder(string name) => Directory.CreateDirectory(_folder.File(name)).FullName;

    private string ResultsCutToTwoMatches() =>
        SmallDataset.WriteTo(Folder("cut"), "results.csv", string.Join("\n", SmallDataset.Files["results.csv"].Take(3)) + "\n");

    /// <summary>Overwrites the first page after the 100-byte file header (the schema) with garbage.</summary>
    private static void Corrupt(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Write);
        file.Position = 100;
        file.Write(Enumerable.Repeat((byte)0xAB, 3900).ToArray());
    }
}
