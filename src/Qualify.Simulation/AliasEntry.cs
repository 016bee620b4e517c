using System.Runtime.CompilerServices;

namespace Qualify.Simulation;

/// <summary>
/// One cell of a distribution's alias table (Walker's alias method in Vose's numerically stable form: Vose, "A linear
/// algorithm for generating random numbers with a given distribution", IEEE TSE 17(9), 1991), in 4 bytes. A table has
/// 2^k cells; a draw's 32 uniform bits pick the cell by their top k bits (<see cref="Pick"/>) and compare the other
/// 32 − k with the cell's threshold: below it, the draw is the cell itself (outcome i is cell i), otherwise the cell's
/// alias. <see cref="Packed"/> holds the threshold in its top 32 − k bits and the alias in its low k bits, so that a
/// table of 121 scores (0-0 … 10-10, padded to 128 cells) takes 512 bytes and a group's tables stay in the first-level
/// cache.
/// </summary>
/// <remarks>
/// The threshold is the cell's own share p scaled to 2³² and rounded, T = round(p · 2³²), then rounded up to the
/// resolution of the bits it is compared with, T′ = ⌈T / 2^k⌉: for those bits x (a whole number below 2^(32−k)),
/// x · 2^k &lt; T exactly when x &lt; T′, so the draw is the one the 32-bit threshold would give. Where T′ would not fit
/// (T′ = 2^(32−k), p within 2^−(32−k) of 1), every x keeps the cell, which the cell says by being its own alias.
/// </remarks>
internal readonly record struct AliasEntry(uint Packed)
{
    /// <summary>
    /// Builds a distribution's table from its cumulative probabilities, padded with cells of probability zero to
    /// <paramref name="size"/> cells (a power of two, so that a cell is picked by the top bits of a uniform number,
    /// exactly). A padding cell's own share is zero: its threshold is 0, so a draw that lands on it always takes its alias.
    /// </summary>
    public static AliasEntry[] Build(double[] cumulative, int size)
    {
        var (share, alias) = Vose(cumulative, size);
        var k = int.Log2(size);
        var table = new AliasEntry[size];
        for (var i = 0; i < size; i++)
        {
            table[i] = Pack(share[i], alias[i], i, k);
        }

        return table;
    }

    /// <summary>
    /// Vose's construction over <paramref name="size"/> cells: each cell's own share (1 for a cell that is its own
    /// alias) and its alias, before <see cref="Build"/> rounds the shares into thresholds.
    /// </summary>
    internal static (double[] Share, int[] Alias) Vose(double[] cumulative, int size)
    {
        var n = size;
        if (n < cumulative.Length || !int.IsPow2(n) || n > 1 << 16)
        {
            throw new ArgumentOutOfRangeException(nameof(size), size, $"a power of two of at least {cumulative.Length} cells, at most 2^16, is needed");
        }

        var scaled = new double[n];
        for (var i = 0; i < cumulative.Length; i++)
        {
            scaled[i] = (cumulative[i] - (i == 0 ? 0 : cumulative[i - 1])) * n;
        }

        var threshold = new double[n];
        var alias = new int[n];

        // The two work lists as stacks in one array: the small ones from the bottom, the large ones from the top (a
        // cell is in one of them at a time).
        var work = new int[n];
        var (small, large) = (0, n);
        for (var i = 0; i < n; i++)
        {
            if (scaled[i] < 1)
            {
                work[small++] = i;
            }
            else
            {
                work[--large] = i;
            }
        }

        while (small > 0 && large < n)
        {
            var s = work[--small];
            var l = work[large++];
            threshold[s] = scaled[s];
            alias[s] = l;
            scaled[l] = scaled[l] + scaled[s] - 1;
            if (scaled[l] < 1)
            {
                work[small++] = l;
            }
            else
            {
                work[--large] = l;
            }
        }

        // Leftovers are 1 up to rounding (Vose, section III).
        for (var i = 0; i < n; i++)
        {
            if (i < small || i >= large)
            {
                threshold[work[i]] = 1;
                alias[work[i]] = work[i];
            }
        }

        return (threshold, alias);
    }

    /// <summary>
    /// Draws from a table: the cell picked by the top bits of <paramref name="bits"/>, or its alias, as a cell index.
    /// <paramref name="shift"/> is 32 − k for a table of 2^k cells.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Pick(ref AliasEntry table, uint bits, int shift)
    {
        var cell = bits >> shift;
        var packed = Unsafe.Add(ref table, (int)cell).Packed;
        var aliasMask = uint.MaxValue >> shift;
        var alias = packed & aliasMask;

        // Without a branch (it would go either way at random, draw by draw): all ones when the bits stay below the
        // threshold (keep the cell), from the sign of their 64-bit difference; zero otherwise.
        var keep = (uint)(((long)(bits << (32 - shift)) - (packed & ~aliasMask)) >> 63);
        return (int)(alias ^ ((cell ^ alias) & keep));
    }

    /// <summary>The share the draw keeps for a cell itself: its threshold over 2^(32−k) (1 for a cell that is its own alias).</summary>
    public double OwnShare(int cell, int k) =>
        Alias(k) == cell ? 1 : (Packed >> k) / (double)(1UL << (32 - k));

    /// <summary>The cell drawn instead of this one when the bits reach the threshold.</summary>
    public int Alias(int k) => (int)(Packed & ((1u << k) - 1));

    private static AliasEntry Pack(double share, int alias, int cell, int k)
    {
        var t = (ulong)Math.Min(Math.Round(Math.Clamp(share, 0, 1) * 4294967296.0), uint.MaxValue);
        var rounded = (t + (1UL << k) - 1) >> k;
        return rounded >= 1UL << (32 - k)
            ? new AliasEntry((uint)cell)
            : new AliasEntry((uint)(rounded << k) | (uint)alias);
    }
}
