using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Qualify.Testing;
using Xunit.Abstractions;

namespace Qualify.Cli.Tests.Import;

/// <summary>
/// kill -9 during an import (issue 11): the built CLI imports the real dataset's matches before 1990 (its first 16,000
/// or so, with their goals, shoot-outs and former names: an import of the same kind, a third of the time) over a store
/// holding <see cref="SmallDataset"/> and is killed at 10 points, from its start-up to the end of its write
/// transaction. After each kill the store passes SQLite's integrity check and holds exactly what it held before the
/// import or what a complete import leaves.
/// </summary>
public sealed class ImportKillTests : IDisposable
{
    private const int Points = 10;
    private readonly TemporaryFolder _folder = TestPaths.CreateTemporaryFolder();
    private readonly Lazy<string> _dataset;

    public ImportKillTests(ITestOutputHelper output)
    {
        _output = output;
        _dataset = new Lazy<string>(() => WriteDatasetBefore(new DateOnly(1990, 1, 1), Folder("dataset")));
    }

    private readonly ITestOutputHelper _output;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    [Fact]
    public void Import_KilledAtTenPoints_LeavesTheStoreAsBeforeOrAfter()
    {
        var before = _folder.File("before.db");
        Assert.Equal(0, CliRunner.Run(new Dictionary<string, string> { ["QUALIFY_DB"] = before }, "import", SmallDataset.WriteTo(Folder("small"))).ExitCode);
        SqliteConnection.ClearAllPools();
        var beforeDigest = Digest(before);

        // An import run to its end: the "after" state, and when its writes start (the write-ahead log grows).
        var complete = Copy(before, "complete.db");
        var baseline = Run(complete, killAt: null);
        Assert.True(baseline.ExitCode == 0, "the uninterrupted import failed");
        var afterDigest = Digest(complete);
        Assert.NotEqual(beforeDigest, afterDigest);

        var landed = new List<string>();
        for (var point = 0; point < Points; point++)
        {
            var store = Copy(before, string.Create(CultureInfo.InvariantCulture, $"killed-{point}.db"));
            var run = Run(store, KillPointOf(point, baseline));
            var digest = Digest(store);
            var state = digest == beforeDigest ? "before" : digest == afterDigest ? "after" : "neither";
            var phase = run.ExitCode is not null ? "exited" : run.WalBytesAtKill > 0 ? "writing" : "not writing";
            landed.Add($"kill {point}: at {run.KilledAfter.TotalMilliseconds:F0} ms ({phase}, WAL {run.WalBytesAtKill:N0} bytes) -> store {state}");
            Assert.True(state != "neither", landed[^1]);
        }

        foreach (var line in landed)
        {
            _output.WriteLine(line);
        }
    }

    /// <summary>
    /// Points 0 and 1 during start-up and reading (before any write); 2 to 9 spread over the write transaction, from
    /// the first write to the end of the uninterrupted run.
    /// </summary>
    private static KillPoint KillPointOf(int point, RunResult baseline)
    {
        if (point < 2)
        {
            return new KillPoint(AfterStart: baseline.FirstWrite * (0.3 + (0.4 * point)), AfterFirstWrite: null);
        }

        var writing = baseline.Elapsed - baseline.FirstWrite;
        return new KillPoint(AfterStart: null, AfterFirstWrite: writing * ((point - 2) / 8.0));
    }

    private RunResult Run(string store, KillPoint? killAt)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "qualify.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in (string[])["exec", cli, "import", _dataset.Value, "--db", store])
        {
            start.ArgumentList.Add(argument);
        }

        var wal = store + "-wal";
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        TimeSpan? firstWrite = null;
        while (!process.HasExited)
        {
            if (firstWrite is null && WalBytes(wal) > 0)
            {
                firstWrite = clock.Elapsed;
            }

            if (killAt is { } k && ((k.AfterStart is { } s && clock.Elapsed >= s) || (k.AfterFirstWrite is { } w && firstWrite is { } f && clock.Elapsed >= f + w)))
            {
                var walBytes = WalBytes(wal);
                process.Kill();
                process.WaitForExit();
                return new RunResult(null, clock.Elapsed, firstWrite ?? TimeSpan.Zero, clock.Elapsed, walBytes);
            }

            Thread.Sleep(1);
        }

        process.WaitForExit();
        return new RunResult(process.ExitCode, clock.Elapsed, firstWrite ?? clock.Elapsed, clock.Elapsed, WalBytes(wal));
    }

    private static long WalBytes(string wal)
    {
        try
        {
            return File.Exists(wal) ? new FileInfo(wal).Length : 0;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    /// <summary>
    /// Checks the store's integrity and hashes its contents: every row of every table but the import log's timings
    /// (the log's row count is hashed instead).
    /// </summary>
    private static string Digest(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        Assert.Equal("ok", Scalar(connection, "PRAGMA integrity_check"));
        var text = new StringBuilder();
        text.Append("import_runs ").Append(Scalar(connection, "SELECT COUNT(*) FROM import_runs")).Append('\n');
        foreach (var table in (string[])["teams", "matches", "goals", "former_names", "records_snapshots"])
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT * FROM " + table + " ORDER BY rowid";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    text.Append(reader.IsDBNull(i) ? "∅" : reader.GetValue(i) is byte[] bytes ? Convert.ToHexString(SHA256.HashData(bytes)) : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)).Append('|');
                }

                text.Append('\n');
            }
        }

        connection.Close();
        SqliteConnection.ClearPool(connection);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static string? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private string Copy(string from, string name)
    {
        var path = _folder.File(name);
        File.Copy(from, path);
        return path;
    }

    private string Folder(string name) => Directory.CreateDirectory(_folder.File(name)).FullName;

    /// <summary>
    /// Writes the real dataset's rows dated before <paramref name="cutoff"/> into <paramref name="folder"/>: results,
    /// goals and shoot-outs by their date (the first column), and the former names of the teams that still play.
    /// </summary>
    private static string WriteDatasetBefore(DateOnly cutoff, string folder)
    {
        var before = cutoff.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var teams = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in (string[])["results.csv", "goalscorers.csv", "shootouts.csv"])
        {
            var lines = File.ReadLines(Path.Combine(TestPaths.DatasetFolder, file)).ToList();
            var kept = lines.Skip(1).Where(l => string.CompareOrdinal(l, 0, before, 0, 10) < 0).ToList();
            if (file == "results.csv")
            {
                teams.UnionWith(kept.SelectMany(l => l.Split(',').Skip(1).Take(2)));
            }

            File.WriteAllLines(Path.Combine(folder, file), kept.Prepend(lines[0]));
        }

        var names = File.ReadLines(Path.Combine(TestPaths.DatasetFolder, "former_names.csv")).ToList();
        File.WriteAllLines(Path.Combine(folder, "former_names.csv"), names.Skip(1).Where(l => teams.Contains(l.Split(',')[0])).Prepend(names[0]));
        return folder;
    }

    private sealed record KillPoint(TimeSpan? AfterStart, TimeSpan? AfterFirstWrite);

    private sealed record RunResult(int? ExitCode, TimeSpan Elapsed, TimeSpan FirstWrite, TimeSpan KilledAfter, long WalBytesAtKill);
}
