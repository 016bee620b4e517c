using Google.OrTools.Sat;
using Qualify.Domain.Matches;

namespace Qualify.Scenarios;

/// <summary>
/// One team's search at one goal bound: the results known so far per combination, which slots they put the team in or
/// out of, and the solver queries and local search that find more. Its parts: slot statuses, margin thresholds, the
/// margin-dependent search (<see cref="SlotStatusSearch"/>, <see cref="MarginThresholdSearch"/>, <see cref="MarginDependentSearch"/>).
/// </summary>
internal sealed class TeamSearch
{
    /// <summary>The pass (goal bound) the search runs at.</summary>
    public MatchdayPass Pass { get; }

    /// <summary>The team's index in the group.</summary>
    public int Focal { get; }

    /// <summary>The slots, as <see cref="ScenarioAnalyzer.SlotsOf"/> gives them.</summary>
    public IReadOnlyList<(string Name, int From, int To)> Slots { get; }

    /// <summary>The results known per combination (the pass's pool, then every result found).</summary>
    public List<RankedResults>[] ByCombination { get; }

    /// <summary>Per slot and combination: some known results leave the team in the slot.</summary>
    public bool[][] Inside { get; }

    /// <summary>Per slot and combination: some known results leave the team out of the slot.</summary>
    public bool[][] Outside { get; }

    /// <summary>The results found by this search (beyond the pool).</summary>
    public List<RankedResults> Found { get; } = [];

    /// <summary>Per slot and combination, the status (set by the slot-status search, or taken from known facts).</summary>
    public SlotStatus[][] Status { get; set; } = [];

    /// <summary>Per slot and combination, the margin rules that settle it.</summary>
    public List<MarginRule>[][] Rules { get; }

    /// <summary>Local-search steps per combination: more when more matches follow the matchday.</summary>
    internal int RepairBudget => Math.Min(200, 4 * Pass.Later.Length);

    public TeamSearch(MatchdayPass pass, int focal)
    {
        Pass = pass;
        Focal = focal;
        Slots = pass.Slots;
        ByCombination = [.. pass.Pool.Select(p => new List<RankedResults>(p))];
        Inside = [.. Slots.Select(_ => new bool[pass.Combinations])];
        Outside = [.. Slots.Select(_ => new bool[pass.Combinations])];
        Rules = [.. Slots.Select(_ => Enumerable.Range(0, pass.Combinations).Select(_ => new List<MarginRule>()).ToArray())];
        foreach (var entry in pass.Pool.SelectMany(p => p))
        {
            Mark(entry);
        }
    }

    /// <summary>Each slot's status per combination (<see cref="SlotStatusSearch"/>).</summary>
    public void FindStatuses() => new SlotStatusSearch(this).Find();

    /// <summary>The margins that settle open combinations (<see cref="MarginThresholdSearch"/>).</summary>
    public void FindMargins() => new MarginThresholdSearch(this).Find();

    /// <summary><paramref name="facts"/> with only the margin rules this bound proves too (<see cref="MarginThresholdSearch.Confirm"/>).</summary>
    public TeamFacts Confirm(TeamFacts facts) => new MarginThresholdSearch(this).Confirm(facts);

    /// <summary>The margin-dependent claims (<see cref="MarginDependentSearch"/>), and whether the search ran to the end.</summary>
    public (List<MarginClaim> Claims, bool Complete) FindMarginDependent(TeamFacts facts, int matchdayGoals) => new MarginDependentSearch(this).Find(facts, matchdayGoals);

    public TeamFacts Facts() => new(Status, Rules, Found);

    internal bool In(RankedResults e, int si) => e.Ranges[Focal].From <= Slots[si].To && e.Ranges[Focal].To >= Slots[si].From;

    internal bool Out(RankedResults e, int si) => e.Ranges[Focal].From < Slots[si].From || e.Ranges[Focal].To > Slots[si].To;

    internal bool Bad(RankedResults e, int si, Settlement kind) => kind == Settlement.Clinch ? Out(e, si) : In(e, si);

    internal static QueryKind BadQuery(Settlement kind) => kind == Settlement.Clinch ? QueryKind.Outside : QueryKind.Within;

    internal bool Mark(RankedResults e)
    {
        var changed = false;
        for (var si = 0; si < Slots.Count; si++)
        {
            changed |= !Inside[si][e.Combination] && In(e, si);
            changed |= !Outside[si][e.Combination] && Out(e, si);
            Inside[si][e.Combination] |= In(e, si);
            Outside[si][e.Combination] |= Out(e, si);
        }

        return changed;
    }

    internal void Add(RankedResults e)
    {
        Found.Add(e);
        ByCombination[e.Combination].Add(e);
        Mark(e);
    }

    internal RankedResults Evaluate(Score[] scores)
    {
        return Pass.Evaluate(scores);
    }

    internal Witness Hint(RankedResults e) => new(0, 0, [.. Pass.Problem.Remaining.Select((m, i) => m with { Score = e.Scores[i] })]);

    /// <summary>
    /// Results that <paramref name="accept"/> takes (the position query holds in them, in an allowed combination), or
    /// <see langword="null"/> when CP-SAT proves there are none. The relaxation on points goes first (unless
    /// <paramref name="onPoints"/> is off: teams level on points are the question): its INFEASIBLE is a proof, and its
    /// solution is often a real witness. A relaxation's solution that <paramref name="accept"/> refuses is given to
    /// <paramref name="adjust"/>, when there is one, before the next model is asked: the relaxation left out the criteria
    /// that rank it otherwise, and moving its margins often makes it a witness far sooner than the exact model finds one.
    /// </summary>
    internal RankedResults? Find(QueryKind kind, int si, Restriction restriction, Func<RankedResults, bool> accept, bool onPoints = true,
        Func<RankedResults, RankedResults?>? adjust = null)
    {
        var (_, from, to) = Slots[si];
        foreach (var relaxation in Pass.Relaxations.Where(r => onPoints || r.Scope != ModelScope.Points))
        {
            var relaxed = relaxation.Solve(Focal, kind, from, to, Pass.Settings, null, restriction);
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

                if (adjust?.Invoke(candidate) is { } adjusted && accept(adjusted))
                {
                    return adjusted;
                }
            }
        }

        var exact = Pass.Model.Solve(Focal, kind, from, to, Pass.Settings, null, restriction);
        if (exact.Status == CpSolverStatus.Infeasible)
        {
            return null;
        }

        if (exact.Status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
        {
            throw new InvalidOperationException($"CP-SAT returned {exact.Status} for {Pass.Problem.Teams[Focal]} {Slots[si].Name}");
        }

        var entry = Pass.FromAnswer(exact, Focal);
        return accept(entry) ? entry
            : throw new InvalidOperationException($"CP-SAT solution for {Pass.Problem.Teams[Focal]} {Slots[si].Name} does not match the reference table");
    }

    /// <summary>
    /// Results that <paramref name="accept"/> takes, optimal for the restriction's objective (proven OPTIMAL by the exact
    /// model, or reached by a real witness at the relaxation's optimum, which bounds the exact one).
    /// </summary>
    internal RankedResults Optimise(QueryKind kind, int si, Restriction restriction, Func<RankedResults, bool> accept, RankedResults hint)
    {
        var (_, from, to) = Slots[si];
        var match = string.Join('+', restriction.Objective!.Value.Terms.Select(t => t.Match));
        foreach (var relaxation in Pass.Relaxations)
        {
            // The relaxation's optimum bounds the exact one: a real witness reaching it is optimal.
            var relaxed = relaxation.Solve(Focal, kind, from, to, Pass.Settings, Hint(hint), restriction);
            if (relaxed.Status == CpSolverStatus.Optimal)
            {
                var candidate = Evaluate([.. relaxed.Results.Select(m => m.Score!.Value)]);
                if (accept(candidate))
                {
                    return candidate;
                }
            }
        }

        var exact = Pass.Model.Solve(Focal, kind, from, to, Pass.Settings, Hint(hint), restriction);
        if (exact.Status != CpSolverStatus.Optimal)
        {
            throw new InvalidOperationException($"CP-SAT did not prove the margin of match {match} for {Pass.Problem.Teams[Focal]} {Slots[si].Name}: {exact.Status}");
        }

        var entry = Pass.FromAnswer(exact, Focal);
        return accept(entry) ? entry
            : throw new InvalidOperationException($"CP-SAT margin solution for {Pass.Problem.Teams[Focal]} {Slots[si].Name} does not match the reference table");
    }

    /// <summary>
    /// A short deterministic hill climb from <paramref name="start"/> towards results that leave the team on the
    /// wrong side of the slot (out of it for <see cref="Settlement.Clinch"/>, in it for
    /// <see cref="Settlement.Eliminate"/>): random changes of one later match, or of one matchday score keeping
    /// its result (never <paramref name="fixedMatch"/>), kept when the team's distance to the wanted positions does
    /// not grow.
    /// </summary>
    internal RankedResults? Repair(RankedResults start, int si, Settlement kind, int fixedMatch, int budget)
    {
        var (_, from, to) = Slots[si];
        int Distance(RankedResults e)
        {
            var (f, t) = e.Ranges[Focal];
            return kind == Settlement.Clinch
                ? Math.Min(Math.Max(0, f - from + 1), Math.Max(0, to - t + 1))
                : Math.Max(0, f - to) + Math.Max(0, from - t);
        }

        var bound = Pass.Bound;
        var random = new Random((Focal * 7919) + (si * 104729) + start.Combination);
        var current = start;
        var distance = Distance(current);
        var later = Pass.Later;
        var matchday = Pass.Matchday;
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

    /// <summary>
    /// <paramref name="e"/> with the team's margins stretched one way, every result kept (so the points and the matchday's
    /// combination too): <paramref name="down"/>, its defeats by the bound, its wins by one goal and its draws 0-0 (its goal
    /// difference and goals scored as low as its results allow); otherwise its wins by the bound and its defeats by one
    /// goal. Teams level with it on points are then ranked on the side the stretch points to by goal difference, the
    /// criterion the relaxation on points leaves out.
    /// </summary>
    internal RankedResults Stretch(RankedResults e, bool down)
    {
        var scores = (Score[])e.Scores.Clone();
        var (team, bound) = (Pass.Problem.Teams[Focal], Pass.Bound);
        for (var i = 0; i < scores.Length; i++)
        {
            var match = Pass.Problem.Remaining[i];
            var home = string.Equals(match.Home, team, StringComparison.Ordinal);
            if (!home && !string.Equals(match.Away, team, StringComparison.Ordinal))
            {
                continue;
            }

            var (own, other) = home ? (scores[i].Home, scores[i].Away) : (scores[i].Away, scores[i].Home);
            (own, other) = own.CompareTo(other) switch
            {
                < 0 => down ? (0, bound) : (0, 1),
                > 0 => down ? (1, 0) : (bound, 0),
                _ => down ? (0, 0) : (own, other),
            };
            scores[i] = home ? new Score(own, other) : new Score(other, own);
        }

        return Evaluate(scores);
    }

    internal static QueryKind SettledQuery(Settlement kind) => kind == Settlement.Clinch ? QueryKind.Contained : QueryKind.Disjoint;

    /// <summary>
    /// Results on the wrong side of statement <paramref name="x"/> with <paramref name="scores"/> fixed and
    /// <paramref name="differences"/> (goal difference ranges) held, the rest free; <see langword="null"/> when CP-SAT proves
    /// there are none (the slot is settled). With <paramref name="matchdayGoals"/>, the matchday's scores stay within it.
    /// </summary>
    internal RankedResults? Counter(SlotStatement x, IReadOnlyList<(int Match, Score Score)> scores,
        IReadOnlyList<(int Match, int Min, int Max)> differences, int? matchdayGoals = null) =>
        Find(BadQuery(x.Kind), x.Slot, new Restriction { Matchday = Pass.Matchday, Scores = scores, Differences = differences, MatchdayGoals = matchdayGoals },
            e => Bad(e, x.Slot, x.Kind), onPoints: false);
}
