using BenchmarkDotNet.Attributes;
using Qualify.Application;

namespace Qualify.Benchmarks;

/// <summary>
/// <c>scenarios --next</c> over a whole competition through the application service (<see cref="ScenarioService.AnalyseNext"/>,
/// groups in parallel as in the command, start-up excluded), on the full dataset imported into a temporary store:
/// world-cup-2026 after its first matchday (twelve groups of four, every group's second matchday), caf-2026 before its
/// fifth (nine groups of six, three matches on the matchday and twelve after it) and conmebol-2026 before its thirteenth
/// (one group of ten, five matches on the matchday and 25 after it; the slowest date of every definition before the
/// overall criteria ranked results alone). Target (issue #13): under 3 s.
/// </summary>
[MemoryDiagnoser]
public class NextMatchdayCompetitionBenchmarks : ScenarioServiceBenchmark
{
    /// <summary>The competition and date, "id@yyyy-MM-dd".</summary>
    [Params("world-cup-2026@2026-06-18", "caf-2026@2025-03-21", "conmebol-2026@2025-03-19")]
    public string Case { get; set; } = "world-cup-2026@2026-06-18";

    [Benchmark]
    public NextMatchdayReport AllGroups()
    {
        var (competition, date) = (Case.Split('@')[0], DateOnly.Parse(Case.Split('@')[1], System.Globalization.CultureInfo.InvariantCulture));
        return Service.AnalyseNext(new ScenarioRequest(competition, date, null));
    }
}
