using System.Diagnostics;
using Qualify.Application;
using Qualify.Domain.History;
using Qualify.Simulation;
using Qualify.Storage;
using Qualify.Testing;

namespace Qualify.Benchmarks;

/// <summary>
/// The stage simulator's loop alone, outside BenchmarkDotNet, to compare two builds run alternately on a loaded
/// machine: <c>loop STORE COMPETITION AS-OF CHUNKS</c> builds the plan of the competition at
/// the date (Elo-Poisson fitted on the store) and runs CHUNKS chunks of <see cref="StageForecaster.ChunkSize"/>
/// simulations on one thread (after a quarter as many to warm up), printing the wall-clock and CPU time per simulation.
/// With <c>--lockstep</c> it runs CHUNKS chunks each time a line arrives on standard input and prints that round's time,
/// so that a coordinator (perf/lockstep.py) can alternate several builds round by round on a noisy machine.
/// </summary>
public static class StageLoopDriver
{
    /// <summary>Runs the loop and prints the time per simulation and a checksum of the counts.</summary>
    public static void Run(string store, string competition, DateOnly asOf, int chunks, bool lockstep = false)
    {
        var history = new StoreHistorySource(store, _ => null);
        var catalog = CompetitionCatalog.FromFolders([TestPaths.CompetitionsFolder]);
        var definition = catalog.Find(competition);
        var matches = new TableService(catalog, history).MatchesOf(definition);
        var model = EloPoissonFitter.Instance.Fit(history.LoadMatches(new MatchQuery { To = asOf, InFileOrder = true }), asOf);
        var request = new ForecastRequest(definition, matches, asOf, model.Predict, chunks * StageForecaster.ChunkSize, 1);
        var plan = StagePlanBuilder.Build(request);
        var warm = new StageWorker(plan);
        for (var c = 0; c < chunks / 4; c++)
        {
            warm.RunChunk(2, (ulong)c, StageForecaster.ChunkSize);
        }

        var worker = new StageWorker(plan);
        if (lockstep)
        {
            Console.WriteLine("ready");
            var next = 0UL;
            while (Console.ReadLine() is not null)
            {
                var started = Stopwatch.GetTimestamp();
                for (var c = 0; c < chunks; c++)
                {
                    worker.RunChunk(1, next++, StageForecaster.ChunkSize);
                }

                Console.WriteLine($"{Stopwatch.GetElapsedTime(started).TotalNanoseconds / (chunks * StageForecaster.ChunkSize):F1}");
            }

            return;
        }

        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        for (var c = 0; c < chunks; c++)
        {
            worker.RunChunk(1, (ulong)c, StageForecaster.ChunkSize);
        }

        var elapsed = clock.Elapsed;
        process.Refresh();
        var cpuElapsed = process.TotalProcessorTime - cpu;
        // A hash of every count in order (FNV-1a over the values), so that any change of an outcome shows.
        var checksum = worker.Destinations.Concat(worker.Plays).Concat(worker.Wins).Concat(worker.Ranks.SelectMany(r => r))
            .Concat(worker.Groups.SelectMany(g => g.PositionCounts.Concat(g.PointsCounts)))
            .Aggregate(14695981039346656037UL, (h, x) => (h ^ (ulong)x) * 1099511628211UL);
        Console.WriteLine($"{competition} {asOf:yyyy-MM-dd}: {chunks * StageForecaster.ChunkSize} simulations, {elapsed.TotalNanoseconds / (chunks * StageForecaster.ChunkSize):F0} ns each (CPU {cpuElapsed.TotalNanoseconds / (chunks * StageForecaster.ChunkSize):F0} ns), checksum {checksum}");
    }
}
