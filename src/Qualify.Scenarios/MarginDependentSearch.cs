using Google.OrTools.Sat;
using Qualify.Domain.Matches;

namespace Qualify.Scenarios;

/// <summary>The margin-dependent search: scores outside the margin rules that settle a slot only together, for one team.</summary>
internal sealed class MarginDependentSearch(TeamSearch team)
{
    private readonly LaterResultBounds _bounds = new(team);
    private readonly MarginClaimBuilder _claims = new(team);

    /// <summary>
    /// For every open statement (slot and kind) and every combination open as a whole, scores of the matchday within
    /// <paramref name="matchdayGoals"/> a side, outside every margin rule that already settles it (of the statement or of one
    /// that implies it), that settle the slot whatever the later results. Combinations that later results can always answer
    /// are ruled out first (<see cref="RuleOut"/>); then CP-SAT looks for such scores in the others (<see cref="Search"/>).
    /// Each proven example is reduced (<see cref="MarginClaimBuilder.Reduce"/>), and the claims are merged into terms (<see cref="MarginClaimBuilder.Merge"/>).
    /// </summary>
    /// <returns>The claims, and whether every statement's search ran to the end.</returns>
    public (List<MarginClaim> Claims, bool Complete) Find(TeamFacts facts, int matchdayGoals)
    {
        team.Status = facts.Status;
        var n = team.Pass.Problem.Teams.Length;
        var statements = SlotStatement.Open(facts, team.Slots.Count);

        // The strongest statements first (fewest positions): a combination claimed for one is not searched for what it implies.
        int Positions(SlotStatement x) => x.Kind == Settlement.Clinch ? team.Slots[x.Slot].To - team.Slots[x.Slot].From + 1
            : n - (team.Slots[x.Slot].To - team.Slots[x.Slot].From + 1);
        statements = [.. statements.OrderBy(Positions)];
        var claimed = statements.ToDictionary(x => x, _ => new HashSet<int>());
        var found = new List<RawClaim>();
        var complete = true;
        var known = new List<Score[]>();
        foreach (var x in statements)
        {
            var implying = statements.Where(y => y != x && y.Implies(x, team.Slots, n)).ToList();
            var stronger = implying.Where(y => !x.Implies(y, team.Slots, n)).ToList();
            var candidates = new SortedDictionary<int, RestrictionCase>();
            for (var c = 0; c < team.Pass.Combinations; c++)
            {
                if (team.Status[x.Slot][c] == SlotStatus.Open && !stronger.Any(y => claimed[y].Contains(c))
                    && Uncovered(facts, [x, .. implying], c, matchdayGoals) is { } box)
                {
                    candidates[c] = box;
                }
            }

            var ranges = RuleOut(x, candidates, matchdayGoals);
            complete &= Search(x, candidates, ranges, matchdayGoals, found, claimed[x], known);
        }

        return ([.. _claims.Merge([.. found.OrderBy(c => c.Kind).ThenBy(c => c.Slot)], matchdayGoals)], complete);
    }

    /// <summary>
    /// Removes from <paramref name="candidates"/> every combination for which some later results leave the team on the wrong
    /// side of <paramref name="x"/> whatever the matchday's scores in its box (<see cref="LaterResultBounds.WrongWhatever"/>): first results
    /// that ruled out another combination, then variants of the combination's own known results on the wrong side
    /// (<see cref="LaterResultBounds.LaterCandidates"/>), both with no solver; then, with matches after the matchday, CP-SAT looks for such later
    /// results (a small model of the later matches, the matchday's part as ranges), each one checked here before it is used.
    /// </summary>
    /// <returns>Each remaining combination's ranges (<see cref="LaterResultBounds.MatchdayRanges"/>), to rule out more of them later.</returns>
    private Dictionary<int, (long Lo, long Hi)[][]> RuleOut(SlotStatement x, SortedDictionary<int, RestrictionCase> candidates, int matchdayGoals)
    {
        var ranges = candidates.ToDictionary(p => p.Key, p => _bounds.MatchdayRanges(p.Value, matchdayGoals));
        var answers = RuleOutKnown(x, candidates, ranges);
        if (team.Pass.Later.Length > 0)
        {
            RuleOutSeparated(x, candidates, ranges, answers);
        }

        return ranges;
    }

    /// <summary>
    /// With no solver: removes the candidates that known later results answer (those that answered another, then the
    /// combination's own <see cref="LaterResultBounds.LaterCandidates"/>); returns the totals of every later results that answered one.
    /// </summary>
    private List<long[][]> RuleOutKnown(SlotStatement x, SortedDictionary<int, RestrictionCase> candidates, Dictionary<int, (long Lo, long Hi)[][]> ranges)
    {
        var answers = new List<long[][]>();
        var tried = new HashSet<long[][]>();
        foreach (var c in candidates.Keys.ToList())
        {
            if (answers.Any(t => _bounds.WrongWhatever(ranges[c], t, x)))
            {
                candidates.Remove(c);
                continue;
            }

            foreach (var scores in _bounds.LaterCandidates(x, c))
            {
                var totals = _bounds.Totals(scores);

                if (tried.Add(totals) && _bounds.WrongWhatever(ranges[c], totals, x))
                {
                    answers.Add(totals);
                    candidates.Remove(c);
                    break;
                }
            }
        }

        return answers;
    }

    /// <summary>With CP-SAT: removes each candidate for which later results separate every team from the focal one on the wrong side.</summary>
    private void RuleOutSeparated(SlotStatement x, SortedDictionary<int, RestrictionCase> candidates, Dictionary<int, (long Lo, long Hi)[][]> ranges, List<long[][]> answers)
    {
        var pass = team.Pass;
        var (_, from, to) = team.Slots[x.Slot];
        var played = pass.PlayedTotals;
        var fixedDifference = played.Select(row => row.Select((v, s) => v - played[team.Focal][s]).ToArray()).ToArray();
        foreach (var c in candidates.Keys.ToList())
        {
            if (answers.Any(t => _bounds.WrongWhatever(ranges[c], t, x)))
            {
                candidates.Remove(c);
                continue;
            }

            var separated = pass.Model.SolveSeparated(team.Focal, pass.Later, pass.OverallCriteria, fixedDifference, ranges[c],
                inside: x.Kind == Settlement.Eliminate, from, to, pass.Settings);
            if (separated.Status is CpSolverStatus.Optimal or CpSolverStatus.Feasible)
            {
                var totals = pass.LaterTotals([.. separated.Results.Select(r => r.Score!.Value)]);
                if (!_bounds.WrongWhatever(ranges[c], totals, x))
                {
                    throw new InvalidOperationException($"CP-SAT later results for {pass.Problem.Teams[team.Focal]} {team.Slots[x.Slot].Name} do not separate the teams");
                }

                answers.Add(totals);
                candidates.Remove(c);
            }
        }
    }

    /// <summary>
    /// Matchday scores in the boxes of <paramref name="candidates"/> (all at once) that settle statement <paramref name="x"/>
    /// under every set of later results collected so far (under one free set while there is none) are proposed: known results
    /// first (<see cref="KnownProposal"/>), else by CP-SAT. Each proposal is proven (INFEASIBLE: no later results put the team
    /// on the wrong side), becoming a claim, or broken by later results (known ones first, <see cref="CounterWithoutSolver"/>),
    /// which are kept (counter-example guided, at most <see cref="ScenarioOptions.MarginSearchRounds"/> sets) and rule out more
    /// combinations. With no later match the first proposal is always proven, and the fewest goals make a readable example. A
    /// final INFEASIBLE proves that the combinations left have no such scores. The sets found are shared by the team's
    /// statements through <paramref name="known"/> (any later results are a necessary condition, so every set is sound).
    /// </summary>
    /// <returns>Whether the search ran to the end (not stopped by its budget or a proposal's work limit).</returns>
    private bool Search(SlotStatement x, SortedDictionary<int, RestrictionCase> candidates, Dictionary<int, (long Lo, long Hi)[][]> ranges,
        int matchdayGoals, List<RawClaim> found, HashSet<int> claimed, List<Score[]> known)
    {
        var later = new List<IReadOnlyList<Score>>();
        var refuted = new HashSet<RankedResults>(ReferenceEqualityComparer.Instance);
        var last = team.Pass.Later.Length == 0;
        var rounds = 0;
        while (candidates.Count > 0)
        {
            var proposal = last ? null : KnownProposal(x, candidates, later, refuted, matchdayGoals);
            if (proposal is null)
            {
                var answer = Propose(x, candidates, later, matchdayGoals, last);
                if (answer.Status == CpSolverStatus.Infeasible)
                {
                    return true;
                }

                if (answer.Status == CpSolverStatus.Unknown)
                {
                    return false;
                }

                proposal = Checked(x, candidates, answer, later);
            }

            // With no later match the proposal is a whole outcome, which CP-SAT and the reference table both rank settled.
            if (!last && (CounterWithoutSolver(x, proposal, known, later) ?? NewCounter(x, proposal, known)) is { } counter)
            {
                if (rounds++ == team.Pass.Options.MarginSearchRounds)
                {
                    return false;
                }

                var added = later.Count;
                later.Add(counter);
                foreach (var shifted in Translations(x, proposal, counter, candidates, later, matchdayGoals))
                {
                    later.Add(shifted);
                    known.Add(shifted);
                }

                foreach (var scores in later.Skip(added))
                {
                    var totals = team.Pass.LaterTotals(scores);
                    foreach (var c in candidates.Keys.Where(c => _bounds.WrongWhatever(ranges[c], totals, x)).ToList())
                    {
                        candidates.Remove(c);
                    }
                }

                continue;
            }

            var claim = _claims.Reduce(x, proposal, matchdayGoals);
            found.Add(claim);
            for (var c = 0; c < team.Pass.Combinations; c++)
            {
                if (claim.Covers(c, team.Pass.Matchday.Length))
                {
                    candidates.Remove(c);
                    claimed.Add(c);
                }
            }
        }

        return true;
    }

    /// <summary>
    /// A proposal with no solver call: known results (the pool's and those found) in a candidate combination, with the matchday's
    /// scores inside its box and within <paramref name="matchdayGoals"/>, that settle <paramref name="x"/> as they are and with every
    /// set of <paramref name="later"/> results (checked by the reference table); <see langword="null"/> when none does. Sets only
    /// join <paramref name="later"/> during a search, so a result one of them breaks is kept in <paramref name="refuted"/> and
    /// not evaluated again.
    /// </summary>
    private RankedResults? KnownProposal(SlotStatement x, SortedDictionary<int, RestrictionCase> candidates, List<IReadOnlyList<Score>> later,
        HashSet<RankedResults> refuted, int matchdayGoals)
    {
        foreach (var (c, box) in candidates)
        {
            foreach (var entry in team.ByCombination[c])
            {
                if (refuted.Contains(entry) || team.Bad(entry, x.Slot, x.Kind) || !InBox(entry.Scores, box, matchdayGoals))
                {
                    continue;
                }

                if (later.Any(scores => team.Bad(team.Evaluate(WithMatchday(scores, entry.Scores)), x.Slot, x.Kind)))
                {
                    refuted.Add(entry);
                    continue;
                }

                return entry;
            }
        }

        return null;
    }

    /// <summary>
    /// The counter-example <paramref name="counter"/> to <paramref name="proposal"/> moved by the same number of goals as the
    /// proposal: for each shift t (both sides of every matchday score, and of every later score below the bound, t goals more or
    /// fewer), the shifted later results when they break the shifted proposal, and the shifted proposal lies in a candidate box
    /// and still settles the slot under every set in <paramref name="later"/>. A proposal broken only by a later score that
    /// follows its own goals (a tie on goals scored) would otherwise come back once per goal.
    /// </summary>
    private List<Score[]> Translations(SlotStatement x, RankedResults proposal, Score[] counter, SortedDictionary<int, RestrictionCase> candidates,
        List<IReadOnlyList<Score>> later, int matchdayGoals)
    {
        var result = new List<Score[]>();
        var bound = team.Pass.Bound;
        for (var t = -matchdayGoals; t <= matchdayGoals; t++)
        {
            if (t == 0)
            {
                continue;
            }

            var moved = (Score[])counter.Clone();
            var fits = true;
            foreach (var m in team.Pass.Matchday)
            {
                var s = proposal.Scores[m];
                fits &= s.Home + t >= 0 && s.Away + t >= 0 && s.Home + t <= matchdayGoals && s.Away + t <= matchdayGoals;
                moved[m] = new Score(s.Home + t, s.Away + t);
            }

            foreach (var m in team.Pass.Later)
            {
                var s = counter[m];
                if (s.Home < bound && s.Away < bound)
                {
                    fits &= s.Home + t >= 0 && s.Away + t >= 0 && s.Home + t < bound && s.Away + t < bound;
                    moved[m] = new Score(s.Home + t, s.Away + t);
                }
            }

            if (!fits || !candidates.TryGetValue(team.Pass.CombinationOf(moved), out var box) || !InBox(moved, box, matchdayGoals)
                || !team.Bad(team.Evaluate(moved), x.Slot, x.Kind)
                || later.Concat(result).Any(scores => team.Bad(team.Evaluate(WithMatchday(scores, moved)), x.Slot, x.Kind)))
            {
                continue;
            }

            result.Add(moved);
        }

        return result;
    }

    /// <summary>Whether the matchday's scores of <paramref name="scores"/> lie in <paramref name="box"/> and within <paramref name="goals"/> a side.</summary>
    private static bool InBox(Score[] scores, RestrictionCase box, int goals) => box.Differences.All(d =>
        scores[d.Match].Home <= goals && scores[d.Match].Away <= goals
        && scores[d.Match].Home - scores[d.Match].Away >= d.Min && scores[d.Match].Home - scores[d.Match].Away <= d.Max);

    /// <summary><paramref name="later"/> with the matchday's scores of <paramref name="matchday"/>.</summary>
    private Score[] WithMatchday(IReadOnlyList<Score> later, Score[] matchday)
    {
        var combined = later.ToArray();
        foreach (var m in team.Pass.Matchday)
        {
            combined[m] = matchday[m];
        }

        return combined;
    }

    /// <summary>
    /// Later results that break <paramref name="proposal"/> (the reference table puts the team on the wrong side of <paramref name="x"/>
    /// with the proposal's matchday scores and them), with no solver call: those found for this team so far (<paramref name="known"/>,
    /// not yet in <paramref name="later"/>), then the later results of known results of the proposal's combination on the wrong
    /// side (<see cref="LaterResultBounds.LaterCandidates"/>, strengthened and kept in <paramref name="known"/>).
    /// </summary>
    private Score[]? CounterWithoutSolver(SlotStatement x, RankedResults proposal, List<Score[]> known, List<IReadOnlyList<Score>> later)
    {
        foreach (var scores in known)
        {
            if (later.Contains(scores))
            {
                continue;
            }

            if (team.Bad(team.Evaluate(WithMatchday(scores, proposal.Scores)), x.Slot, x.Kind))
            {
                return scores;
            }
        }

        foreach (var scores in _bounds.LaterCandidates(x, proposal.Combination))
        {
            var counter = team.Evaluate(WithMatchday(scores, proposal.Scores));
            if (team.Bad(counter, x.Slot, x.Kind))
            {
                var stronger = _bounds.Stronger(counter, x);
                known.Add(stronger);
                return stronger;
            }
        }

        return null;
    }

    /// <summary>Later results that break <paramref name="proposal"/>, found by CP-SAT and strengthened, and kept in <paramref name="known"/>; <see langword="null"/> when it is proven.</summary>
    private Score[]? NewCounter(SlotStatement x, RankedResults proposal, List<Score[]> known)
    {
        if (team.Counter(x, [.. team.Pass.Matchday.Select(m => (m, proposal.Scores[m]))], []) is not { } counter)
        {
            return null;
        }

        var stronger = _bounds.Stronger(counter, x);
        known.Add(stronger);
        return stronger;
    }

    /// <summary>
    /// CP-SAT's proposal: matchday scores in one candidate's box that settle <paramref name="x"/> under every set in
    /// <paramref name="later"/>, or under one free set of later results while it is empty (a model with the free later matches
    /// and a copy per set would be larger and, measured, slower); with no later match (<paramref name="last"/>) the fewest goals.
    /// </summary>
    private QueryAnswer Propose(SlotStatement x, SortedDictionary<int, RestrictionCase> candidates, List<IReadOnlyList<Score>> later, int matchdayGoals, bool last)
    {
        var (_, from, to) = team.Slots[x.Slot];
        return team.Pass.Model.Solve(team.Focal, TeamSearch.SettledQuery(x.Kind), from, to, last ? team.Pass.Settings : team.Pass.Limited, null, new Restriction
        {
            Matchday = team.Pass.Matchday,
            Cases = [.. candidates.Values],
            MatchdayGoals = matchdayGoals,
            LaterScores = later,
            Objective = last ? ([.. team.Pass.Matchday.Select(m => (m, 1, 1))], false) : null,
        });
    }

    /// <summary>
    /// A proposal's results, checked against the reference table: settled, and in a candidate combination. With sets of later
    /// results the answer's later scores are free, so its matchday scores are checked with the first set.
    /// </summary>
    private RankedResults Checked(SlotStatement x, SortedDictionary<int, RestrictionCase> candidates, QueryAnswer answer, List<IReadOnlyList<Score>> later)
    {
        if (answer.Status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
        {
            throw new InvalidOperationException($"CP-SAT returned {answer.Status} for {team.Pass.Problem.Teams[team.Focal]} {team.Slots[x.Slot].Name}");
        }

        Score[] scores = [.. answer.Results.Select(m => m.Score!.Value)];
        var proposal = team.Evaluate(later.Count > 0 ? WithMatchday(later[0], scores) : scores);
        if (team.Bad(proposal, x.Slot, x.Kind) || !candidates.ContainsKey(proposal.Combination))
        {
            throw new InvalidOperationException(
                $"CP-SAT scores settling {team.Slots[x.Slot].Name} for {team.Pass.Problem.Teams[team.Focal]} do not match the reference table");
        }

        return proposal;
    }

    /// <summary>
    /// The scores of combination <paramref name="c"/> that no margin rule of <paramref name="statements"/> (the statement and
    /// those implying it) covers: one range of winning margins per match (within <paramref name="goals"/>), or
    /// <see langword="null"/> when none is left.
    /// </summary>
    private RestrictionCase? Uncovered(TeamFacts facts, IReadOnlyList<SlotStatement> statements, int c, int goals)
    {
        var k = team.Pass.Matchday.Length;
        var differences = new List<(int Match, int Min, int Max)>();
        for (var m = 0; m < k; m++)
        {
            var outcome = new MatchdayCombination(c, k)[m];
            if (outcome == MatchOutcome.Draw)
            {
                differences.Add((team.Pass.Matchday[m], 0, 0));
                continue;
            }

            var (lo, hi) = (1, goals);
            foreach (var rule in statements.SelectMany(y => facts.Rules[y.Slot][c].Where(r => r.Kind == y.Kind && r.Match == m)))
            {
                if (rule.AtLeast is { } least)
                {
                    hi = Math.Min(hi, least - 1);
                }

                if (rule.AtMost is { } most)
                {
                    lo = Math.Max(lo, most + 1);
                }
            }

            if (lo > hi)
            {
                return null;
            }

            differences.Add((team.Pass.Matchday[m], outcome == MatchOutcome.HomeWin ? lo : -hi, outcome == MatchOutcome.HomeWin ? hi : -lo));
        }

        return new RestrictionCase(team.Pass.Outcomes(c), differences);
    }
}
