using BenchmarkDotNet.Attributes;
using Qualify.Domain.Matches;
using Qualify.Ratings;
using Qualify.Testing;

namespace Qualify.Benchmarks;

/// <summary>
/// World Football Elo over the full history held in memory: every played match of results.csv (49,520 rows; the
/// duplicated 1974 Tahiti v New Caledonia row included as read). Target: under 30 ms.
/// </summary>
[MemoryDiagnoser]
public class EloBenchmarks
{
    private List<Match> matches = [];

    [GlobalSetup]
    public void Setup() => matches = [.. DatasetResults.All.Where(m => m.IsPlayed).OrderBy(m => m.Date)];

    /// <summary>The full-history run.</summary>
    [Benchmark]
    public double FullHistory() => RatingRun.Compute(WorldFootballElo.Instance, matches).RatingOf("Brazil");
}
