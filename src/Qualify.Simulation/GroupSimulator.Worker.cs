using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Qualify.Simulation;

// One thread's simulation loop: draw the scores, add them to the packed totals, rank, count.
internal sealed partial class GroupSimulator
{
    /// <summary>One thread's buffers and counts.</summary>
    internal sealed class Worker
    {
        private readonly GroupSimulator _owner;
        private readonly RankerWorkspace _workspace;
        private readonly long[] _baseKeys;
        private readonly int _pointsWidth;
        private readonly long[] _basePacked;
        private readonly long[] _keyOffsets;
        private readonly long[] _keyCoefficients;
        private readonly bool _firstThreeOnly;
        private bool _trackPacked;

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
            _keyCoefficients = group.KeyCoefficients[FirstBlockCase(group)];
            _firstThreeOnly = RankingTotals.FirstThreeOnly(_keyCoefficients);
            w.MatchCount = owner._played.Length + fixtureCount;
            w.UsePendingCells(owner._played.Length, fixtureCount, owner._cellHomeGoals, owner._cellAwayGoals);
            for (var f = 0; f < fixtureCount; f++)
            {
                w.Home[owner._played.Length + f] = owner._fixtures[f].Home;
                w.Away[owner._played.Length + f] = owner._fixtures[f].Away;
            }

            w.IndexTeamMatches();
            _basePacked = new long[n];
            if (owner._cellPacked.Length > 0)
            {
                w.PackTeamMatches(group, owner._cellPacked);
                w.IndexPairs();
                for (var t = 0; t < n; t++)
                {
                    for (var i = w.TeamMatchStart[t]; i < w.TeamMatchStart[t + 1]; i++)
                    {
                        _basePacked[t] += w.TeamMatches[i] < owner._played.Length ? w.TeamMatchPacked[i] : 0;
                    }
                }
            }

            // The key is linear in the packed totals (no field overflows: RankingTotals.CanPack), so the played
            // matches' key less the same function of their totals, plus the function of all the totals, is the key.
            _keyOffsets = [.. Enumerable.Range(0, n).Select(t => _baseKeys[t] - RankingTotals.Linear(_basePacked[t], _keyCoefficients, _firstThreeOnly))];
        }

        /// <summary>
        /// Whether each simulation also keeps every team's packed totals over all its matches
        /// (<see cref="RankerWorkspace.TeamPacked"/>), for a ranking across groups; possible only where the totals can
        /// be packed (<see cref="RankingTotals.CanPack"/>). Off by default.
        /// </summary>
        public bool TrackPackedTotals
        {
            get => _trackPacked;
            set
            {
                _trackPacked = value && _owner._cellPacked.Length > 0;
                _workspace.PackedTracked = _trackPacked;
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
            if (_trackPacked)
            {
                // Only the packed totals are kept while drawing, from the played matches' totals; the first-block
                // keys, linear in the same totals, are derived from them once per table (two additions a match fewer).
                _basePacked.AsSpan().CopyTo(w.TeamPacked);
                DrawAll<Tracked>(ref rng, fixtures, ref alias0, ref score0, ref key0, ref cells0,
                    ref MemoryMarshal.GetArrayDataReference(owner._cellPacked), ref MemoryMarshal.GetArrayDataReference(w.TeamPacked));
                KeysFromPacked(w);
            }
            else
            {
                _baseKeys.AsSpan().CopyTo(keys);
                DrawAll<Untracked>(ref rng, fixtures, ref alias0, ref score0, ref key0, ref cells0, ref key0, ref key0);
            }

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

        /// <summary>
        /// Draws every fixture's score, two fixtures per 64-bit number (<see cref="Draw{TTrack}"/>); with
        /// <typeparamref name="TTrack"/> <see cref="Tracked"/>, adds each score's packed totals to the two teams'
        /// instead of its key deltas.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static void DrawAll<TTrack>(ref Xoshiro256StarStar rng, FixtureSlot[] fixtures, ref AliasEntry alias0, ref ScoreDelta score0,
            ref long key0, ref int cells0, ref long cellPacked0, ref long packed0)
            where TTrack : struct
        {
            ref var fixture0 = ref MemoryMarshal.GetArrayDataReference(fixtures);
            var f = 0;
            for (; f + 1 < fixtures.Length; f += 2)
            {
                var r = rng.NextUInt64();
                Draw<TTrack>(ref Unsafe.Add(ref fixture0, f), (uint)(r >> 32), ref alias0, ref score0, ref key0, ref Unsafe.Add(ref cells0, f), ref cellPacked0, ref packed0);
                Draw<TTrack>(ref Unsafe.Add(ref fixture0, f + 1), (uint)r, ref alias0, ref score0, ref key0, ref Unsafe.Add(ref cells0, f + 1), ref cellPacked0, ref packed0);
            }

            if (f < fixtures.Length)
            {
                Draw<TTrack>(ref Unsafe.Add(ref fixture0, f), (uint)(rng.NextUInt64() >> 32), ref alias0, ref score0, ref key0, ref Unsafe.Add(ref cells0, f), ref cellPacked0, ref packed0);
            }
        }

        /// <summary>
        /// Draws one fixture's score from 32 uniform bits (top bits: the cell; the rest: cell or alias), records the
        /// score's cell and adds its key deltas to the two teams; when tracked, adds the score's packed totals
        /// (<see cref="RankingTotals.Pack"/>) to the two teams' <see cref="RankerWorkspace.TeamPacked"/> instead.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static void Draw<TTrack>(
            ref readonly FixtureSlot fixture, uint bits, ref AliasEntry alias0, ref ScoreDelta score0, ref long key0, ref int cell,
            ref long cellPacked0, ref long packed0)
            where TTrack : struct
        {
            var chosen = fixture.ScoreStart + AliasEntry.Pick(ref Unsafe.Add(ref alias0, fixture.AliasStart), bits, fixture.CellShift);
            cell = chosen;
            if (typeof(TTrack) == typeof(Tracked))
            {
                Unsafe.Add(ref packed0, fixture.Home) += Unsafe.Add(ref cellPacked0, chosen * 2);
                Unsafe.Add(ref packed0, fixture.Away) += Unsafe.Add(ref cellPacked0, (chosen * 2) + 1);
            }
            else
            {
                ref readonly var score = ref Unsafe.Add(ref score0, chosen);
                Unsafe.Add(ref key0, fixture.Home) += score.HomeKey;
                Unsafe.Add(ref key0, fixture.Away) += score.AwayKey;
            }
        }

        /// <summary>
        /// After a tracked draw (<see cref="RankerWorkspace.TeamPacked"/> holds the packed totals of every match): on
        /// the first-key path (the only reader of the keys), each team's first-block key is its played matches' key
        /// plus the same linear function (<see cref="CompiledGroup.KeyCoefficients"/>) of its simulated totals, that is
        /// its offset plus the function of all its totals.
        /// </summary>
        private void KeysFromPacked(RankerWorkspace w)
        {
            if (!_owner._firstKeyPath)
            {
                return;
            }

            var packed = w.TeamPacked;
            var keys = w.FirstKeys;
            var offsets = _keyOffsets;
            if (_firstThreeOnly)
            {
                // Points and goals only (the usual first criteria): three weights, in registers.
                var (points, goalsFor, goalsAgainst) = (_keyCoefficients[0], _keyCoefficients[1], _keyCoefficients[2]);
                for (var t = 0; t < packed.Length && t < keys.Length && t < offsets.Length; t++)
                {
                    keys[t] = offsets[t] + RankingTotals.FirstThree(packed[t], points, goalsFor, goalsAgainst);
                }

                return;
            }

            for (var t = 0; t < packed.Length; t++)
            {
                keys[t] = offsets[t] + RankingTotals.Linear(packed[t], _keyCoefficients, firstThreeOnly: false);
            }
        }

        /// <summary>Type argument of <see cref="DrawAll{TTrack}"/>: keep each team's packed totals.</summary>
        private readonly struct Tracked;

        /// <summary>Type argument of <see cref="DrawAll{TTrack}"/>: keep the first-block keys only.</summary>
        private readonly struct Untracked;

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
