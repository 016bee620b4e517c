namespace Qualify.Simulation;

/// <summary>
/// One cell of a fixture's alias table (Walker's alias method in Vose's numerically stable form: Vose, "A linear
/// algorithm for generating random numbers with a given distribution", IEEE TSE 17(9), 1991). A uniform 32-bit
/// fraction below <see cref="Threshold"/> (the cell's own share scaled to 2³²) keeps <see cref="Own"/>, otherwise the
/// draw is <see cref="Alias"/>. Both name a score as the table's builder maps it (an index into the group simulator's score
/// table; for <see cref="ScoreSampler"/>, home goals × 256 + away goals). A cell whose own share is whole
/// is its own alias, so its threshold need not reach 2³². Eight bytes, so that a fixture's table of 121 scores (padded
/// to 128 cells) fits in 1 KB.
/// </summary>
internal readonly record struct AliasEntry(uint Threshold, ushort Own, ushort Alias)
{
    /// <summary>
    /// Builds a fixture's table from its cumulative score probabilities, padded with cells of probability zero to
    /// <paramref name="size"/> cells (a power of two, so that a cell is picked by the top bits of a uniform number,
    /// exactly). Cell i below the scores' count stands for the score (i / (G+1), i mod (G+1));
    /// <paramref name="toScoreIndex"/> maps it to the simulator's score table. A padding cell's own share is zero: its
    /// threshold is 0, so a draw that lands on it always takes its alias.
    /// </summary>
    public static AliasEntry[] Build(double[] cumulative, int size, Func<int, ushort> toScoreIndex)
    {
        var n = size;
        if (n < cumulative.Length || !int.IsPow2(n))
        {
            throw new ArgumentOutOfRangeException(nameof(size), size, $"a power of two of at least {cumulative.Length} cells is needed");
        }

        var scaled = new double[n];
        for (var i = 0; i < cumulative.Length; i++)
        {
            scaled[i] = (cumulative[i] - (i == 0 ? 0 : cumulative[i - 1])) * n;
        }

        var threshold = new double[n];
        var alias = new int[n];
        var small = new Stack<int>();
        var large = new Stack<int>();
        for (var i = 0; i < n; i++)
        {
            (scaled[i] < 1 ? small : large).Push(i);
        }

        while (small.Count > 0 && large.Count > 0)
        {
            var s = small.Pop();
            var l = large.Pop();
            threshold[s] = scaled[s];
            alias[s] = l;
            scaled[l] = scaled[l] + scaled[s] - 1;
            (scaled[l] < 1 ? small : large).Push(l);
        }

        // Leftovers are 1 up to rounding (Vose, section III).
        foreach (var rest in large.Concat(small))
        {
            threshold[rest] = 1;
            alias[rest] = rest;
        }

        // A padding cell's own score is never drawn (threshold 0); it names score 0 only to stay a valid index.
        ushort ScoreOf(int cell) => cell < cumulative.Length ? toScoreIndex(cell) : toScoreIndex(0);
        return [.. Enumerable.Range(0, n).Select(i =>
            new AliasEntry((uint)Math.Min(Math.Round(Math.Clamp(threshold[i], 0, 1) * 4294967296.0), uint.MaxValue), ScoreOf(i), ScoreOf(alias[i])))];
    }
}
