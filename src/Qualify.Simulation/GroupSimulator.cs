using System.Collections.Immutable;

namespace Qualify.Simulation;

/// <summary>
/// A remaining fixture and the distribution of its score: the cumulative probabilities of the scores in row-major
/// order, (0-0, 0-1, …, 0-G, 1-0, …, G-G), the last entry 1.
/// </summary>
/// <param name="Home">Home team index.</param>
/// <param name="Away">Away team index.</param>
/// <param name="Cumulative">Cumulative score probabilities, length (G+1)².</param>
/// <param name="MaxGoals">G, the largest goal count represented.</param>
internal sealed record SimulatedFixture(int Home, int Away, double[] Cumulative, int MaxGoals)
{
    /// <summary>The alias table of the score distribution (Vose's alias method), built once per fixture.</summary>
    public AliasTable Alias { get; } = AliasTable.FromCumulative(Cumulative, MaxGoals);
}

/// <summary>
/// Walker's alias method in Vose's numerically stable form (Vose, "A linear algorithm for generating random numbers
/// with a given distribution", IEEE TSE 17(9), 1991): one uniform draw picks a cell in constant time.
/// </summary>
internal sealed class AliasTable
{
    private readonly double[] _threshold;
    private readonly int[] _own;
    private readonly int[] _alias;

    private AliasTable(double[] threshold, int[] own, int[] alias)
    {
        _threshold = threshold;
        _own = own;
        _alias = alias;
    }

    /// <summary>
    /// Builds the table from cumulative probabilities (last entry 1) of the row-major score cells of a matrix with
    /// <paramref name="maxGoals"/> + 1 rows. Cells are stored as packed scores (home goals in the low 16 bits, away
    /// goals in the high 16), so that drawing a score needs no division.
    /// </summary>
    public static AliasTable FromCumulative(double[] cumulative, int maxGoals)
    {
        var n = cumulative.Length;
        var scaled = new double[n];
        for (var i = 0; i < n; i++)
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

        while (large.Count > 0)
        {
            var l = large.Pop();
            threshold[l] = 1;
            alias[l] = l;
        }

        while (small.Count > 0)
        {
            var s = small.Pop();
            threshold[s] = 1;
            alias[s] = s;
        }

        int Pack(int cell) => (cell / (maxGoals + 1)) | ((cell % (maxGoals + 1)) << 16);
        return new AliasTable(threshold, [.. Enumerable.Range(0, n).Select(Pack)], [.. alias.Select(Pack)]);
    }

    /// <summary>The packed score (home | away &lt;&lt; 16) drawn by a uniform number in [0, 1).</summary>
    public int Sample(double uniform)
    {
        var threshold = _threshold;
        var scaled = uniform * threshold.Length;
        var cell = (int)scaled;
        return scaled - cell < threshold[cell] ? _own[cell] : _alias[cell];
    }
}

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
internal sealed class GroupSimulator
{
    /// <summary>Simulations per chunk, the unit of parallel work and of seeding.</summary>
    public const int ChunkSize = 8192;

    private readonly CompiledGroup _group;
    private readonly ImmutableArray<(int Home, int Away, int HomeGoals, int AwayGoals)> _played;
    private readonly SimulatedFixture[] _fixtures;
    private readonly int _maxPoints;
    private readonly int _pointsOffset;

    public GroupSimulator(CompiledGroup group, IEnumerable<(int Home, int Away, int HomeGoals, int AwayGoals)> played, IReadOnlyList<SimulatedFixture> fixtures)
    {
        _group = group;
        _played = [.. played];
        _fixtures = [.. fixtures];
        var matchesPerTeam = new int[group.TeamCount];
        foreach (var (h, a, _, _) in _played)
        {
            matchesPerTeam[h]++;
            matchesPerTeam[a]++;
        }

        foreach (var f in _fixtures)
        {
            matchesPerTeam[f.Home]++;
            matchesPerTeam[f.Away]++;
        }

        var maxPerMatch = Math.Max(Math.Max(group.Win, group.Draw), group.Loss);
        _maxPoints = matchesPerTeam.DefaultIfEmpty().Max() * maxPerMatch;
        _pointsOffset = group.Deduction.DefaultIfEmpty().Max();
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
        var chunks = (simulations + ChunkSize - 1) / ChunkSize;
        var positionTotals = NewCounts(n, n);
        var pointsTotals = NewCounts(n, _maxPoints + _pointsOffset + 1);
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

        return new SimulationCounts(simulations, positionTotals, pointsTotals, _pointsOffset);
    }

    private static long[][] NewCounts(int rows, int columns) => [.. Enumerable.Range(0, rows).Select(_ => new long[columns])];

    private static void Add(long[][] into, long[][] from)
    {
        for (var i = 0; i < into.Length; i++)
        {
            for (var j = 0; j < into[i].Length; j++)
            {
                into[i][j] += from[i][j];
            }
        }
    }

    /// <summary>One thread's buffers and counts.</summary>
    private sealed class Worker
    {
        private readonly GroupSimulator _owner;
        private readonly RankerWorkspace _workspace;
        private readonly int[] _basePoints;
        private readonly int[] _baseFor;
        private readonly int[] _baseAgainst;
        private readonly int[] _baseAwayFor;
        private readonly int[] _baseWins;
        private readonly int[] _baseAwayWins;

        public Worker(GroupSimulator owner)
        {
            _owner = owner;
            var group = owner._group;
            var n = group.TeamCount;
            _workspace = new RankerWorkspace(group, owner._played.Length + owner._fixtures.Length);
            PositionCounts = NewCounts(n, n);
            PointsCounts = NewCounts(n, owner._maxPoints + owner._pointsOffset + 1);

            // The played matches never change: load them once and keep their totals as the baseline.
            var w = _workspace;
            for (var m = 0; m < owner._played.Length; m++)
            {
                (w.Home[m], w.Away[m], w.HomeGoals[m], w.AwayGoals[m]) = owner._played[m];
            }

            w.MatchCount = owner._played.Length;
            FastRanker.ComputeOverall(group, w);
            _basePoints = (int[])w.Overall.Points.Clone();
            _baseFor = (int[])w.Overall.GoalsFor.Clone();
            _baseAgainst = (int[])w.Overall.GoalsAgainst.Clone();
            _baseAwayFor = (int[])w.Overall.AwayGoalsFor.Clone();
            _baseWins = (int[])w.Overall.Wins.Clone();
            _baseAwayWins = (int[])w.Overall.AwayWins.Clone();
            w.MatchCount = owner._played.Length + owner._fixtures.Length;
            for (var f = 0; f < owner._fixtures.Length; f++)
            {
                w.Home[owner._played.Length + f] = owner._fixtures[f].Home;
                w.Away[owner._played.Length + f] = owner._fixtures[f].Away;
            }
        }

        public long[][] PositionCounts { get; }

        public long[][] PointsCounts { get; }

        public void RunChunk(ulong seed, ulong chunk, int count)
        {
            var rng = new Xoshiro256StarStar(seed, chunk);
            var group = _owner._group;
            var fixtures = _owner._fixtures;
            var w = _workspace;
            var overall = w.Overall;
            var offset = _owner._played.Length;
            var pointsOffset = _owner._pointsOffset;
            for (var s = 0; s < count; s++)
            {
                _basePoints.AsSpan().CopyTo(overall.Points);
                _baseFor.AsSpan().CopyTo(overall.GoalsFor);
                _baseAgainst.AsSpan().CopyTo(overall.GoalsAgainst);
                _baseAwayFor.AsSpan().CopyTo(overall.AwayGoalsFor);
                _baseWins.AsSpan().CopyTo(overall.Wins);
                _baseAwayWins.AsSpan().CopyTo(overall.AwayWins);
                for (var f = 0; f < fixtures.Length; f++)
                {
                    var fixture = fixtures[f];
                    var packed = fixture.Alias.Sample(rng.NextDouble());
                    var hg = packed & 0xFFFF;
                    var ag = packed >> 16;
                    var h = fixture.Home;
                    var a = fixture.Away;
                    var m = offset + f;
                    w.HomeGoals[m] = hg;
                    w.AwayGoals[m] = ag;
                    overall.GoalsFor[h] += hg;
                    overall.GoalsAgainst[h] += ag;
                    overall.GoalsFor[a] += ag;
                    overall.GoalsAgainst[a] += hg;
                    overall.AwayGoalsFor[a] += ag;
                    if (hg > ag)
                    {
                        overall.Points[h] += group.Win;
                        overall.Points[a] += group.Loss;
                        overall.Wins[h]++;
                    }
                    else if (hg < ag)
                    {
                        overall.Points[a] += group.Win;
                        overall.Points[h] += group.Loss;
                        overall.Wins[a]++;
                        overall.AwayWins[a]++;
                    }
                    else
                    {
                        overall.Points[h] += group.Draw;
                        overall.Points[a] += group.Draw;
                    }
                }

                FastRanker.Rank(group, w);
                var order = w.Order;
                for (var p = 0; p < order.Length; p++)
                {
                    var team = order[p];
                    PositionCounts[team][p]++;
                    PointsCounts[team][overall.Points[team] - group.Deduction[team] + pointsOffset]++;
                }
            }
        }
    }
}
