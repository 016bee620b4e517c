using Google.OrTools.Sat;
using Qualify.Domain.Matches;

namespace Qualify.Scenarios;

/// <summary>
/// One team's search at one goal bound: the results known so far per combination, which slots they put the team in or
/// out of, and the solver queries and local search that find more. Its parts: slot statuses, margin thresholds, the
/// margin-dependent search, the later results that answer it, and its claims (TeamSearch.*.cs).
/// </summary>
internal sealed partial class TeamSearch
{
    /// <summary>How many known witnesses of a combination get their margin moved to the extreme before CP-SAT is asked.</summary>
    private const int PerturbedWitnesses = 12;

    /// <summary>How many goals a combined margin is moved from the example's before it is reported as it stands.</summary>
    private const int CombinedSteps = 4;

    private readonly MatchdayPass _pass;
    private readonly int _focal;
    private readonly IReadOnlyList<(string Name, int From, int To)> _slots;
    private readonly List<RankedResults>[] _byCombination;
    private readonly bool[][] _inside;
    private readonly bool[][] _outside;
    private readonly List<RankedResults> _found = [];
    private SlotStatus[][] _status = [];
    private readonly List<MarginRule>[][] _rules;

    /// <summary>Cache of <see cref="MatchdayRanges"/> by box.</summary>
    private readonly Dictionary<string, (long Lo, long Hi)[][]> _ranges = new(StringComparer.Ordinal);

    /// <summary>Cache of <see cref="MatchdayPass.LaterTotals"/> by later scores.</summary>
    private readonly Dictionary<string, long[][]> _laterTotals = new(StringComparer.Ordinal);

    /// <summary>Local-search steps per combination: more when more matches follow the matchday.</summary>
    private int RepairBudget => Math.Min(200, 4 * _pass.Later.Length);

    public TeamSearch(MatchdayPass pass, int focal)
    {
        _pass = pass;
        _focal = focal;
        _slots = pass.Slots;
        _byCombination = [.. pass.Pool.Select(p => new List<RankedResults>(p))];
        _inside = [.. _slots.Select(_ => new bool[pass.Combinations])];
        _outside = [.. _slots.Select(_ => new bool[pass.Combinations])];
        _rules = [.. _slots.Select(_ => Enumerable.Range(0, pass.Combinations).Select(_ => new List<MarginRule>()).ToArray())];
        foreach (var entry in pass.Pool.SelectMany(p => p))
        {
            Mark(entry);
        }
    }

    public TeamFacts Facts() => new(_status, _rules, _found);

    private bool In(RankedResults e, int si) => e.Ranges[_focal].From <= _slots[si].To && e.Ranges[_focal].To >= _slots[si].From;

    private bool Out(RankedResults e, int si) => e.Ranges[_focal].From < _slots[si].From || e.Ranges[_focal].To > _slots[si].To;

    private bool Bad(RankedResults e, int si, Settlement kind) => kind == Settlement.Clinch ? Out(e, si) : In(e, si);

    private static QueryKind BadQuery(Settlement kind) => kind == Settlement.Clinch ? QueryKind.Outside : QueryKind.Within;

    private bool Mark(RankedResults e)
    {
        var changed = false;
        for (var si = 0; si < _slots.Count; si++)
        {
            changed |= !_inside[si][e.Combination] && In(e, si);
            changed |= !_outside[si][e.Combination] && Out(e, si);
            _inside[si][e.Combination] |= In(e, si);
            _outside[si][e.Combination] |= Out(e, si);
        }

        return changed;
    }

    private void Add(RankedResults e)
    {
        _found.Add(e);
        _byCombination[e.Combination].Add(e);
        Mark(e);
    }

    private RankedResults Evaluate(Score[] scores)
    {
        return _pass.Evaluate(scores);
    }

    private Witness Hint(RankedResults e) => new(0, 0, [.. _pass.Problem.Remaining.Select((m, i) => m with { Score = e.Scores[i] })]);

    /// <summary>
    /// Results that <paramref name="accept"/> takes (the position query holds in them, in an allowed combination), or
    /// <see langword="null"/> when CP-SAT proves there are none. The relaxation on points goes first (unless
    /// <paramref name="onPoints"/> is off: teams level on points are the question): its INFEASIBLE is a proof, and its
    /// solution is often a real witness.
    /// </summary>
    private RankedResults? Find(QueryKind kind, int si, Restriction restriction, Func<RankedResults, bool> accept, bool onPoints = true)
    {
        var (_, from, to) = _slots[si];
        foreach (var relaxation in onPoints ? (ScenarioModel[])[_pass.Relaxed, _pass.Overall] : [_pass.Overall])
        {
            if (!relaxation.IsRelaxation)
            {
                continue;
            }

            var relaxed = relaxation.Solve(_focal, kind, from, to, _pass.Settings, null, restriction);
            if (relaxed.Status == CpSolverStatus.Infeasible)
            {
                return null;
            }

            if (relaxed.Status is CpSolverStatus.Optimal or CpSolverStatus.Feasible)
            {
                var candidate = Evaluate([.. relaxed.Results.Select(m => m.Score!.Value)]);
                if (accept(candidate))
                {
                    return candidate;
                }
            }
        }

        var exact = _pass.Model.Solve(_focal, kind, from, to, _pass.Settings, null, restriction);
        if (exact.Status == CpSolverStatus.Infeasible)
        {
            return null;
        }

        if (exact.Status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
        {
            throw new InvalidOperationException($"CP-SAT returned {exact.Status} for {_pass.Problem.Teams[_focal]} {_slots[si].Name}");
        }

        var entry = _pass.FromAnswer(exact, _focal);
        return accept(entry) ? entry
            : throw new InvalidOperationException($"CP-SAT solution for {_pass.Problem.Teams[_focal]} {_slots[si].Name} does not match the reference table");
    }

    /// <summary>
    /// Results that <paramref name="accept"/> takes, optimal for the restriction's objective (proven OPTIMAL by the exact
    /// model, or reached by a real witness at the relaxation's optimum, which bounds the exact one).
    /// </summary>
    private RankedResults Optimise(QueryKind kind, int si, Restriction restriction, Func<RankedResults, bool> accept, RankedResults hint)
    {
        var (_, from, to) = _slots[si];
        var match = string.Join('+', restriction.Objective!.Value.Terms.Select(t => t.Match));
        foreach (var relaxation in (ScenarioModel[])[_pass.Relaxed, _pass.Overall])
        {
            if (!relaxation.IsRelaxation)
            {
                continue;
            }

            // The relaxation's optimum bounds the exact one: a real witness reaching it is optimal.
            var relaxed = relaxation.Solve(_focal, kind, from, to, _pass.Settings, Hint(hint), restriction);
            if (relaxed.Status == CpSolverStatus.Optimal)
            {
                var candidate = Evaluate([.. relaxed.Results.Select(m => m.Score!.Value)]);
                if (accept(candidate))
                {
                    return candidate;
                }
            }
        }

        var exact = _pass.Model.Solve(_focal, kind, from, to, _pass.Settings, Hint(hint), restriction);
        if (exact.Status != CpSolverStatus.Optimal)
        {
            throw new InvalidOperationException($"CP-SAT did not prove the margin of match {match} for {_pass.Problem.Teams[_focal]} {_slots[si].Name}: {exact.Status}");
        }

        var entry = _pass.FromAnswer(exact, _focal);
        return accept(entry) ? entry
            : throw new InvalidOperationException($"CP-SAT margin solution for {_pass.Problem.Teams[_focal]} {_slots[si].Name} does not match the reference table");
    }

    /// <summary>
    /// A short deterministic hill climb from <paramref name="start"/> towards results that leave the team on the
    /// wrong side of the slot (out of it for <see cref="Settlement.Clinch"/>, in it for
    /// <see cref="Settlement.Eliminate"/>): random changes of one later match, or of one matchday score keeping
    /// its result (never <paramref name="fixedMatch"/>), kept when the team's distance to the wanted positions does
    /// not grow.
    /// </summary>
    private RankedResults? Repair(RankedResults start, int si, Settlement kind, int fixedMatch, int budget)
    {
        var (_, from, to) = _slots[si];
        int Distance(RankedResults e)
        {
            var (f, t) = e.Ranges[_focal];
            return kind == Settlement.Clinch
                ? Math.Min(Math.Max(0, f - from + 1), Math.Max(0, to - t + 1))
                : Math.Max(0, f - to) + Math.Max(0, from - t);
        }

        var bound = _pass.Bound;
        var random = new Random((_focal * 7919) + (si * 104729) + start.Combination);
        var current = start;
        var distance = Distance(current);
        var later = _pass.Later;
        var matchday = _pass.Matchday;
        for (var step = 0; step < budget && distance > 0; step++)
        {
            var scores = (Score[])current.Scores.Clone();
            var pick = random.Next(later.Length + matchday.Length);
            var goals = random.Next(4) == 0 ? bound : 1;
            if (pick < later.Length)
            {
                scores[later[pick]] = random.Next(3) switch { 0 => new Score(goals, 0), 1 => new Score(0, goals), _ => new Score(goals - 1, goals - 1) };
            }
            else
            {
                var match = matchday[pick - later.Length];
                if (match == fixedMatch)
                {
                    continue;
                }

                var s = scores[match];
                scores[match] = s.Home > s.Away ? new Score(goals, 0) : s.Home < s.Away ? new Score(0, goals) : new Score(goals - 1, goals - 1);
            }

            var next = Evaluate(scores);
            var d = Distance(next);
            if (d <= distance)
            {
                (current, distance) = (next, d);
            }
        }

        return distance == 0 ? current : null;
    }

    private static QueryKind SettledQuery(Settlement kind) => kind == Settlement.Clinch ? QueryKind.Contained : QueryKind.Disjoint;

    /// <summary>
    /// Results on the wrong side of statement <paramref name="x"/> with <paramref name="scores"/> fixed and
    /// <paramref name="differences"/> (goal difference ranges) held, the rest free; <see langword="null"/> when CP-SAT proves
    /// there are none (the slot is settled). With <paramref name="matchdayGoals"/>, the matchday's scores stay within it.
    /// </summary>
    private RankedResults? Counter(SlotStatement x, IReadOnlyList<(int Match, Score Score)> scores,
        IReadOnlyList<(int Match, int Min, int Max)> differences, int? matchdayGoals = null) =>
        Find(BadQuery(x.Kind), x.Slot, new Restriction { Matchday = _pass.Matchday, Scores = scores, Differences = differences, MatchdayGoals = matchdayGoals },
            e => Bad(e, x.Slot, x.Kind), onPoints: false);
}
