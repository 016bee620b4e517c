using System.Collections.Immutable;
using System.Numerics;
using Qualify.Domain.Standings;

namespace Qualify.Simulation;

/// <summary>
/// A remaining fixture and the distribution of its score: the cumulative probabilities of the scores in row-major
/// order, (0-0, 0-1, …, 0-G, 1-0, …, G-G), the last entry 1.
/// </summary>
/// <param name="Home">Home team index.</param>
/// <param name="Away">Away team index.</param>
/// <param name="Cumulative">Cumulative score probabilities, length (G+1)².</param>
/// <param name="MaxGoals">G, the largest goal count represented.</param>
internal sealed record SimulatedFixture(int Home, int Away, double[] Cumulative, int MaxGoals);

/// <summary>
/// A simulated fixture as the hot loop reads it: the teams, where its alias table lies, how far to shift a 32-bit
/// uniform number right to get a cell (32 − log₂ of the table's size), and where the score table of its goal bound
/// starts (a drawn cell plus <paramref name="ScoreStart"/> is the score's index).
/// </summary>
internal readonly record struct FixtureSlot(int Home, int Away, int AliasStart, int CellShift, int ScoreStart);

/// <summary>
/// A score and what it adds to the home and to the away team's first-block key (<see cref="CompiledGroup.KeyCoefficients"/>),
/// so that recording a simulated result is two additions with no branch on win, draw or loss. 16 bytes.
/// </summary>
internal readonly record struct ScoreDelta(long HomeKey, long AwayKey);

/// <summary>Counts gathered over all simulations of a group.</summary>
/// <param name="Simulations">The number of simulations.</param>
/// <param name="PositionCounts">[team][position−1]: how often each team finished in each position.</param>
/// <param name="PointsCounts">[team][points]: how often each team finished on each points total (after deductions, offset by <paramref name="PointsOffset"/>).</param>
/// <param name="PointsOffset">Added to a points total to index <paramref name="PointsCounts"/> (non-zero when deductions can make totals negative).</param>
internal sealed record SimulationCounts(long Simulations, long[][] PositionCounts, long[][] PointsCounts, int PointsOffset);

/// <summary>
/// Simulates a group's remaining fixtures many times and ranks every simulated table with the full tie-breaker chain
/// (<see cref="FastRanker"/>). Deterministic under a seed whatever the thread count: simulations are cut into fixed
/// chunks, chunk c draws from its own generator seeded with (seed, c), and the counts are integer sums.
/// </summary>
/// <remarks>
/// The hot loop allocates nothing and does not branch on results: each 64-bit number drawn serves two fixtures, 32 bits
/// each. Of a fixture's 32 bits, the top k pick one of its alias table's 2^k cells (exactly uniform: the table is
/// padded to a power of two) and the other 32 − k decide between the cell and its alias, against the cell's threshold
/// (a resolution of 2^−(32−k), 2⁻²⁵ for the 128 cells of scores up to 10-10); the score then adds precomputed deltas
/// to the two teams' packed totals. Scores are indexed in one table per goal bound among the fixtures (a lopsided
/// pairing's distribution reaches further than 10 goals), laid one after another: a fixture's drawn cell plus the start
/// of its bound's table is the score's index.
/// </remarks>
internal sealed partial class GroupSimulator
{
    /// <summary>Simulations per chunk, the unit of parallel work and of seeding.</summary>
    public const int ChunkSize = 8192;

    private readonly CompiledGroup _group;
    private readonly ImmutableArray<(int Home, int Away, int HomeGoals, int AwayGoals)> _played;
    private readonly FixtureSlot[] _fixtures;
    private readonly AliasEntry[] _alias;
    private readonly ScoreDelta[] _scores;
    private readonly int[] _cellHomeGoals;
    private readonly int[] _cellAwayGoals;
    private readonly int _maxPoints;
    private readonly int _pointsOffset;
    private readonly bool _firstKeyPath;
    private readonly int _pointsShift;
    private readonly long[] _cellPacked;

    public GroupSimulator(CompiledGroup group, IEnumerable<(int Home, int Away, int HomeGoals, int AwayGoals)> played, IReadOnlyList<SimulatedFixture> fixtures)
    {
        if (group.Win < 0 || group.Draw < 0 || group.Loss < 0)
        {
            throw new ArgumentException($"the simulator packs non-negative points; the scheme gives {group.Win}-{group.Draw}-{group.Loss}", nameof(group));
        }

        _group = group;
        _played = [.. played];
        var matchesPerTeam = CountMatchesPerTeam(group.TeamCount, _played, fixtures);

        // One score table for every fixture, sized by the largest goal bound.
        var g = fixtures.Select(f => f.MaxGoals).DefaultIfEmpty().Max();
        if (g > 254)
        {
            throw new ArgumentException($"an alias table holds at most 2^16 scores; a fixture allows {g} goals", nameof(fixtures));
        }

        var maxPerMatch = Math.Max(Math.Max(group.Win, group.Draw), group.Loss);
        _maxPoints = matchesPerTeam.DefaultIfEmpty().Max() * maxPerMatch;
        _pointsOffset = group.Deduction.DefaultIfEmpty().Max();
        _firstKeyPath = IsFirstKeyPath(group, _played, matchesPerTeam.DefaultIfEmpty().Max(), g, maxPerMatch);
        _pointsShift = CompiledGroup.KeyBits * (group.Steps[0].Length - 1);
        var bounds = fixtures.Select(f => f.MaxGoals).Distinct().Order().ToArray();
        var cells = ScoreCells(bounds, out var scoreStarts);
        _scores = BuildScoreTable(group, cells, _firstKeyPath, out _cellHomeGoals, out _cellAwayGoals);
        _alias = BuildAliasTables(group.TeamCount, fixtures, bound => scoreStarts[Array.IndexOf(bounds, bound)], out _fixtures);
        var goalsBound = Math.Max(g, _played.Select(m => Math.Max(m.HomeGoals, m.AwayGoals)).DefaultIfEmpty().Max());
        _cellPacked = RankingTotals.CanPack(matchesPerTeam.DefaultIfEmpty().Max(), goalsBound, maxPerMatch)
            ? BuildPackedCells(group, cells)
            : [];
    }

    /// <summary>
    /// Every score's goals, in the order of their indices: for each goal bound b of <paramref name="bounds"/> in turn,
    /// its (b + 1)² scores row-major by home and away goals; <paramref name="starts"/> gives where each bound's scores begin.
    /// </summary>
    private static (int Home, int Away)[] ScoreCells(int[] bounds, out int[] starts)
    {
        starts = new int[bounds.Length];
        var cells = new List<(int Home, int Away)>();
        for (var b = 0; b < bounds.Length; b++)
        {
            starts[b] = cells.Count;
            var stride = bounds[b] + 1;
            cells.AddRange(Enumerable.Range(0, stride * stride).Select(cell => (cell / stride, cell % stride)));
        }

        return [.. cells];
    }

    /// <summary>Each score cell's packed totals (<see cref="RankingTotals.Pack"/>) for the home team, then for the away team.</summary>
    private static long[] BuildPackedCells(CompiledGroup group, (int Home, int Away)[] cells)
    {
        var packed = new long[cells.Length * 2];
        for (var cell = 0; cell < cells.Length; cell++)
        {
            var (hg, ag) = cells[cell];
            packed[cell * 2] = RankingTotals.Pack(group, hg, ag, 0);
            packed[(cell * 2) + 1] = RankingTotals.Pack(group, ag, hg, 1);
        }

        return packed;
    }

    /// <summary>
    /// The key case (<see cref="CompiledGroup.KeyCoefficients"/>) of the first block over the whole group: block 0, and
    /// case + 1 when the group has exactly two teams.
    /// </summary>
    private static int FirstBlockCase(CompiledGroup group) => group.TeamCount == 2 ? 1 : 0;

    /// <summary>How many matches, played and to simulate, each team has in the group.</summary>
    private static int[] CountMatchesPerTeam(
        int teamCount, ImmutableArray<(int Home, int Away, int HomeGoals, int AwayGoals)> played, IReadOnlyList<SimulatedFixture> fixtures)
    {
        var matchesPerTeam = new int[teamCount];
        foreach (var (h, a, _, _) in played)
        {
            matchesPerTeam[h]++;
            matchesPerTeam[a]++;
        }

        foreach (var f in fixtures)
        {
            matchesPerTeam[f.Home]++;
            matchesPerTeam[f.Away]++;
        }

        return matchesPerTeam;
    }

    /// <summary>
    /// Whether the fast path can keep every team's first-block key up to date match by match: possible when the first
    /// block is an overall block led by points (every preset) and no total can leave its 12-bit field
    /// (<see cref="CompiledGroup.KeyBits"/>), with at most <paramref name="mostMatches"/> matches a team and
    /// <paramref name="g"/> goals a side in a simulated fixture.
    /// </summary>
    private static bool IsFirstKeyPath(
        CompiledGroup group, ImmutableArray<(int Home, int Away, int HomeGoals, int AwayGoals)> played, int mostMatches, int g, int maxPerMatch)
    {
        var goalsBound = played.Select(m => Math.Max(m.HomeGoals, m.AwayGoals)).DefaultIfEmpty().Max() + g;
        var totalBound = mostMatches * Math.Max(goalsBound, maxPerMatch)
            + group.Deduction.Select(Math.Abs).DefaultIfEmpty().Max() + group.FairPlay.Select(Math.Abs).DefaultIfEmpty().Max();
        return !group.HeadToHead[0] && !group.IsLots[0] && group.Steps[0][0] == TieBreakCriterion.Points && totalBound < 2048;
    }

    /// <summary>
    /// The score table shared by every fixture (<see cref="ScoreCells"/>): each score's goals and,
    /// on the <paramref name="firstKeyPath"/>, what it adds to the home and the away team's first-block key (points,
    /// goals for and against, wins and away goals and wins, weighted by <see cref="CompiledGroup.KeyCoefficients"/>).
    /// </summary>
    private static ScoreDelta[] BuildScoreTable(CompiledGroup group, (int Home, int Away)[] cells, bool firstKeyPath, out int[] cellHomeGoals, out int[] cellAwayGoals)
    {
        var k = group.KeyCoefficients[FirstBlockCase(group)];
        var scores = new ScoreDelta[cells.Length];
        cellHomeGoals = new int[scores.Length];
        cellAwayGoals = new int[scores.Length];
        for (var cell = 0; cell < cells.Length; cell++)
        {
            var (hg, ag) = cells[cell];
            var (hp, ap) = hg > ag ? (group.Win, group.Loss) : hg < ag ? (group.Loss, group.Win) : (group.Draw, group.Draw);
            var (hw, aw) = (hg > ag ? 1 : 0, hg < ag ? 1 : 0);
            cellHomeGoals[cell] = hg;
            cellAwayGoals[cell] = ag;
            scores[cell] = firstKeyPath
                ? new ScoreDelta(
                    (k[0] * hp) + (k[1] * hg) + (k[2] * ag) + (k[4] * hw),
                    (k[0] * ap) + (k[1] * ag) + (k[2] * hg) + (k[3] * ag) + (k[4] * aw) + (k[5] * aw))
                : default;
        }

        return scores;
    }

    /// <summary>
    /// Every fixture's alias table (<see cref="AliasEntry.Build"/>), one after another, with where each lies in
    /// <paramref name="slots"/> and where the score table of its goal bound starts (<paramref name="scoreStart"/>).
    /// </summary>
    /// <exception cref="ArgumentException">A fixture has a team index or a distribution out of range.</exception>
    private static AliasEntry[] BuildAliasTables(int teamCount, IReadOnlyList<SimulatedFixture> fixtures, Func<int, int> scoreStart, out FixtureSlot[] slots)
    {
        slots = new FixtureSlot[fixtures.Count];
        var entries = new List<AliasEntry>();
        for (var f = 0; f < fixtures.Count; f++)
        {
            var fixture = fixtures[f];
            var fg = fixture.MaxGoals;
            if ((uint)fixture.Home >= (uint)teamCount || (uint)fixture.Away >= (uint)teamCount
                || fixture.Cumulative.Length != (fg + 1) * (fg + 1))
            {
                throw new ArgumentException($"fixture {f} has a team index or a distribution out of range", nameof(fixtures));
            }

            var size = Math.Max(2, (int)BitOperations.RoundUpToPowerOf2((uint)fixture.Cumulative.Length));
            slots[f] = new FixtureSlot(fixture.Home, fixture.Away, entries.Count, 32 - BitOperations.Log2((uint)size), scoreStart(fg));
            entries.AddRange(AliasEntry.Build(fixture.Cumulative, size));
        }

        return [.. entries];
    }

    public CompiledGroup Group => _group;

    /// <summary>Runs <paramref name="simulations"/> simulations.</summary>
    /// <param name="simulations">How many, at least 1.</param>
    /// <param name="seed">The seed.</param>
    /// <param name="maxThreads">Parallelism; <see langword="null"/> for all cores. The result does not depend on it.</param>
    /// <param name="progress">Reports the simulations done so far, roughly every chunk.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public SimulationCounts Run(long simulations, ulong seed, int? maxThreads = null, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(simulations, 1);
        var n = _group.TeamCount;
        var pointsWidth = _maxPoints + _pointsOffset + 1;
        var chunks = (simulations + ChunkSize - 1) / ChunkSize;
        var positionTotals = new long[n * n];
        var pointsTotals = new long[n * pointsWidth];
        var gate = new object();
        long done = 0;
        var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = maxThreads ?? Environment.ProcessorCount };

        Parallel.For(0L, chunks, options,
            () => new Worker(this),
            (chunk, _, worker) =>
            {
                var count = (int)Math.Min(ChunkSize, simulations - (chunk * ChunkSize));
                worker.RunChunk(seed, (ulong)chunk, count);
                if (progress is not null)
                {
                    progress.Report(Interlocked.Add(ref done, count));
                }

                return worker;
            },
            worker =>
            {
                lock (gate)
                {
                    Add(positionTotals, worker.PositionCounts);
                    Add(pointsTotals, worker.PointsCounts);
                }
            });

        return new SimulationCounts(simulations, Rows(positionTotals, n), Rows(pointsTotals, pointsWidth), _pointsOffset);
    }

    /// <summary>
    /// Replays the first <paramref name="count"/> simulations of chunk 0 (those <see cref="Run"/> counts first),
    /// showing each simulated and ranked table to <paramref name="visit"/>: for tests that compare the hot path with the
    /// standings engine.
    /// </summary>
    internal void Replay(ulong seed, int count, Action<RankerWorkspace> visit)
    {
        var worker = new Worker(this);
        var rng = new Xoshiro256StarStar(seed, 0);
        for (var s = 0; s < count; s++)
        {
            worker.SimulateOne(ref rng);
            worker.Workspace.EnsureGoals();
            visit(worker.Workspace);
        }
    }

    /// <summary>A worker for a caller that simulates one table at a time (the stage-by-stage forecaster).</summary>
    internal Worker NewWorker() => new(this);

    /// <summary>The counts of <paramref name="workers"/>, which simulated <paramref name="simulations"/> tables in all.</summary>
    internal SimulationCounts Total(long simulations, IEnumerable<Worker> workers)
    {
        var width = _maxPoints + _pointsOffset + 1;
        var positions = new long[_group.TeamCount * _group.TeamCount];
        var points = new long[_group.TeamCount * width];
        foreach (var worker in workers)
        {
            Add(positions, worker.PositionCounts);
            Add(points, worker.PointsCounts);
        }

        return new SimulationCounts(simulations, Rows(positions, _group.TeamCount), Rows(points, width), _pointsOffset);
    }

    private static long[][] Rows(long[] flat, int width) => [.. flat.Chunk(width)];

    private static void Add(long[] into, long[] from)
    {
        for (var i = 0; i < into.Length; i++)
        {
            into[i] += from[i];
        }
    }
}
