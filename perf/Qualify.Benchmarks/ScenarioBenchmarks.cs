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

    /// <summary>The as-of date: every state of the Octagon, before the first matchday and after each of the first 13.</summary>
    [Params("2021-09-01", "2021-09-02", "2021-09-05", "2021-09-08", "2021-10-07", "2021-10-10", "2021-10-13",
        "2021-11-12", "2021-11-17", "2022-01-27", "2022-01-30", "2022-02-02", "2022-03-24", "2022-03-28")]
    public string AsOf { get; set; } = "2022-03-28";

    [GlobalSetup]
    public void Setup()
    {
        var definition = CompetitionDefinitionReader.ReadFile(Path.Combine(TestPaths.CompetitionsFolder, "concacaf-2022.json"));
        _problem = ScenarioProblem.FromCompetition(definition, DefinitionMatches.Instance, DateOnly.Parse(AsOf, System.Globalization.CultureInfo.InvariantCulture)).Single();
    }

    [Benchmark]
    public GroupScenarios AllTeams() => ScenarioAnalyzer.Analyse(_problem);
}
