using BenchmarkDotNet.Attributes;
using Qualify.Domain.Competitions;
using Qualify.Scenarios;
using Qualify.Testing;

namespace Qualify.Benchmarks;

/// <summary>Exact scenarios of all 8 Octagon teams (best/worst position and every slot, with the 4x goal-bound recheck).</summary>
[MemoryDiagnoser]
public class ScenarioBenchmarks
{
    private ScenarioProblem _problem = null!;

    /// <summary>The as-of date: the last matchday, the tightest mid-season date, and the season's start.</summary>
    [Params("2022-03-28", "2022-01-30", "2021-11-17")]
    public string AsOf { get; set; } = "2022-03-28";

    [GlobalSetup]
    public void Setup()
    {
        var definition = CompetitionDefinitionReader.ReadFile(Path.Combine(TestPaths.CompetitionsFolder, "concacaf-2022.json"));
        _problem = ScenarioProblem.FromCompetition(definition, g => g.Fixtures, DateOnly.Parse(AsOf, System.Globalization.CultureInfo.InvariantCulture)).Single();
    }

    [Benchmark]
    public GroupScenarios AllTeams() => ScenarioAnalyzer.Analyse(_problem);
}
