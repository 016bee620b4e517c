namespace Qualify.Scenarios.Tests;

/// <summary>
/// The merger of combinations into conditions, on hand-made truth tables. A match is a variable whose values are its
/// goal difference cut into ordered intervals; with no margin cuts the values are 0 = away win, 1 = draw, 2 = home win.
/// </summary>
public sealed class ConditionMinimizerTests
{
    private const CellValue F = CellValue.False;
    private const CellValue T = CellValue.True;
    private const CellValue X = CellValue.DontCare;

    private static string Show(List<(int Lo, int Hi)[]> products) =>
        string.Join(" | ", products.Select(p => string.Join(" ", p.Select(r => $"{r.Lo}-{r.Hi}"))));

    /// <summary>
    /// The issue's example. Match 0 Canada v Jamaica, match 1 El Salvador v Costa Rica. Canada qualify when they win
    /// (3 cells), or draw while Costa Rica do not win (El Salvador win or draw: 2 cells). Five true cells; a single
    /// product would have to contain (draw, Costa Rica win), which is false, so two terms are the minimum. The primes
    /// are "beat Jamaica" (3 cells) and "do not lose and Costa Rica do not win" (4 cells); the greedy cover takes the
    /// larger first: "they do not lose to Jamaica and Costa Rica do not beat El Salvador, or they beat Jamaica"
    /// (2 terms, 3 literals, as few as "beat, or draw and Costa Rica do not win").
    /// </summary>
    [Fact]
    public void Minimise_IssueExample_BeatOrDrawAndRivalDoesNotWin()
    {
        // Rows: match 0 = away win, draw, home win; columns: match 1 = away win, draw, home win.
        CellValue[] cells =
        [
            F, F, F,
            F, T, T,
            T, T, T,
        ];

        var products = ConditionMinimizer.Minimise([3, 3], cells);

        Assert.Equal("1-2 1-2 | 2-2 0-2", Show(products));
    }

    /// <summary>A team that qualifies whatever happens elsewhere when it avoids defeat: one literal, "do not lose".</summary>
    [Fact]
    public void Minimise_WinOrDrawAnywhere_OneTermDoNotLose()
    {
        CellValue[] cells =
        [
            F, F, F,
            T, T, T,
            T, T, T,
        ];

        Assert.Equal("1-2 0-2", Show(ConditionMinimizer.Minimise([3, 3], cells)));
    }

    /// <summary>
    /// Cells another statement already implies may be covered but need not be: a win is true but implied (don't
    /// care), a draw must be covered, a loss is false, so the single term "do not lose" is the shortest.
    /// </summary>
    [Fact]
    public void Minimise_DontCareCells_MergeIntoLargerTerm()
    {
        Assert.Equal("1-2", Show(ConditionMinimizer.Minimise([3], [F, T, X])));
    }

    /// <summary>Only don't-care cells: nothing needs saying.</summary>
    [Fact]
    public void Minimise_OnlyDontCare_NoTerm()
    {
        Assert.Empty(ConditionMinimizer.Minimise([3], [F, X, X]));
    }

    /// <summary>
    /// A match cut at margins (values: lose by 6+, lose by 1-5, draw, win): true when not losing by 6 or more, which is
    /// the contiguous range 1-3 of values, one literal.
    /// </summary>
    [Fact]
    public void Minimise_MarginCuts_ContiguousRangeIsOneLiteral()
    {
        Assert.Equal("1-3", Show(ConditionMinimizer.Minimise([4], [F, T, T, T])));
    }

    /// <summary>
    /// Only contiguous ranges read as one literal: win or loss but not a draw ("do not draw") takes two terms.
    /// </summary>
    [Fact]
    public void Minimise_NonContiguous_TwoTerms()
    {
        Assert.Equal("0-0 | 2-2", Show(ConditionMinimizer.Minimise([3], [T, F, T])));
    }

    /// <summary>Every cell true: the empty product (no literal).</summary>
    [Fact]
    public void Minimise_AllTrue_EmptyProduct()
    {
        Assert.Equal("0-2 0-2", Show(ConditionMinimizer.Minimise([3, 3], [.. Enumerable.Repeat(T, 9)])));
    }

    /// <summary>
    /// Random tables over two to four variables: the terms cover every true cell and no false cell, and no term can be
    /// dropped (each covers a true cell that the others do not).
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void Minimise_RandomTables_CoverTrueCellsOnly(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 40; round++)
        {
            var sizes = Enumerable.Range(0, random.Next(2, 5)).Select(_ => random.Next(2, 5)).ToArray();
            var total = sizes.Aggregate(1, (a, b) => a * b);
            var cells = Enumerable.Range(0, total).Select(_ => (CellValue)random.Next(3)).ToArray();

            var products = ConditionMinimizer.Minimise(sizes, cells);

            var covered = products.Select(p => Enumerable.Range(0, total).Where(c => Contains(p, sizes, c)).ToHashSet()).ToList();
            for (var c = 0; c < total; c++)
            {
                var inAny = covered.Any(set => set.Contains(c));
                Assert.False(cells[c] == F && inAny, $"seed {seed} round {round}: false cell {c} covered");
                Assert.False(cells[c] == T && !inAny, $"seed {seed} round {round}: true cell {c} not covered");
            }

            for (var i = 0; i < covered.Count; i++)
            {
                var others = covered.Where((_, j) => j != i).SelectMany(s => s).ToHashSet();
                Assert.Contains(covered[i], c => cells[c] == T && !others.Contains(c));
            }
        }
    }

    private static bool Contains((int Lo, int Hi)[] product, int[] sizes, int cell)
    {
        for (var v = sizes.Length - 1; v >= 0; v--)
        {
            var value = cell % sizes[v];
            cell /= sizes[v];
            if (value < product[v].Lo || value > product[v].Hi)
            {
                return false;
            }
        }

        return true;
    }
}
