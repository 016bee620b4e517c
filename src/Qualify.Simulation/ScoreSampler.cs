using System.Numerics;
using Qualify.Models;

namespace Qualify.Simulation;

/// <summary>
/// Scoreline distributions prepared for drawing, each as an alias table (<see cref="AliasEntry"/>) in one flat array:
/// a draw takes 64 uniform bits and gives the home and away goals. Built once before the simulations, then shared
/// read-only by every thread.
/// </summary>
internal sealed class ScoreSampler
{
    private readonly List<AliasEntry> _building = [];
    private readonly List<(int Start, int Shift)> _tables = [];
    private AliasEntry[] _alias = [];
    private (int Start, int Shift)[] _frozen = [];

    /// <summary>The number of distributions added.</summary>
    public int Count => _tables.Count;

    /// <summary>Adds a distribution; returns its index.</summary>
    public int Add(ScorelineDistribution distribution)
    {
        var cumulative = distribution.CumulativeProbabilities.ToArray();
        var stride = distribution.MaxGoals + 1;
        if (stride > 256)
        {
            throw new ArgumentException($"the sampler packs goals in 8 bits; the distribution allows {distribution.MaxGoals} goals", nameof(distribution));
        }

        var size = Math.Max(2, (int)BitOperations.RoundUpToPowerOf2((uint)cumulative.Length));
        _tables.Add((_building.Count, 32 - BitOperations.Log2((uint)size)));

        // Each cell names its score as home goals × 256 + away goals, so that a draw divides nothing.
        _building.AddRange(AliasEntry.Build(cumulative, size, cell => (ushort)(((cell / stride) << 8) | (cell % stride))));
        return _tables.Count - 1;
    }

    /// <summary>Ends the building: the tables become read-only arrays.</summary>
    public void Freeze()
    {
        _alias = [.. _building];
        _frozen = [.. _tables];
    }

    /// <summary>Draws a score of distribution <paramref name="table"/> from the top 32 bits of <paramref name="bits"/>.</summary>
    public (int Home, int Away) Draw(int table, ulong bits)
    {
        var (start, shift) = _frozen[table];
        var u = (uint)(bits >> 32);
        var entry = _alias[start + (int)(u >> shift)];
        int score = (u << (32 - shift)) < entry.Threshold ? entry.Own : entry.Alias;
        return (score >> 8, score & 0xFF);
    }
}
