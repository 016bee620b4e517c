using BenchmarkDotNet.Attributes;
using Qualify.Application;
using Qualify.Domain.Competitions;
using Qualify.Domain.History;
using Qualify.Simulation;

namespace Qualify.Benchmarks;

/// <summary>
/// The stage-by-stage forecaster (<see cref="StageForecaster"/>) on caf-2026 as of its first round's halfway point
/// (2025-03-25): nine groups, the ranking of the best runners-up with its discard rule, and the play-off (two
/// semi-finals and a final, extra time and penalties). Scorelines from Elo-Poisson fitted on the full dataset imported
/// into a temporary store. Each operation is one simulation (OperationsPerInvoke), so the mean is the time per
/// simulation; <see cref="SimulatedMatches"/> is the number of group matches each simulation plays, to compare the rate
/// of simulated matches per second with <see cref="SimulatorBenchmarks"/> (the Octagon: 24 per simulation).
/// Target (issue #13): at least half the Octagon's rate of simulated matches per second.
/// </summary>
[MemoryDiagnoser]
public class StageSimulatorBenchmarks
{
    private const int Simulations = 100_000;
    private const int LoopChunks = 100;
    private static readonly DateOnly AsOf = new(2025, 3, 25);
    private ImportedStore store = null!;
    private ForecastRequest request = null!;
    private StagePlan plan = null!;
    private StageWorker worker = null!;

    /// <summary>The group matches each simulation draws (ties come on top).</summary>
    public int SimulatedMatches { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        store = new ImportedStore();
        var history = store.History;
        var caf = store.Catalog.Find("caf-2026");
        var matches = new TableService(store.Catalog, history).MatchesOf(caf);
        var model = EloPoissonFitter.Instance.Fit(history.LoadMatches(new MatchQuery { To = AsOf, InFileOrder = true }), AsOf);
        request = new ForecastRequest(caf, matches, AsOf, model.Predict, Simulations, 1);
        SimulatedMatches = caf.Stages[0].Groups.Sum(g => GroupProgress.Of(caf, caf.Stages[0], g, matches.OfGroup(caf.Stages[0], g), AsOf).Remaining.Length);
        Console.WriteLine($"// caf-2026 as of {AsOf:yyyy-MM-dd}: {SimulatedMatches} group matches per simulation");
        plan = StagePlanBuilder.Build(request);
        worker = new StageWorker(plan);
    }

    [GlobalCleanup]
    public void Cleanup() => store.Dispose();

    /// <summary>100,000 simulations on every core, the plan (pairings' distributions) included.</summary>
    [Benchmark(OperationsPerInvoke = Simulations)]
    public long AllCores() => StageForecaster.Forecast(request).Simulations;

    /// <summary>The plan alone (tables at the date, every group's and pairing's distribution), once per forecast.</summary>
    [Benchmark]
    public int Plan() => StagePlanBuilder.Build(request).Teams.Length;

    /// <summary>
    /// The simulation loop alone on one core, the plan built once beforehand: 102,400 simulations (100 chunks) per
    /// invocation, the rate to compare with <see cref="SimulatorBenchmarks"/>' one-core figure.
    /// </summary>
    [Benchmark(OperationsPerInvoke = LoopChunks * StageForecaster.ChunkSize)]
    public long LoopOneCore()
    {
        for (var c = 0; c < LoopChunks; c++)
        {
            worker.RunChunk(1, (ulong)c, StageForecaster.ChunkSize);
        }

        return worker.Destinations[0];
    }

    /// <summary>100,000 simulations on one core.</summary>
    [Benchmark(OperationsPerInvoke = Simulations)]
    public long OneCore() => StageForecaster.Forecast(request with { MaxThreads = 1 }).Simulations;
}
