using System.Collections.Immutable;
using Qualify.Domain.Competitions;
using Qualify.Domain.Matches;
using Qualify.Domain.Standings;

namespace Qualify.Scenarios;

/// <summary>
/// Results for every ranked group and the rank they give the team, as the reference ranking computes them.
/// </summary>
/// <param name="From">The team's best rank under these results (lots going its way); <see langword="null"/> when the results leave it away from the ranked position of its group.</param>
/// <param name="To">Its worst rank under them (lots going against it); <see langword="null"/> likewise.</param>
/// <param name="Results">The remaining matches with scores: every ranked group's, or only the team's own group when it is not at the ranked position.</param>
/// <param name="Ranking">The reference ranking under these results; <see langword="null"/> when the team is not at the ranked position.</param>
public sealed record RankingWitness(int? From, int? To, ImmutableArray<Match> Results, CrossGroupStandings? Ranking);

/// <summary>One ranking slot's answer for one team.</summary>
/// <param name="Name">The slot's name: "advanced", "advancedOrBetter", …</param>
/// <param name="From">The slot's first rank.</param>
/// <param name="To">The slot's last rank.</param>
/// <param name="Status">Clinched, eliminated or open.</param>
/// <param name="Proof">For clinched or eliminated: what was proven.</param>
/// <param name="Witness">For open: results that put the team in the slot.</param>
/// <param name="CounterWitness">For open: results that keep it out.</param>
public sealed record RankingSlotScenario(string Name, int From, int To, SlotStatus Status, string? Proof, RankingWitness? Witness, RankingWitness? CounterWitness);

/// <summary>A team that can finish at the ranked position of its group: its exact best and worst rank and its slot answers.</summary>
/// <param name="Team">The team.</param>
/// <param name="Group">Its group.</param>
/// <param name="SurelyAtPosition">Whether it finishes at the ranked position whatever the results and lots.</param>
/// <param name="BestRank">Its best rank when it finishes at the position.</param>
/// <param name="WorstRank">Its worst rank when it finishes at the position.</param>
/// <param name="Best">Results giving the best rank.</param>
/// <param name="Worst">Results giving the worst rank.</param>
/// <param name="Slots">Its answer for each ranking slot.</param>
public sealed record RankedTeamScenario(string Team, string Group, bool SurelyAtPosition, int BestRank, int WorstRank, RankingWitness Best, RankingWitness Worst, ImmutableArray<RankingSlotScenario> Slots);

/// <summary>A ranking across groups' exact scenarios.</summary>
/// <param name="Ranking">The ranking's definition.</param>
/// <param name="GroupsRanked">How many groups it ranks (one team each).</param>
/// <param name="MaxGoals">The largest goal bound of the groups' answers, under which the records were optimised (each group's own bound).</param>
/// <param name="Criteria">The criteria the records were compared on (fair play and lots going either way after them while matches remain).</param>
/// <param name="Teams">Every team that can finish at the ranked position, by group then group order.</param>
public sealed record RankingScenarios(CrossGroupRanking Ranking, int GroupsRanked, int MaxGoals, ImmutableArray<TieBreakCriterion> Criteria, ImmutableArray<RankedTeamScenario> Teams);

/// <summary>
/// Exact scenarios of a ranking across groups, by decomposition (the groups share no matches): for each team j that can
/// finish at the ranked position p, the lexicographic largest and smallest record it can have there (the ranking's criteria
/// over the matches the discard rule keeps, optimised criterion by criterion with CP-SAT, a later criterion only when a
/// comparison needs it). Team T's best rank is 1 + the groups whose smallest record is above T's largest, its worst rank
/// 1 + the groups whose largest record is at or above T's smallest (equal records go either way by lots). Every rank is
/// witnessed by results replayed through the reference ranking (<see cref="CompetitionTableBuilder.RankAcrossGroups"/>).
/// See docs/scenarios.md.
/// </summary>
public static class RankingAnalyzer
{
    /// <summary>
    /// The ranking's slots analysed (each slot rule that is not elimination, plus "X or better" for every slot after the
    /// first), with their ranks clipped to the groups ranked.
    /// </summary>
    /// <exception cref="NotSupportedException">A slot is neither at the top nor at the bottom of the ranking.</exception>
    public static IReadOnlyList<(string Name, int From, int To)> SlotsOf(RankingProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var count = problem.Groups.Length;
        var slots = ScenarioAnalyzer.SlotsOfRules(problem.Ranking.Slots);
        var duplicated = slots.GroupBy(s => s.Name, StringComparer.Ordinal).Any(g => g.Count() > 1);
        var result = new List<(string, int, int)>();
        foreach (var (name, from, to) in slots)
        {
            var last = Math.Min(to, count);
            if (from > 1 && last < count)
            {
                throw new NotSupportedException(
                    $"ranking '{problem.Ranking.Name}': slot {name} (ranks {from}-{to}) is neither at the top nor at the bottom of the ranking, which exact scenarios do not support");
            }

            result.Add((duplicated && !name.EndsWith("OrBetter", StringComparison.Ordinal) ? $"{name}{from}-{to}" : name, from, last));
        }

        return result;
    }

    /// <summary>Analyses <paramref name="problem"/> given the exact answers of its groups (<paramref name="answers"/>, in <see cref="RankingProblem.Groups"/>' order).</summary>
    /// <exception cref="NotSupportedException">The ranking has a criterion or slot the analysis does not support.</exception>
    public static RankingScenarios Analyse(RankingProblem problem, IReadOnlyList<GroupScenarios> answers, ScenarioOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(answers);
        options ??= new ScenarioOptions();
        var criteria = problem.Criteria();
        var slots = SlotsOf(problem);
        var groups = problem.Groups;
        var records = groups.Select((g, i) => new GroupRecords(problem, g, answers[i], criteria, options)).ToArray();

        // Known outcomes first (the groups' own witnesses): they settle most comparisons with no solver call.
        Parallel.ForEach(records, r =>
        {
            foreach (var c in r.Candidates)
            {
                _ = r.Samples(c);
            }
        });
        var work = records.SelectMany((r, g) => r.Candidates.Select(c => new TeamWork(records, g, c))).ToList();

        // Then every extreme a comparison still needs, in parallel (each is its own model), the later criteria as needed.
        var needed = work.SelectMany(w => w.Needed()).Distinct().ToList();
        Parallel.ForEach(needed, e => _ = e.Feasible);
        var teams = ImmutableArray.CreateBuilder<RankedTeamScenario>();
        foreach (var w in work.Where(w => w.Feasible))
        {
            teams.Add(w.Finish(problem, criteria.Count, slots));
        }

        return new RankingScenarios(problem.Ranking, groups.Length, records.Select(r => r.Bound).DefaultIfEmpty(options.MaxGoals).Max(),
            [.. criteria], teams.ToImmutable());
    }

    /// <summary>
    /// One team T's ranks: each other group's comparison settled by known outcomes where they suffice (one of its samples at
    /// or below T's highest sample: not surely above T; one at or above T's lowest: can be at or above T), else by the
    /// exact extremes.
    /// </summary>
    private sealed class TeamWork
    {
        private readonly GroupRecords[] _records;
        private readonly int _g;
        private readonly int _c;
        private readonly RecordSample? _high;
        private readonly RecordSample? _low;
        private readonly RecordSample?[] _bestKnown;
        private readonly RecordSample?[] _worstKnown;

        public TeamWork(GroupRecords[] records, int g, int c)
        {
            (_records, _g, _c) = (records, g, c);
            var own = records[g].Samples(c);
            _high = own.Count == 0 ? null : own.Aggregate((a, b) => Lexicographic(a.Record, b.Record) >= 0 ? a : b);
            _low = own.Count == 0 ? null : own.Aggregate((a, b) => Lexicographic(a.Record, b.Record) <= 0 ? a : b);
            _bestKnown = new RecordSample?[records.Length];
            _worstKnown = new RecordSample?[records.Length];
            for (var h = 0; h < records.Length; h++)
            {
                if (h == g || _high is null || _low is null)
                {
                    continue;
                }

                var others = records[h].Candidates.SelectMany(records[h].Samples).ToList();
                _bestKnown[h] = others.FirstOrDefault(x => Lexicographic(x.Record, _high.Record) <= 0);
                _worstKnown[h] = others.FirstOrDefault(x => Lexicographic(x.Record, _low.Record) >= 0);
            }
        }

        private IEnumerable<int> Others => Enumerable.Range(0, _records.Length).Where(h => h != _g);

        private bool BestSettled => Others.All(h => _bestKnown[h] is not null);

        private bool WorstSettled => Others.All(h => _worstKnown[h] is not null);

        /// <summary>Whether the team can finish at the ranked position (a sample, else its largest record's query).</summary>
        public bool Feasible => _high is not null || _records[_g].Extreme(_c, true).Feasible;

        /// <summary>The extremes the exact comparisons need (their first criterion is computed in parallel beforehand).</summary>
        public IEnumerable<RecordExtreme> Needed()
        {
            if (_high is null)
            {
                yield return _records[_g].Extreme(_c, true);
            }

            if (!BestSettled)
            {
                yield return _records[_g].Extreme(_c, true);
                foreach (var h in Others.Where(h => _bestKnown[h] is null))
                {
                    foreach (var j in _records[h].Candidates)
                    {
                        yield return _records[h].Extreme(j, false);
                    }
                }
            }

            if (!WorstSettled)
            {
                yield return _records[_g].Extreme(_c, false);
                foreach (var h in Others.Where(h => _worstKnown[h] is null))
                {
                    foreach (var j in _records[h].Candidates)
                    {
                        yield return _records[h].Extreme(j, true);
                    }
                }
            }
        }

        public RankedTeamScenario Finish(RankingProblem problem, int depth, IReadOnlyList<(string Name, int From, int To)> slots)
        {
            var own = _records[_g];
            var bestParts = new RecordSample[_records.Length];
            var worstParts = new RecordSample[_records.Length];
            var (above, atOrAbove) = (0, 0);
            var largest = BestSettled ? null : own.Extreme(_c, true);
            var smallest = WorstSettled ? null : own.Extreme(_c, false);
            foreach (var h in Others)
            {
                // Best rank: group h is surely above T iff every team it can place there has, at its lowest, a record above T's highest.
                if (_bestKnown[h] is { } notAbove)
                {
                    bestParts[h] = notAbove;
                }
                else
                {
                    var lows = _records[h].Candidates.Select(j => _records[h].Extreme(j, false)).Where(e => e.Feasible).ToList();
                    var low = lows.FirstOrDefault(e => Compare(e, largest!, depth) <= 0);
                    bestParts[h] = (low ?? lows[0]).Sample;
                    above += low is null ? 1 : 0;
                }

                // Worst rank: group h can be at or above T iff some team it can place there can, at its highest, reach T's lowest.
                if (_worstKnown[h] is { } reaching)
                {
                    worstParts[h] = reaching;
                    atOrAbove++;
                }
                else
                {
                    var highs = _records[h].Candidates.Select(j => _records[h].Extreme(j, true)).Where(e => e.Feasible).ToList();
                    var high = highs.FirstOrDefault(e => Compare(e, smallest!, depth) >= 0);
                    worstParts[h] = (high ?? highs[0]).Sample;
                    atOrAbove += high is null ? 0 : 1;
                }
            }

            // A sample settled against T's highest (lowest) sample is also at or below (above) T's extreme; the extreme's
            // witness is refined until it agrees with the extreme far enough to show it.
            foreach (var h in Others)
            {
                if (largest is not null && _bestKnown[h] is { } below)
                {
                    _ = CompareWithRecord(largest, below.Record, depth);
                }

                if (smallest is not null && _worstKnown[h] is { } reached)
                {
                    _ = CompareWithRecord(smallest, reached.Record, depth);
                }
            }

            bestParts[_g] = largest?.Sample ?? _high!;
            worstParts[_g] = smallest?.Sample ?? _low!;
            var team = own.Problem.Teams[_c];
            var (bestRank, worstRank) = (1 + above, 1 + atOrAbove);
            var best = Witness(problem, bestParts, team);
            var worst = Witness(problem, worstParts, team);
            if (best.From != bestRank || worst.To != worstRank)
            {
                throw new InvalidOperationException(
                    $"ranking '{problem.Ranking.Name}': {team} claims ranks {bestRank}-{worstRank} but the reference ranking of its witnesses gives {best.From} and {worst.To}");
            }

            var answer = own.Answers.Teams[_c];
            var sure = answer.BestPosition == problem.Position && answer.WorstPosition == problem.Position;
            var elsewhere = sure ? null : Elsewhere(problem, answer);
            var proof = $"ranks {bestRank}-{worstRank} proven (records OPTIMAL)";
            var answers = slots.Select(s => Slot(s, bestRank, worstRank, best, worst, elsewhere, proof, problem.Position)).ToImmutableArray();
            return new RankedTeamScenario(team, own.Problem.Group, sure, bestRank, worstRank, best, worst, answers);
        }
    }

    private static int Lexicographic(long[] a, long[] b)
    {
        for (var k = 0; k < a.Length; k++)
        {
            var order = a[k].CompareTo(b[k]);
            if (order != 0)
            {
                return order;
            }
        }

        return 0;
    }

    /// <summary>A slot: prefix (ranks 1…k) or suffix (k…last); see docs/scenarios.md.</summary>
    private static RankingSlotScenario Slot((string Name, int From, int To) slot, int bestRank, int worstRank, RankingWitness best, RankingWitness worst,
        RankingWitness? elsewhere, string proof, int position)
    {
        var (name, from, to) = slot;
        var prefix = from == 1;
        var canEnter = prefix ? bestRank <= to : worstRank >= from;
        if (!canEnter)
        {
            return new RankingSlotScenario(name, from, to, SlotStatus.Eliminated, proof, null, null);
        }

        var inside = prefix ? best : worst;
        var outside = prefix
            ? (worstRank > to ? worst : elsewhere)
            : (bestRank < from ? best : elsewhere);
        return outside is null
            ? new RankingSlotScenario(name, from, to, SlotStatus.Clinched, $"surely at position {position} of its group; {proof}", null, null)
            : new RankingSlotScenario(name, from, to, SlotStatus.Open, null, inside, outside);
    }

    /// <summary>Results of the team's own group that leave it away from the ranked position (by lots at worst), from its group's answers.</summary>
    private static RankingWitness Elsewhere(RankingProblem problem, TeamScenario answer)
    {
        var p = problem.Position;
        var witness = answer.Best.From != p || answer.Best.To != p ? answer.Best : answer.Worst;
        return new RankingWitness(null, null, witness.Results, null);
    }

    /// <summary>Lexicographic comparison of an extreme with a known record, computing the extreme's criteria only as needed.</summary>
    private static int CompareWithRecord(RecordExtreme a, long[] record, int depth)
    {
        for (var k = 0; k < depth; k++)
        {
            var order = a.Value(k).CompareTo(record[k]);
            if (order != 0)
            {
                return order;
            }
        }

        return 0;
    }

    /// <summary>Lexicographic comparison of two extremes over the first <paramref name="depth"/> criteria, computing criteria only as needed.</summary>
    private static int Compare(RecordExtreme a, RecordExtreme b, int depth)
    {
        for (var k = 0; k < depth; k++)
        {
            var order = a.Value(k).CompareTo(b.Value(k));
            if (order != 0)
            {
                return order;
            }
        }

        return 0;
    }

    /// <summary>The combined witness of one extreme per group, replayed through the reference ranking.</summary>
    private static RankingWitness Witness(RankingProblem problem, RecordSample[] choice, string team)
    {
        var claims = choice.Select(e => new RankingReplay.GroupClaim(e.Scores, e.Team, e.Discarded)).ToList();
        var ranking = RankingReplay.Rank(problem, claims);
        var (from, to) = ScenarioProblem.PositionRange(ranking.Table, team);
        var results = problem.Groups.SelectMany((g, i) => g.Remaining.Select((m, k) => m with { Score = claims[i].Scores[k] })).ToImmutableArray();
        return new RankingWitness(from, to, results, ranking);
    }
}
