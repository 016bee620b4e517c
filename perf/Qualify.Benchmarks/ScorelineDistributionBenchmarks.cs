using BenchmarkDotNet.Attributes;
using Qualify.Models;

namespace Qualify.Benchmarks;

/// <summary>What a match simulator pays per match: building the scoreline matrix and sampling a score from it.</summary>
[MemoryDiagnoser]
public class ScorelineDistributionBenchmarks
{
    private readonly ScorelineDistribution distribution = ScorelineDistribution.FromDixonColes(1.6, 0.9, -0.05);
    private readonly Random random = new(20211116);

    /// <summary>An 11 × 11 Dixon-Coles matrix with its derived probabilities and cumulative distribution.</summary>
    [Benchmark]
    public ScorelineDistribution FromDixonColes() => ScorelineDistribution.FromDixonColes(1.6, 0.9, -0.05);

    /// <summary>One score by inversion of the cumulative distribution: must not allocate.</summary>
    [Benchmark]
    public int ToScore() => distribution.ToScore(random.NextDouble()).Home;
}
