using BenchmarkDotNet.Attributes;
using Qualify.Domain.Competitions;
using Qualify.Scenarios;
using Qualify.Testing;

namespace Qualify.Benchmarks;

/// <summary>
/// <c>scenarios --next</c> for all 8 Octagon teams: every win/draw/loss combination of the next matchday, margins and
/// conditions, with the 4x goal-bound recheck.
/// </summary>
[MemoryDiagnoser]
public class NextMatchdayBenchmarks
{
    private ScenarioProblem _problem = null!;

    /// <summary>The as-of date: before the last matchday, before the one before, and the slowest mid-season date found.</summary>
    [Params("2022-03-28", "2022-03-26", "2022-02-01")]
    public string AsOf { get; set; } = "2022-03-28";

    [GlobalSetup]
    public void Setup()
    {
        var definition = CompetitionDefinitionReader.ReadFile(Path.Combine(TestPaths.CompetitionsFolder, "concacaf-2022.json"));
        _problem = ScenarioProblem.FromCompetition(definition, DefinitionMatches.Instance, DateOnly.Parse(AsOf, System.Globalization.CultureInfo.InvariantCulture)).Single();
    }

    [Benchmark]
    public NextMatchdayScenarios AllTeams() => NextMatchdayAnalyzer.Analyse(_problem);
}
