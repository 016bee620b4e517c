using Qualify.Domain.History;
using Qualify.Testing;

namespace Qualify.Storage.Tests;

/// <summary>Importing <see cref="SampleDataset.Default"/>; every expected number is counted from its rows.</summary>
public abstract class HistoryImporterSampleTests(StoreEngine provider) : IDisposable
{
    private readonly TestStore _store = new(provider);

    public void Dispose() => _store.Dispose();

    [Fact]
    public void Import_SampleDataset_CountsRowsReadPerFile()
    {
        var report = _store.Import(SampleDataset.Default);

        // SampleDataset: 6 result rows, 6 goal rows, 2 shootout rows, 2 former-name rows (headers excluded).
        Assert.Equal((6, 6, 2, 2), (report.ResultRowsRead, report.GoalRowsRead, report.ShootoutRowsRead, report.FormerNameRowsRead));
    }

    [Fact]
    public void Import_SampleDataset_StoresEachFileLessSkippedRows()
    {
        var report = _store.Import(SampleDataset.Default);

        // 6 results less 1 duplicate; 6 goals less 1 orphan; 2 shootouts less 1 orphan; 2 former names.
        Assert.Equal((5, 5, 1, 2), (report.MatchesStored, report.GoalsStored, report.ShootoutsStored, report.FormerNamesStored));
        Assert.Equal(new HistoryCounts(Teams: 10, Matches: 5, Goals: 5, Shootouts: 1, FormerNames: 2, ImportRuns: 1), _store.Store.Counts());
    }

    [Fact]
    public void Import_SampleDataset_StoresTeamsOfResults()
    {
        _store.Import(SampleDataset.Default);

        // The 10 teams of the stored results (a former name must belong to one of them).
        string[] expected =
            ["Argentina", "Canada", "China", "Colombia", "Costa Rica", "Ethiopia", "Ghana", "Honduras", "Mexico", "United States"];
        Assert.Equal(expected, _store.Store.LoadTeams());
    }

    [Fact]
    public void Import_DuplicateMatchKey_KeepsFirstAndReportsSecond()
    {
        var report = _store.Import(SampleDataset.Default);

        // SampleDataset results.csv lines 6 and 7 are both 2021-09-02 Canada v Honduras (1-1, then 2-2).
        var duplicate = Assert.Single(report.Duplicates);
        Assert.Equal(
            "results.csv:7: duplicate of line 6 for 2021-09-02 Canada v Honduras (kept 1-1, skipped 2-2)",
            duplicate.ToString());
        var match = Assert.Single(_store.Store.LoadMatches(new MatchQuery { Teams = ["Canada", "Honduras"] }));
        Assert.Equal(new Domain.Matches.Score(1, 1), match.Score);
    }

    [Fact]
    public void Import_GoalAndShootoutWithoutResult_ReportedAsOrphans()
    {
        var report = _store.Import(SampleDataset.Default);

        // goalscorers.csv line 7 (2021-09-05 United States v Canada) and shootouts.csv line 3 (Saare County) have no result row.
        Assert.Equal(
            ["goalscorers.csv:7: no result for 2021-09-05 United States v Canada", "shootouts.csv:3: no result for 2011-06-29 Saare County v Åland Islands"],
            report.Orphans.Select(o => o.ToString()));
    }

    [Fact]
    public void Import_Twice_GivesSameCounts()
    {
        var first = _store.Import(SampleDataset.Default, "first");
        var countsAfterFirst = _store.Store.Counts();

        var second = _store.Import(SampleDataset.Default, "second");

        // Re-import replaces the dataset tables; only the import log grows (1 → 2 runs).
        Assert.Equal(Summary(first), Summary(second));
        Assert.Equal(countsAfterFirst with { ImportRuns = 2 }, _store.Store.Counts());
    }

    [Fact]
    public void Import_CancelledWhileWriting_LeavesStoreUnchanged()
    {
        _store.Import(SampleDataset.Default, "first");
        var before = _store.Store.Counts();
        using var cancellation = new CancellationTokenSource();

        // Cancel once the old rows are deleted and the teams written, as the matches start.
        var progress = new SynchronousProgress(message =>
        {
            if (message.EndsWith(" matches", StringComparison.Ordinal))
            {
                cancellation.Cancel();
            }
        });
        var folder = SampleDataset.Default.WriteTo(_store.CreateFolder("second"));

        Assert.ThrowsAny<OperationCanceledException>(() => _store.Importer.Import(folder, progress, cancellation.Token));
        Assert.Equal(before, _store.Store.Counts());
    }

    [Fact]
    public void Import_MissingFile_MessageNamesPath()
    {
        var folder = SampleDataset.Default.WriteTo(_store.CreateFolder("dataset"));
        var missing = Path.Combine(folder, "goalscorers.csv");
        File.Delete(missing);

        var error = Assert.Throws<FileNotFoundException>(() => _store.Importer.Import(folder));

        Assert.Equal($"dataset file not found: {missing}", error.Message);
    }

    [Fact]
    public void Import_MissingFolder_MessageNamesPath()
    {
        var folder = Path.Combine(_store.CreateFolder("parent"), "absent");

        var error = Assert.Throws<DirectoryNotFoundException>(() => _store.Importer.Import(folder));

        Assert.Equal($"dataset folder not found: {folder}", error.Message);
    }

    private static string Summary(ImportReport report) =>
        $"{report.TeamsStored} {report.MatchesStored} {report.GoalsStored} {report.ShootoutsStored} {report.FormerNamesStored} " +
        string.Join("; ", report.Duplicates.Concat(report.Orphans));

    /// <summary>Calls back on the reporting thread (<see cref="Progress{T}"/> would post to the thread pool).</summary>
    private sealed class SynchronousProgress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}

/// <summary><see cref="HistoryImporterSampleTests"/> on a SQLite file.</summary>
public sealed class HistoryImporterSampleSqliteTests() : HistoryImporterSampleTests(StoreEngine.Sqlite);

/// <summary><see cref="HistoryImporterSampleTests"/> on a PostgreSQL database.</summary>
public sealed class HistoryImporterSamplePostgreSqlTests() : HistoryImporterSampleTests(StoreEngine.PostgreSql);
