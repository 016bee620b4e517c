using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Qualify.Application;
using Qualify.Storage;
using Qualify.Storage.Import;
using Qualify.Testing;

namespace Qualify.Benchmarks;

/// <summary>
/// <c>scenarios --next</c> over a whole competition through the application service (<see cref="ScenarioService.AnalyseNext"/>,
/// groups in parallel as in the command, start-up excluded), on the full dataset imported into a temporary store:
/// world-cup-2026 after its first matchday (twelve groups of four, every group's second matchday) and caf-2026 before its
/// fifth (nine groups of six, three matches on the matchday and twelve after it). Target (issue #13): under 3 s.
/// </summary>
[MemoryDiagnoser]
public class NextMatchdayCompetitionBenchmarks
{
    private TemporaryFolder folder = null!;
    private ScenarioService service = null!;

    /// <summary>The competition and date, "id@yyyy-MM-dd".</summary>
    [Params("world-cup-2026@2026-06-18", "caf-2026@2025-03-21")]
    public string Case { get; set; } = "world-cup-2026@2026-06-18";

    [GlobalSetup]
    public void Setup()
    {
        folder = TestPaths.CreateTemporaryFolder();
        var database = folder.File("history.db");
        new HistoryImporter(HistoryDbContextFactory.ForSqliteFile(database)).Import(TestPaths.DatasetFolder);
        var history = new StoreHistorySource(database, _ => null);
        var catalog = CompetitionCatalog.FromFolders([TestPaths.CompetitionsFolder]);
        service = new ScenarioService(catalog, new TableService(catalog, history));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        SqliteConnection.ClearAllPools();
        folder.Dispose();
    }

    [Benchmark]
    public NextMatchdayReport AllGroups()
    {
        var (competition, date) = (Case.Split('@')[0], DateOnly.Parse(Case.Split('@')[1], System.Globalization.CultureInfo.InvariantCulture));
        return service.AnalyseNext(new ScenarioRequest(competition, date, null));
    }
}
