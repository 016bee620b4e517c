using Qualify.Domain.History;

namespace Qualify.Storage.Tests;

/// <summary>
/// An import that would remove most of the store's rows is refused unless it replaces the store (issue 11, finding
/// 2); a store that is a directory, not a database or corrupted is a <see cref="HistoryStoreException"/> naming it
/// (finding 5), and <see cref="ImportMode.Replace"/> rebuilds a damaged one.
/// </summary>
public sealed class HistoryImporterGuardTests : IDisposable
{
    private readonly TestStore _store = new();

    public void Dispose() => _store.Dispose();

    [Fact]
    public void Import_HeaderOnlyResults_FailsAndKeepsTheStore()
    {
        _store.Import(SampleDataset.Default, "good");
        var before = _store.Store.Counts();
        var folder = (SampleDataset.Default with { Results = [SampleDataset.Default.Results[0]] }).WriteTo(_store.CreateFolder("empty"));

        var error = Assert.Throws<ImportFormatException>(() => _store.Importer.Import(folder));

        Assert.Equal("results.csv:1: no results after the header: nothing to import", error.Message);
        Assert.Equal(before, _store.Store.Counts());
    }

    [Fact]
    public void Import_GoalsHeaderOnlyOverStore_RefusedNamingTheFile()
    {
        _store.Import(SampleDataset.Default, "good");
        var folder = (SampleDataset.Default with { Goals = [SampleDataset.Default.Goals[0]] }).WriteTo(_store.CreateFolder("nogoals"));

        var error = Assert.Throws<ImportFormatException>(() => _store.Importer.Import(folder));

        // SampleDataset stores 5 goals (6 rows less 1 orphan).
        Assert.Equal(
            $"goalscorers.csv:1: gives 0 goals where the store {_store.DatabasePath} holds 5: importing would remove most of them; check the file, or pass --replace to replace the store anyway",
            error.Message);
    }

    [Fact]
    public void Import_GoalsHeaderOnlyWithReplace_Stored()
    {
        _store.Import(SampleDataset.Default, "good");
        var folder = (SampleDataset.Default with { Goals = [SampleDataset.Default.Goals[0]] }).WriteTo(_store.CreateFolder("nogoals"));

        var report = _store.Importer.Import(folder, ImportMode.Replace);

        Assert.Equal((5, 0), (report.MatchesStored, _store.Store.Counts().Goals));
    }

    [Fact]
    public void Import_HalfTheMatches_Accepted()
    {
        // SampleDataset stores 5 matches; keeping 3 (lines 2, 3 and 5) removes 2, fewer than half, and keeps 3 of its 5
        // goals, its shootout and its former names' teams.
        _store.Import(SampleDataset.Default, "good");
        var results = SampleDataset.Default.Results;
        var folder = (SampleDataset.Default with { Results = [results[0], results[1], results[2], results[4]] }).WriteTo(_store.CreateFolder("three"));

        var report = _store.Importer.Import(folder);

        Assert.Equal(3, report.MatchesStored);
    }

    [Fact]
    public void Import_StorePathIsADirectory_ThrowsNamingIt()
    {
        Directory.CreateDirectory(_store.DatabasePath);

        var error = Assert.Throws<HistoryStoreException>(() => _store.Import(SampleDataset.Default));

        Assert.Equal((StoreFault.Directory, _store.DatabasePath), (error.Fault, error.StorePath));
    }

    [Fact]
    public void Import_StoreIsATextFile_ThrowsNotADatabase()
    {
        File.WriteAllText(_store.DatabasePath, "hello\n");

        var error = Assert.Throws<HistoryStoreException>(() => _store.Import(SampleDataset.Default));

        Assert.Equal(StoreFault.NotADatabase, error.Fault);
        Assert.StartsWith($"history store {_store.DatabasePath}: not a SQLite database: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_StoreIsATextFileWithReplace_RebuildsIt()
    {
        File.WriteAllText(_store.DatabasePath, "hello\n");

        var report = _store.Importer.Import(SampleDataset.Default.WriteTo(_store.CreateFolder("good")), ImportMode.Replace);

        Assert.Equal((5, 5), (report.MatchesStored, _store.Store.Counts().Matches));
    }

    [Theory]
    [InlineData(8, StoreFault.Inaccessible)]
    [InlineData(14, StoreFault.Inaccessible)]
    [InlineData(11, StoreFault.Corrupted)]
    [InlineData(26, StoreFault.NotADatabase)]
    [InlineData(5, StoreFault.Busy)]
    [InlineData(13, StoreFault.Disk)]
    public void Translate_SqliteErrorCode_GivesItsFault(int code, StoreFault fault)
    {
        // SQLite primary result codes: 8 READONLY, 14 CANTOPEN, 11 CORRUPT, 26 NOTADB, 5 BUSY, 13 FULL (sqlite.org/rescode.html).
        var error = HistoryStoreFaults.Translate(new Microsoft.Data.Sqlite.SqliteException("sqlite", code), "/data/history.db");

        Assert.Equal(fault, error?.Fault);
        Assert.StartsWith("history store /data/history.db: ", error?.Message, StringComparison.Ordinal);
    }
}
