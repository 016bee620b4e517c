using System.Numerics;
using Qualify.Models;

namespace Qualify.Simulation;

/// <summary>
/// Scoreline distributions prepared for drawing, each as an alias table (<see cref="AliasEntry"/>) in one flat array:
/// a draw takes 64 uniform bits and gives the home and away goals, read from the drawn cell's score code. Built once
/// before the simulations, then shared read-only by every thread.
/// </summary>
internal sealed class ScoreSampler
{
    private readonly List<AliasEntry> _building = [];
    private readonly List<ushort> _codeBuilding = [];
    private readonly Dictionary<int, int> _codesOf = [];
    private readonly List<(int Start, int Shift, int Codes)> _tables = [];
    private readonly List<(uint HomeWin, uint NotAwayWin)> _outcomeBuilding = [];
    private AliasEntry[] _alias = [];
    private ushort[] _codes = [];
    private (int Start, int Shift, int Codes)[] _frozen = [];
    private (uint HomeWin, uint NotAwayWin)[] _outcomes = [];

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

        // Each cell's score as home goals × 256 + away goals, so that a draw divides nothing: one list per goal bound
        // (which sets the table size), shared by the tables that have it.
        if (!_codesOf.TryGetValue(stride, out var codes))
        {
            codes = _codeBuilding.Count;
            _codesOf[stride] = codes;
            for (var cell = 0; cell < size; cell++)
            {
                _codeBuilding.Add(cell < cumulative.Length ? (ushort)(((cell / stride) << 8) | (cell % stride)) : (ushort)0);
            }
        }

        _tables.Add((_building.Count, 32 - BitOperations.Log2((uint)size), codes));
        _building.AddRange(AliasEntry.Build(cumulative, size));

        // The result alone (home win, draw, away win) as two thresholds on 32 uniform bits: 8 bytes a distribution.
        double homeWin = 0, level = 0;
        for (var cell = 0; cell < cumulative.Length; cell++)
        {
            var p = cumulative[cell] - (cell == 0 ? 0 : cumulative[cell - 1]);
            var (h, a) = (cell / stride, cell % stride);
            homeWin += h > a ? p : 0;
            level += h == a ? p : 0;
        }

        static uint Threshold(double p) => (uint)Math.Min(Math.Round(Math.Clamp(p, 0, 1) * 4294967296.0), uint.MaxValue);
        _outcomeBuilding.Add((Threshold(homeWin), Threshold(homeWin + level)));
        return _tables.Count - 1;
    }

    /// <summary>Ends the building: the tables become read-only arrays.</summary>
    public void Freeze()
    {
        _alias = [.. _building];
        _codes = [.. _codeBuilding];
        _frozen = [.. _tables];
        _outcomes = [.. _outcomeBuilding];
    }

    /// <summary>
    /// The result thresholds (<see cref="Result"/>) of the distribution each entry of <paramref name="tables"/> names, in
    /// the same order; zero for an entry that names none (−1). A tie reads its pairing's thresholds in one load: 8 bytes
    /// instead of a 1 KB alias table, which matters where a tie's pairings are many (every pair of the teams a ranking
    /// may send to it) and the tables do not stay in cache.
    /// </summary>
    public (uint HomeWin, uint NotAwayWin)[] ResultsOf(int[] tables)
    {
        var results = new (uint HomeWin, uint NotAwayWin)[tables.Length];
        for (var i = 0; i < tables.Length; i++)
        {
            results[i] = tables[i] < 0 ? default : _outcomes[tables[i]];
        }

        return results;
    }

    /// <summary>
    /// Draws only the result of a distribution from its thresholds (<see cref="ResultsOf"/>) and the top 32 bits of
    /// <paramref name="bits"/>: 1 for a home win, 0 for a draw, −1 for an away win, each with its probability in the
    /// distribution (to 2⁻³²).
    /// </summary>
    public static int Result((uint HomeWin, uint NotAwayWin) thresholds, ulong bits)
    {
        var u = (uint)(bits >> 32);
        return u < thresholds.HomeWin ? 1 : u < thresholds.NotAwayWin ? 0 : -1;
    }

    /// <summary>Draws a score of distribution <paramref name="table"/> from the top 32 bits of <paramref name="bits"/>.</summary>
    public (int Home, int Away) Draw(int table, ulong bits)
    {
        var (start, shift, codes) = _frozen[table];
        int score = _codes[codes + AliasEntry.Pick(ref _alias[start], (uint)(bits >> 32), shift)];
        return (score >> 8, score & 0xFF);
    }
}
