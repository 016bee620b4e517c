using System.Runtime.CompilerServices;

namespace Qualify.Simulation;

// Sorting networks for segments of up to sixteen teams: each team's key and its place in the segment packed into one
// value, sorted by fixed compare-exchanges (branch-free; up to eight in registers).
internal static partial class FastRanker
{
    /// <summary>Bits of a packed network value that hold the team's place in its segment (15 − place, so that equal keys keep their order).</summary>
    private const int NetworkPlaceBits = 4;

    /// <summary>Keys at or above this bound do not leave room for the place bits (<see cref="PlaceByNetwork"/> then does not apply).</summary>
    internal const long NetworkKeyBound = 1L << (63 - NetworkPlaceBits);

    /// <summary>The most teams <see cref="PlaceByNetwork"/> sorts (the place bits hold 15 − place).</summary>
    internal const int NetworkMaxLength = 1 << NetworkPlaceBits;

    /// <summary>
    /// Per segment length n from 9 to 16, the comparators of Batcher's odd-even merge sort of 16 inputs (K. E. Batcher,
    /// "Sorting networks and their applications", AFIPS Spring Joint Computer Conference 1968; Knuth, The Art of Computer
    /// Programming, vol. 3, 5.3.4, Algorithm M) that touch only the first n: sorting descending with the other inputs
    /// below every value, a comparator with one of them never exchanges, so it is left out.
    /// </summary>
    private static readonly (int High, int Low)[][] LargeNetworks =
        [.. Enumerable.Range(0, NetworkMaxLength + 1).Select(n => BatcherNetwork(NetworkMaxLength).Where(c => c.Low < n).ToArray())];

    /// <summary>
    /// <see cref="Place"/> for up to sixteen teams whose keys are all below <see cref="NetworkKeyBound"/>: each value is
    /// key × 16 + (15 − place in the segment), sorted descending by a sorting network: up to eight teams, the segment's
    /// size padded to 4, 6 or 8 (Knuth, The Art of Computer Programming, vol. 3, 5.3.4: the networks of 5, 12 and 19
    /// comparators, which are optimal for 4, 6 and 8 inputs), padding values negative so that they sort last; from nine,
    /// Batcher's network (<see cref="LargeNetworks"/>). Equal keys keep their order, as in <see cref="Place"/>.
    /// </summary>
    internal static bool PlaceByNetwork(long[] keys, int[] order, int start, int length, int[] sorted, Span<long> sortedKeys) =>
        PlaceByNetwork(keys, new Segment(order, start), length, sorted, sortedKeys);

    /// <summary>
    /// <see cref="PlaceByNetwork(long[], int[], int, int, int[], Span{long})"/> over the teams <paramref name="segment"/>
    /// names; a struct type argument, so that each kind of segment is compiled on its own with no indirection. With
    /// <see cref="WholeGroup"/>, <paramref name="sorted"/> may be the workspace's order itself.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool PlaceByNetwork<TSegment>(long[] keys, TSegment segment, int length, int[] sorted, Span<long> sortedKeys)
        where TSegment : struct, ISegment
    {
        Span<long> values = stackalloc long[NetworkMaxLength];
        if (length > 8)
        {
            for (var i = 0; i < length; i++)
            {
                values[i] = (keys[segment.Team(i)] << NetworkPlaceBits) | (long)(15 - i);
            }

            foreach (var (high, low) in LargeNetworks[length])
            {
                var (a, b) = (values[high], values[low]);
                (values[high], values[low]) = (Math.Max(a, b), Math.Min(a, b));
            }
        }
        else
        {
            for (var i = 0; i < 8; i++)
            {
                values[i] = i < length ? (keys[segment.Team(i)] << NetworkPlaceBits) | (long)(15 - i) : -1 - i;
            }

            SortNetwork(values, length);
        }

        var tied = false;
        for (var i = 0; i < length; i++)
        {
            var key = values[i] >> NetworkPlaceBits;
            sorted[i] = segment.Team(15 - (int)(values[i] & 15));
            sortedKeys[i] = key;
            tied |= i > 0 && key == sortedKeys[i - 1];
        }

        return tied;
    }

    /// <summary>
    /// The comparators of Batcher's odd-even merge sort of <paramref name="size"/> inputs (a power of two), in order,
    /// each as (the index that takes the larger value, the one that takes the smaller).
    /// </summary>
    internal static List<(int High, int Low)> BatcherNetwork(int size)
    {
        var comparators = new List<(int High, int Low)>();
        for (var p = 1; p < size; p <<= 1)
        {
            for (var k = p; k >= 1; k >>= 1)
            {
                for (var j = k % p; j + k < size; j += 2 * k)
                {
                    for (var i = 0; i < Math.Min(k, size - j - k); i++)
                    {
                        // Only pairs within the same block of 2p inputs being merged.
                        if ((i + j) / (2 * p) == (i + j + k) / (2 * p))
                        {
                            comparators.Add((i + j, i + j + k));
                        }
                    }
                }
            }
        }

        return comparators;
    }

    /// <summary>Whether every key of the teams <paramref name="order"/> names first is non-negative and below <see cref="NetworkKeyBound"/>.</summary>
    internal static bool KeysBelowNetworkBound(long[] keys, int[] order, int length) => KeysBelowNetworkBound(keys, new Segment(order, 0), length);

    /// <summary>Whether every key of the segment's teams is non-negative and below <see cref="NetworkKeyBound"/>.</summary>
    private static bool KeysBelowNetworkBound<TSegment>(long[] keys, TSegment segment, int length)
        where TSegment : struct, ISegment
    {
        long any = 0;
        for (var i = 0; i < length; i++)
        {
            any |= keys[segment.Team(i)];
        }

        return (ulong)any < NetworkKeyBound;
    }

    /// <summary>The teams of a segment being sorted, by place in the segment.</summary>
    private interface ISegment
    {
        int Team(int place);
    }

    /// <summary>A segment of the workspace's order.</summary>
    private readonly struct Segment(int[] order, int start) : ISegment
    {
        public int Team(int place) => order[start + place];
    }

    /// <summary>A whole group before its first sort: team i at place i.</summary>
    private readonly struct WholeGroup : ISegment
    {
        public int Team(int place) => place;
    }

    /// <summary>Sorts the eight values descending, the first <paramref name="length"/> real and the rest padding (negative).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void SortNetwork(Span<long> values, int length)
    {
        long c0 = values[0], c1 = values[1], c2 = values[2], c3 = values[3], c4 = values[4], c5 = values[5], c6 = values[6], c7 = values[7];
        if (length <= 4)
        {
            Exchange(ref c0, ref c1); Exchange(ref c2, ref c3); Exchange(ref c0, ref c2); Exchange(ref c1, ref c3); Exchange(ref c1, ref c2);
        }
        else if (length <= 6)
        {
            Exchange(ref c0, ref c5); Exchange(ref c1, ref c3); Exchange(ref c2, ref c4);
            Exchange(ref c1, ref c2); Exchange(ref c3, ref c4);
            Exchange(ref c0, ref c3); Exchange(ref c2, ref c5);
            Exchange(ref c0, ref c1); Exchange(ref c2, ref c3); Exchange(ref c4, ref c5);
            Exchange(ref c1, ref c2); Exchange(ref c3, ref c4);
        }
        else
        {
            Exchange(ref c0, ref c2); Exchange(ref c1, ref c3); Exchange(ref c4, ref c6); Exchange(ref c5, ref c7);
            Exchange(ref c0, ref c4); Exchange(ref c1, ref c5); Exchange(ref c2, ref c6); Exchange(ref c3, ref c7);
            Exchange(ref c0, ref c1); Exchange(ref c2, ref c3); Exchange(ref c4, ref c5); Exchange(ref c6, ref c7);
            Exchange(ref c2, ref c4); Exchange(ref c3, ref c5);
            Exchange(ref c1, ref c4); Exchange(ref c3, ref c6);
            Exchange(ref c1, ref c2); Exchange(ref c3, ref c4); Exchange(ref c5, ref c6);
        }

        (values[0], values[1], values[2], values[3], values[4], values[5], values[6], values[7]) = (c0, c1, c2, c3, c4, c5, c6, c7);
    }

    /// <summary>One comparator: the larger value first.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Exchange(ref long a, ref long b)
    {
        var (high, low) = (Math.Max(a, b), Math.Min(a, b));
        (a, b) = (high, low);
    }
}
