namespace Qualify.Scenarios;

/// <summary>A cell of a truth table to cover.</summary>
internal enum CellValue : byte
{
    /// <summary>Must not be covered (the condition is not proven there).</summary>
    False,

    /// <summary>May be covered (the condition holds there) but need not be.</summary>
    DontCare,

    /// <summary>Must be covered.</summary>
    True,
}

/// <summary>
/// Merges a truth table over multi-valued variables into a short sum of products. Each variable's values are
/// ordered (a match's goal difference, cut into intervals), and a product allows a contiguous range of values per
/// variable, so that it reads as one literal ("beat Jamaica", "do not lose to Jamaica by 2 or more"). Prime
/// implicants are grown from every true cell; a greedy cover (most new true cells, then fewest literals) keeps the
/// result small, then terms made redundant by later ones are dropped. The result never covers a false cell.
/// </summary>
internal static class ConditionMinimizer
{
    /// <summary>
    /// Covers every <see cref="CellValue.True"/> cell of <paramref name="cells"/> (mixed radix, variable 0 most
    /// significant, variable v with <c>sizes[v]</c> values) with products of ranges, touching no false cell.
    /// </summary>
    /// <returns>The products, each a range <c>(Lo, Hi)</c> of values per variable (<c>(0, size − 1)</c> when free).</returns>
    public static List<(int Lo, int Hi)[]> Minimise(IReadOnlyList<int> sizes, IReadOnlyList<CellValue> cells)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        ArgumentNullException.ThrowIfNull(cells);
        var n = sizes.Count;
        var strides = new int[n];
        var total = 1;
        for (var v = n - 1; v >= 0; v--)
        {
            strides[v] = total;
            total *= sizes[v];
        }

        if (total != cells.Count)
        {
            throw new ArgumentException($"{cells.Count} cells for {total} combinations of values", nameof(cells));
        }

        var primes = Primes(sizes, strides, cells);
        var covers = primes.Select(p => Cells(p, strides).Where(c => cells[c] == CellValue.True).ToHashSet()).ToList();
        var chosen = Cover(primes, covers, sizes, Enumerable.Range(0, total).Where(c => cells[c] == CellValue.True).ToHashSet());

        // Drop terms whose true cells the others cover, the last chosen (the smallest gains) first.
        for (var i = chosen.Count - 1; i >= 0; i--)
        {
            var others = chosen.Where((_, j) => j != i).SelectMany(j => covers[j]).ToHashSet();
            if (covers[chosen[i]].IsSubsetOf(others))
            {
                chosen.RemoveAt(i);
            }
        }

        return [.. chosen.Select(p => primes[p])];
    }

    /// <summary>
    /// Every prime implicant reachable from a true cell by widening one range by one value; an implicant that cannot be
    /// widened is prime (ranges are contiguous, so any larger implicant contains a one-step widening).
    /// </summary>
    private static List<(int Lo, int Hi)[]> Primes(IReadOnlyList<int> sizes, int[] strides, IReadOnlyList<CellValue> cells)
    {
        var n = sizes.Count;
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<(int Lo, int Hi)[]>();
        var primes = new List<(int Lo, int Hi)[]>();
        for (var c = 0; c < cells.Count; c++)
        {
            if (cells[c] != CellValue.True)
            {
                continue;
            }

            var point = new (int, int)[n];
            var rest = c;
            for (var v = 0; v < n; v++)
            {
                var value = rest / strides[v];
                rest %= strides[v];
                point[v] = (value, value);
            }

            if (visited.Add(Key(point)))
            {
                queue.Enqueue(point);
            }

            while (queue.Count > 0)
            {
                var product = queue.Dequeue();
                if (!Widen(product, sizes, strides, cells, visited, queue))
                {
                    primes.Add(product);
                }
            }
        }

        return primes;
    }

    /// <summary>Queues every one-step widening of <paramref name="product"/> that touches no false cell (not seen before); whether there is any.</summary>
    private static bool Widen((int Lo, int Hi)[] product, IReadOnlyList<int> sizes, int[] strides, IReadOnlyList<CellValue> cells,
        HashSet<string> visited, Queue<(int Lo, int Hi)[]> queue)
    {
        var widened = false;
        for (var v = 0; v < product.Length; v++)
        {
            var (lo, hi) = product[v];
            foreach (var next in (ReadOnlySpan<(int Lo, int Hi)>)[(lo - 1, hi), (lo, hi + 1)])
            {
                if (next.Lo < 0 || next.Hi >= sizes[v])
                {
                    continue;
                }

                // Only the new slice needs checking: the rest is the implicant already found.
                var slice = ((int, int)[])product.Clone();
                slice[v] = next.Lo < lo ? (next.Lo, next.Lo) : (next.Hi, next.Hi);
                if (!Cells(slice, strides).All(c => cells[c] != CellValue.False))
                {
                    continue;
                }

                widened = true;
                var larger = ((int, int)[])product.Clone();
                larger[v] = next;
                if (visited.Add(Key(larger)))
                {
                    queue.Enqueue(larger);
                }
            }
        }

        return widened;
    }

    /// <summary>Greedy cover of the true cells: most new true cells, then fewest literals, then the largest product.</summary>
    private static List<int> Cover(List<(int Lo, int Hi)[]> primes, List<HashSet<int>> covers, IReadOnlyList<int> sizes, HashSet<int> uncovered)
    {
        var chosen = new List<int>();
        while (uncovered.Count > 0)
        {
            var best = -1;
            var bestKey = (Gain: -1, Literals: 0, Size: 0);
            for (var p = 0; p < primes.Count; p++)
            {
                var key = (Gain: covers[p].Count(uncovered.Contains), Literals: -Literals(primes[p], sizes), Size: Size(primes[p]));
                if (key.Gain > 0 && key.CompareTo(bestKey) > 0)
                {
                    (best, bestKey) = (p, key);
                }
            }

            chosen.Add(best);
            uncovered.ExceptWith(covers[best]);
        }

        return chosen;
    }

    private static int Literals((int Lo, int Hi)[] product, IReadOnlyList<int> sizes) =>
        product.Where((r, v) => r.Lo > 0 || r.Hi < sizes[v] - 1).Count();

    private static int Size((int Lo, int Hi)[] product) => product.Aggregate(1, (s, r) => s * (r.Hi - r.Lo + 1));

    private static string Key((int Lo, int Hi)[] product) => string.Join(';', product.Select(r => $"{r.Lo},{r.Hi}"));

    private static IEnumerable<int> Cells((int Lo, int Hi)[] product, int[] strides)
    {
        var indices = new List<int> { 0 };
        for (var v = 0; v < product.Length; v++)
        {
            var next = new List<int>(indices.Count * (product[v].Hi - product[v].Lo + 1));
            foreach (var i in indices)
            {
                for (var value = product[v].Lo; value <= product[v].Hi; value++)
                {
                    next.Add(i + (value * strides[v]));
                }
            }

            indices = next;
        }

        return indices;
    }
}
