using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Qualify.Simulation;

// One thread's simulation loop: draw the scores, add their key deltas, rank, count.
internal sealed partial class GroupSimulator
{
    /// <summary>One thread's buffers and counts.</summary>
    internal sealed class Worker
    {
        private readonly GroupSimulator _owner;
        private readonly RankerWorkspace _workspace;
        private readonly long[] _baseKeys;
        private readonly int _pointsWidth;

        public Worker(GroupSimulator owner)
        {
            _owner = owner;
            var group = owner._group;
            var n = group.TeamCount;
            var fixtureCount = owner._fixtures.Length;
            _workspace = new RankerWorkspace(group, owner._played.Length + fixtureCount);
            _pointsWidth = owner._maxPoints + owner._pointsOffset + 1;
            PositionCounts = new long[n * n];
            PointsCounts = new long[n * _pointsWidth];

            // The played matches never change: load them once and keep their first-block keys as the baseline.
            var w = _workspace;
            for (var m = 0; m < owner._played.Length; m++)
            {
                (w.Home[m], w.Away[m], w.HomeGoals[m], w.AwayGoals[m]) = owner._played[m];
            }

            w.MatchCount = owner._played.Length;
            FastRanker.ComputeOverall(group, w);
            _baseKeys = [.. Enumerable.Range(0, n).Select(t => group.Key(FirstBlockCase(group), w.Overall, t))];
            w.MatchCount = owner._played.Length + fixtureCount;
            w.UsePendingCells(owner._played.Length, fixtureCount, owner._cellHomeGoals, owner._cellAwayGoals);
            for (var f = 0; f < fixtureCount; f++)
            {
                w.Home[owner._played.Length + f] = owner._fixtures[f].Home;
                w.Away[owner._played.Length + f] = owner._fixtures[f].Away;
            }

            w.IndexTeamMatches();
            if (owner._cellPacked.Length > 0)
            {
                // Packed totals for a ranking across groups (RankingTotals.SumWithout).
                w.IndexPacked(group, owner._cellPacked);
            }
        }

        public RankerWorkspace Workspace => _workspace;

        /// <summary>Position counts, flattened: [team × teams + position − 1].</summary>
        public long[] PositionCounts { get; }

        /// <summary>Points counts, flattened: [team × width + points + offset].</summary>
        public long[] PointsCounts { get; }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void RunChunk(ulong seed, ulong chunk, int count)
        {
            var rng = new Xoshiro256StarStar(seed, chunk);
            for (var s = 0; s < count; s++)
            {
                SimulateOne(ref rng);
                Count();
            }
        }

        /// <summary>
        /// <see cref="SimulateOne"/> then <see cref="Count"/>, compiled on their own for a caller that plays many groups
        /// in turn (the stage-by-stage forecaster), so that the draw loop is not inlined into the caller's larger body.
        /// </summary>
        [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
        public void SimulateAndCount(ref Xoshiro256StarStar rng)
        {
            SimulateOne(ref rng);
            Count();
        }

        /// <summary>
        /// Simulates one table into the workspace and ranks it: the simulated goals are in the workspace's matches,
        /// the ranking in <see cref="RankerWorkspace.Order"/>.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void SimulateOne(ref Xoshiro256StarStar state)
        {
            // A local copy of the generator, so that its four words stay in registers through the loop instead of
            // being loaded and stored through the reference at every draw; written back once at the end.
            var rng = state;
            var owner = _owner;
            var w = _workspace;
            var fixtures = owner._fixtures;
            var keys = w.FirstKeys;

            // Trusted indices (validated when the simulator was built): no bounds checks in the innermost loop.
            ref var key0 = ref MemoryMarshal.GetArrayDataReference(keys);
            ref var alias0 = ref MemoryMarshal.GetArrayDataReference(owner._alias);
            ref var score0 = ref MemoryMarshal.GetArrayDataReference(owner._scores);
            ref var cells0 = ref MemoryMarshal.GetArrayDataReference(w.PendingCells);
            _baseKeys.AsSpan().CopyTo(keys);
            DrawAll(ref rng, fixtures, ref alias0, ref score0, ref key0, ref cells0);
            state = rng;
            w.GoalsPending = true;

            if (owner._firstKeyPath)
            {
                w.OverallReady = false;
                FastRanker.RankFromFirstKeys(owner._group, w);
            }
            else
            {
                FastRanker.ComputeOverall(owner._group, w);
                FastRanker.Rank(owner._group, w);
            }
        }

        /// <summary>Draws every fixture's score (<see cref="Draw"/>), two fixtures per 64-bit number.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static void DrawAll(ref Xoshiro256StarStar rng, FixtureSlot[] fixtures, ref AliasEntry alias0, ref ScoreDelta score0, ref long key0, ref int cells0)
        {
            ref var fixture0 = ref MemoryMarshal.GetArrayDataReference(fixtures);
            var f = 0;
            for (; f + 1 < fixtures.Length; f += 2)
            {
                var r = rng.NextUInt64();
                Draw(ref Unsafe.Add(ref fixture0, f), (uint)(r >> 32), ref alias0, ref score0, ref key0, ref Unsafe.Add(ref cells0, f));
                Draw(ref Unsafe.Add(ref fixture0, f + 1), (uint)r, ref alias0, ref score0, ref key0, ref Unsafe.Add(ref cells0, f + 1));
            }

            if (f < fixtures.Length)
            {
                Draw(ref Unsafe.Add(ref fixture0, f), (uint)(rng.NextUInt64() >> 32), ref alias0, ref score0, ref key0, ref Unsafe.Add(ref cells0, f));
            }
        }

        /// <summary>
        /// Draws one fixture's score from 32 uniform bits (top bits: the cell; the rest: cell or alias), records the
        /// score's cell and adds its key deltas to the two teams.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static void Draw(ref readonly FixtureSlot fixture, uint bits, ref AliasEntry alias0, ref ScoreDelta score0, ref long key0, ref int cell)
        {
            var chosen = fixture.ScoreStart + AliasEntry.Pick(ref Unsafe.Add(ref alias0, fixture.AliasStart), bits, fixture.CellShift);
            cell = chosen;
            ref readonly var score = ref Unsafe.Add(ref score0, chosen);
            Unsafe.Add(ref key0, fixture.Home) += score.HomeKey;
            Unsafe.Add(ref key0, fixture.Away) += score.AwayKey;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Count()
        {
            var owner = _owner;
            var group = owner._group;
            var w = _workspace;
            var order = w.Order;
            var n = order.Length;
            var pointsCounts = PointsCounts;
            var width = _pointsWidth;
            var pointsOffset = owner._pointsOffset;

            // Trusted indices (the order is a permutation of the teams, and points lie in the counts' range by
            // construction): no bounds checks.
            ref var position0 = ref MemoryMarshal.GetArrayDataReference(PositionCounts);
            ref var order0 = ref MemoryMarshal.GetArrayDataReference(order);
            for (var p = 0; p < n; p++)
            {
                Unsafe.Add(ref position0, (Unsafe.Add(ref order0, p) * n) + p)++;
            }

            if (owner._firstKeyPath)
            {
                // The first-block keys hold points after deductions in their top field (the first criterion).
                ref var points0 = ref MemoryMarshal.GetArrayDataReference(pointsCounts);
                ref var key0 = ref MemoryMarshal.GetArrayDataReference(w.FirstKeys);
                var shift = owner._pointsShift;
                var offset = pointsOffset - 2048;
                for (var t = 0; t < n; t++)
                {
                    Unsafe.Add(ref points0, (t * width) + (int)(Unsafe.Add(ref key0, t) >> shift) + offset)++;
                }
            }
            else
            {
                var points = w.Overall.Points;
                var deduction = group.Deduction;
                for (var t = 0; t < n; t++)
                {
                    pointsCounts[(t * width) + points[t] - deduction[t] + pointsOffset]++;
                }
            }
        }
    }
}
