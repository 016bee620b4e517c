using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Qualify.Domain.Competitions;
using Qualify.Models;
using Qualify.Simulation;
using Qualify.Testing;

namespace Qualify.Benchmarks;

/// <summary>
/// The Octagon as of 2021-11-17: 32 results counted, 24 matches simulated, every table ranked with the full
/// concacaf-2022 chain (head-to-head, away goals, lots). Scorelines from the built-in Elo-Poisson fallback. Each
/// operation is one simulation (OperationsPerInvoke), so the mean is the time per simulation and the allocation column
/// is bytes per simulation. Target: at least 5,000,000 simulations per second on 2 cores, no allocation.
/// </summary>
[MemoryDiagnoser]
public class SimulatorBenchmarks
{
    private const int Simulations = 1_000_000;
    private GroupSimulator simulator = null!;

    [GlobalSetup]
    public void Setup()
    {
        var octagon = CompetitionDefinitionReader.ReadFile(Path.Combine(TestPaths.CompetitionsFolder, "concacaf-2022.json"));
        var group = octagon.Stages[0].Groups[0];
        var asOf = new DateOnly(2021, 11, 17);
        var counted = CompetitionTableBuilder.CountedMatches(octagon, group.Fixtures, asOf);
        var remaining = group.Fixtures.Where(f => f.Date > asOf).ToList();
        var index = group.Teams.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i);
        var fallback = octagon.Fallback!;
        var c = fallback.EloPoisson;
        var model = EloPoissonGoalModel.FromCoefficients(c.Intercept, c.RatingSlope, c.HomeAdvantage, c.AwayVenueEffect);
        var compiled = new CompiledGroup(group.Teams, octagon.Points, octagon.TieBreakers,
            ImmutableDictionary<string, int>.Empty, ImmutableDictionary<string, int>.Empty, octagon.LotsSeed);
        simulator = new GroupSimulator(
            compiled,
            counted.Select(m => (index[m.Home], index[m.Away], m.Score!.Value.Home, m.Score!.Value.Away)),
            [.. remaining.Select(m =>
            {
                var d = model.Predict(fallback.Elo[m.Home] - fallback.Elo[m.Away], m.Neutral);
                return new SimulatedFixture(index[m.Home], index[m.Away], d.CumulativeProbabilities.ToArray(), d.MaxGoals);
            })]);
    }

    /// <summary>One million simulations on every core.</summary>
    [Benchmark(OperationsPerInvoke = Simulations)]
    public long AllCores() => simulator.Run(Simulations, 1).PositionCounts[0][0];

    /// <summary>One million simulations on one core.</summary>
    [Benchmark(OperationsPerInvoke = Simulations)]
    public long OneCore() => simulator.Run(Simulations, 1, maxThreads: 1).PositionCounts[0][0];
}
