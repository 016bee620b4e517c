using System.Collections.Immutable;
using Qualify.Domain.Competitions;
using Qualify.Domain.Standings;

namespace Qualify.Simulation.Tests;

/// <summary>
/// The alias tables the simulator draws scores from (<see cref="AliasEntry"/>): padded to a power of two, they must give
/// every score its probability, a draw must keep or leave a cell exactly where the cell's 32-bit threshold says, and the
/// hot loop's split of each 64-bit number into two fixtures' 32 bits must draw from them without bias.
/// </summary>
public sealed class AliasTableTests
{
    [Theory]
    [InlineData(3, 16)] // 16 scores, no padding
    [InlineData(10, 128)] // 121 scores (0-0 … 10-10) padded to 128 cells
    [InlineData(10, 256)] // the same, padded further
    public void Build_PaddedTable_ImpliedProbabilitiesEqualTheDistribution(int maxGoals, int size)
    {
        var probabilities = RandomProbabilities(new Random(maxGoals + size), (maxGoals + 1) * (maxGoals + 1));

        var table = AliasEntry.Build(Cumulative(probabilities), size);

        // Walker/Vose: a cell is picked with probability 1/size, then keeps its own score with probability
        // threshold / 2^(32-k) and gives its alias otherwise; summing over the cells must give back each score's
        // probability (up to the threshold's rounding, 2^-(32-k) per cell).
        var k = int.Log2(size);
        var implied = new double[size];
        for (var cell = 0; cell < size; cell++)
        {
            var own = table[cell].OwnShare(cell, k);
            implied[cell] += own / size;
            implied[table[cell].Alias(k)] += (1 - own) / size;
        }

        Assert.All(Enumerable.Range(0, probabilities.Length), i => Assert.Equal(probabilities[i], implied[i], 1e-9));
    }

    [Fact]
    public void Build_PaddingCells_NeverKeepTheirOwnScore()
    {
        var table = AliasEntry.Build(Cumulative(RandomProbabilities(new Random(1), 121)), 128);

        Assert.All(Enumerable.Range(121, 7), cell => Assert.Equal(0, table[cell].OwnShare(cell, 7)));
    }

    [Fact]
    public void Build_SizeNotAPowerOfTwo_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AliasEntry.Build(Cumulative(RandomProbabilities(new Random(1), 121)), 121));
    }

    [Theory]
    [InlineData(10, 128)]
    [InlineData(3, 16)]
    [InlineData(19, 512)]
    public void Pick_EveryCellAtItsThresholdEdges_SameDrawAsTheUnroundedThreshold(int maxGoals, int size)
    {
        // The packed threshold is rounded up to the resolution of the bits compared with it (2^-(32-k)): the draw must
        // be the one a comparison with the cell's own 32-bit threshold round(p * 2^32) gives, for the bits just below
        // and at that threshold, where a rounding error would show.
        var cumulative = Cumulative(RandomProbabilities(new Random(maxGoals), (maxGoals + 1) * (maxGoals + 1)));
        var table = AliasEntry.Build(cumulative, size);
        var k = int.Log2(size);
        var shift = 32 - k;
        var (shares, aliases) = AliasEntry.Vose(cumulative, size);

        for (var cell = 0; cell < size; cell++)
        {
            var threshold = (ulong)Math.Min(Math.Round(shares[cell] * 4294967296.0), uint.MaxValue);
            var lowBits = threshold >> k; // the first x with x * 2^k >= threshold, or the one below it
            foreach (var x in new[] { lowBits - 1, lowBits, lowBits + 1 }.Where(x => x < 1UL << shift))
            {
                var bits = (uint)(((ulong)cell << shift) | x);
                var expected = (x << k) < threshold ? cell : aliases[cell];
                Assert.Equal(expected, AliasEntry.Pick(ref table[0], bits, shift));
            }
        }
    }

    [Fact]
    public void Run_TwoFixturesOneDraw_EachFixtureAtItsWinProbability()
    {
        // Two teams, A at home then away: the first fixture draws from the high 32 bits of a 64-bit number, the second
        // from the low 32. A finishes on 6 points only by winning both, so P(6) = P(home win) × P(away side wins) for
        // independent halves: with the distributions below, 0.5 × 0.3 = 0.15 exactly.
        var group = new CompiledGroup(["A", "B"], PointsScheme.ThreeOneZero, TieBreakerPresets.Concacaf2022,
            ImmutableDictionary<string, int>.Empty, ImmutableDictionary<string, int>.Empty, lotsSeed: 1);

        // Scores 0-0, 0-1, 1-0, 1-1 (row-major): home win 1-0 only.
        double[] first = Cumulative([0.2, 0.2, 0.5, 0.1]);
        double[] second = Cumulative([0.3, 0.3, 0.3, 0.1]); // B at home: A (away) wins with 0-1 only, 0.3
        var simulator = new GroupSimulator(group, [], [new SimulatedFixture(0, 1, first, 1), new SimulatedFixture(1, 0, second, 1)]);
        const int Simulations = 1_000_000;

        var counts = simulator.Run(Simulations, seed: 2021, maxThreads: 1);

        // Binomial standard error √(0.15 × 0.85 / 10⁶) ≈ 0.000357: the frequency must lie within 5 of them.
        var frequency = counts.PointsCounts[0][6 + counts.PointsOffset] / (double)Simulations;
        Assert.InRange(frequency, 0.15 - (5 * 0.000357), 0.15 + (5 * 0.000357));
    }

    [Fact]
    public void Run_FixturesOfDifferentGoalBounds_EachDrawsItsOwnScores()
    {
        // A lopsided pairing's distribution reaches further than the others' (each bound has its own score table): the
        // second fixture's only away win is 0-2, a cell that exists only at a bound of 2 goals, at probability 0.3. A
        // finishes on 6 points only by winning both: 0.5 × 0.3 = 0.15, as in the test above.
        var group = new CompiledGroup(["A", "B"], PointsScheme.ThreeOneZero, TieBreakerPresets.Concacaf2022,
            ImmutableDictionary<string, int>.Empty, ImmutableDictionary<string, int>.Empty, lotsSeed: 1);
        double[] first = Cumulative([0.2, 0.2, 0.5, 0.1]); // bound 1: home win 1-0 only, 0.5
        double[] second = Cumulative([0, 0, 0.3, 0, 0, 0, 0.7, 0, 0]); // bound 2, B at home: 0-2 (0.3) or 2-0 (0.7)
        var simulator = new GroupSimulator(group, [], [new SimulatedFixture(0, 1, first, 1), new SimulatedFixture(1, 0, second, 2)]);
        const int Simulations = 1_000_000;

        var counts = simulator.Run(Simulations, seed: 2021, maxThreads: 1);

        var frequency = counts.PointsCounts[0][6 + counts.PointsOffset] / (double)Simulations;
        Assert.InRange(frequency, 0.15 - (5 * 0.000357), 0.15 + (5 * 0.000357));
    }

    private static double[] RandomProbabilities(Random random, int count)
    {
        var weights = Enumerable.Range(0, count).Select(i => random.NextDouble() * (i % 7 == 0 ? 0.01 : 1)).ToArray();
        var sum = weights.Sum();
        return [.. weights.Select(w => w / sum)];
    }

    private static double[] Cumulative(double[] probabilities)
    {
        var cumulative = new double[probabilities.Length];
        var total = 0.0;
        for (var i = 0; i < probabilities.Length; i++)
        {
            total += probabilities[i];
            cumulative[i] = total;
        }

        cumulative[^1] = 1;
        return cumulative;
    }
}
