using BenchmarkDotNet.Attributes;
using Qualify.Application;

namespace Qualify.Benchmarks;

/// <summary>
/// <c>qualify scenarios caf-2026</c> through <see cref="ScenarioService"/>: the nine groups (in parallel) and the ranking of
/// the best runners-up (<see cref="Scenarios.RankingAnalyzer"/>, results against the sixth-placed team discarded), on the
/// full dataset imported into a temporary store. Target (issue #13, Deliver 4): about 1 s per group of six.
/// </summary>
[MemoryDiagnoser]
public class RankingScenarioBenchmarks : ScenarioServiceBenchmark
{
    /// <summary>Halfway through the groups, and two matchdays from the end.</summary>
    [Params("2025-03-25", "2025-09-10")]
    public string AsOf { get; set; } = "2025-09-10";

    [Benchmark]
    public ScenarioReport Caf2026() =>
        Service.Analyse(new ScenarioRequest("caf-2026", DateOnly.Parse(AsOf, System.Globalization.CultureInfo.InvariantCulture), null));
}
