using System.Runtime.CompilerServices;

namespace Qualify.Simulation;

// Sorting networks for segments of up to eight teams: each team's key and its place in the segment packed into one
// value, sorted by fixed compare-exchanges (branch-free, in registers).
internal static partial class FastRanker
{
    /// <summary>Bits of a packed network value that hold the team's place in its segment (15 − place, so that equal keys keep their order).</summary>
    private const int NetworkPlaceBits = 4;

    /// <summary>Keys at or above this bound do not leave room for the place bits (<see cref="PlaceByNetwork"/> then does not apply).</summary>
    internal const long NetworkKeyBound = 1L << (63 - NetworkPlaceBits);

    /// <summary>
    /// <see cref="Place"/> for up to eight teams whose keys are all below <see cref="NetworkKeyBound"/>: each value is
    /// key × 16 + (15 − place in the segment), sorted descending by a sorting network of the segment's size padded to 4,
    /// 6 or 8 (Knuth, The Art of Computer Programming, vol. 3, 5.3.4: the networks of 5, 12 and 19 comparators, which
    /// are optimal for 4, 6 and 8 inputs), padding values negative so that they sort last. Equal keys keep their order,
    /// as in <see cref="Place"/>.
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
        Span<long> values = stackalloc long[8];
        for (var i = 0; i < 8; i++)
        {
            values[i] = i < length ? (keys[segment.Team(i)] << NetworkPlaceBits) | (long)(15 - i) : -1 - i;
        }

        SortNetwork(values, length);
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
