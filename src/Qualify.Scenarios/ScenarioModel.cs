using Google.OrTools.Sat;
using Qualify.Domain.Competitions;
using Qualify.Domain.Matches;
using Qualify.Domain.Standings;

namespace Qualify.Scenarios;

/// <summary>What a CP-SAT query asks about the focal team.</summary>
internal enum QueryKind
{
    /// <summary>Minimise the teams surely above it: its best position.</summary>
    Best,

    /// <summary>Maximise the teams not surely below it: its worst position.</summary>
    Worst,

    /// <summary>Find results that let it finish within a range of positions.</summary>
    Within,

    /// <summary>Find results under which it may finish outside a range of positions (its range is not contained in it).</summary>
    Outside,

    /// <summary>Find results under which it surely finishes within a range of positions (its range is contained in it): the negation of <see cref="Outside"/>.</summary>
    Contained,

    /// <summary>Find results under which it surely finishes outside a range of positions (its range misses it): the negation of <see cref="Within"/>.</summary>
    Disjoint,
}

/// <summary>
/// Extra constraints on the remaining matches of a query: ranges of goal difference (home minus away goals),
/// combinations of outcomes excluded, and optionally one match's goal difference to optimise instead of a position.
/// </summary>
internal sealed record Restriction
{
    /// <summary>Goal difference (home − away) of remaining match <c>Match</c> within <c>Min</c>…<c>Max</c>.</summary>
    public IReadOnlyList<(int Match, int Min, int Max)> Differences { get; init; } = [];

    /// <summary>The remaining matches the excluded combinations are over.</summary>
    public IReadOnlyList<int> Matchday { get; init; } = [];

    /// <summary>Combinations of outcomes over <see cref="Matchday"/> (+1 home win, 0 draw, −1 away win) that must not all hold.</summary>
    public IReadOnlyList<IReadOnlyList<int>> Excluded { get; init; } = [];

    /// <summary>
    /// When set, a weighted sum of goals of remaining matches (<c>Home</c> × home goals + <c>Away</c> × away goals per term; a
    /// goal difference is <c>(1, −1)</c>) is maximised or minimised instead of a position (not with <see cref="QueryKind.Best"/>
    /// or <see cref="QueryKind.Worst"/>).
    /// </summary>
    public (IReadOnlyList<(int Match, int Home, int Away)> Terms, bool Maximise)? Objective { get; init; }

    /// <summary>Weighted sums of goal differences (home − away) of remaining matches, each within <c>Min</c>…<c>Max</c>.</summary>
    public IReadOnlyList<(IReadOnlyList<(int Match, int Weight)> Terms, int Min, int Max)> Sums { get; init; } = [];

    /// <summary>Remaining matches whose score is fixed.</summary>
    public IReadOnlyList<(int Match, Score Score)> Scores { get; init; } = [];

    /// <summary>
    /// When not empty, one of these cases must hold: its outcomes over <see cref="Matchday"/> (+1 home win, 0 draw, −1 away
    /// win) and, with them, its ranges of goal difference (home − away).
    /// </summary>
    public IReadOnlyList<RestrictionCase> Cases { get; init; } = [];

    /// <summary>When set, each side of every <see cref="Matchday"/> match scores at most this many goals (below the model's bound).</summary>
    public int? MatchdayGoals { get; init; }

    /// <summary>
    /// Scores of every remaining match (those of <see cref="Matchday"/> ignored): for each, the query must also hold when the
    /// matches after the matchday end so, with the same matchday scores. Only with <see cref="QueryKind.Contained"/>,
    /// <see cref="QueryKind.Disjoint"/>, <see cref="QueryKind.Within"/> or <see cref="QueryKind.Outside"/>.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<Score>> LaterScores { get; init; } = [];
}

/// <summary>One case of <see cref="Restriction.Cases"/>: outcomes over the matchday, and ranges of goal difference that go with them.</summary>
/// <param name="Outcomes">One outcome per matchday match: +1 home win, 0 draw, −1 away win.</param>
/// <param name="Differences">Goal difference (home − away) of remaining match <c>Match</c> within <c>Min</c>…<c>Max</c>.</param>
internal sealed record RestrictionCase(IReadOnlyList<int> Outcomes, IReadOnlyList<(int Match, int Min, int Max)> Differences);

/// <summary>The answer of one CP-SAT query.</summary>
/// <param name="Status">The solver's status: Optimal or Feasible with a solution, Infeasible when proven impossible.</param>
/// <param name="From">With a solution: the best position the focal team can take in it (lots going its way).</param>
/// <param name="To">With a solution: the worst position it can take in it (lots going against it).</param>
/// <param name="Results">With a solution: the remaining fixtures with the scores chosen.</param>
internal sealed record QueryAnswer(CpSolverStatus Status, int From, int To, IReadOnlyList<Match> Results);

/// <summary>
/// The CP-SAT encoding of one group's remaining matches and of the tie-breaker chain as seen from one focal team T.
/// Each remaining match has integer goals 0…<c>maxGoals</c> per side and one of three outcome literals. For every other
/// team j the chain's criteria are compared with T's in order (overall criteria on all matches; head-to-head criteria
/// on the matches among the teams level with T when the block starts; two-team-only criteria when exactly one other
/// team is level); literals above(j), below(j) and tied(j) say where the comparison ends. Fair play and drawing of lots
/// are not encoded: a team level with T up to them may end either side of T. T's position then ranges over
/// 1 + Σ above … 1 + Σ above + Σ tied.
/// </summary>
internal sealed class ScenarioModel
{
    private readonly ScenarioProblem _problem;
    private readonly int _maxGoals;
    private readonly int _n;
    private readonly Dictionary<string, int> _index;
    private readonly List<(int Home, int Away, Score Score)> _played;
    private readonly List<(int Home, int Away, Match Match)> _remaining;
    private readonly List<(TieBreakScope Scope, TieBreakCriterion Criterion, bool TwoTeams, int Block)> _steps;

    public ScenarioModel(ScenarioProblem problem, int maxGoals, bool pointsOnly = false, bool overallOnly = false)
    {
        _problem = problem;
        _maxGoals = maxGoals;
        _n = problem.Teams.Length;
        _index = problem.Teams.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i, StringComparer.Ordinal);
        _played = [.. problem.Played.Select(m => (_index[m.Home], _index[m.Away], m.Score!.Value))];
        _remaining = [.. problem.Remaining.Select(m => (_index[m.Home], _index[m.Away], m))];
        _steps = [];
        var blocks = problem.TieBreakers.Blocks;
        for (var b = 0; b < blocks.Length; b++)
        {
            var block = blocks[b];
            if (block.Steps.Any(s => s.Criterion is TieBreakCriterion.FairPlay or TieBreakCriterion.Lots))
            {
                break;
            }

            if (block.ReapplyToSubsets)
            {
                throw new NotSupportedException(
                    $"tie-breaker chain '{problem.TieBreakers.Name}' re-applies head-to-head criteria to subsets, which the exact scenario analysis does not encode yet");
            }

            foreach (var step in block.Steps)
            {
                _steps.Add((block.Scope, step.Criterion, step.OnlyWhenTwoTeamsConcerned, b));
            }
        }

        // The relaxation on points: teams level on points may end either side, so it bounds the exact answer.
        if (pointsOnly)
        {
            _steps = [.. _steps.Take(1)];
            IsRelaxation = true;
        }

        // The relaxation on the overall criteria before the first head-to-head block: teams level on all of them may
        // end either side (no gated head-to-head statistics), so it bounds the exact answer too.
        if (overallOnly && _steps.Any(s => s.Scope != TieBreakScope.Overall))
        {
            _steps = [.. _steps.TakeWhile(s => s.Scope == TieBreakScope.Overall)];
            IsRelaxation = true;
        }
    }

    /// <summary>Whether only some criteria are encoded (ties on them may go either way): a relaxation.</summary>
    public bool IsRelaxation { get; }

    /// <summary>
    /// Poses one query about team <paramref name="focal"/>: its best or worst position, or results that leave it within
    /// (outside) positions <paramref name="from"/>…<paramref name="to"/>, or surely within (outside) them;
    /// <paramref name="restriction"/> adds constraints on the remaining matches, may replace the objective by a sum of goal
    /// differences, and may ask the position query to hold as well under given later results.
    /// </summary>
    public QueryAnswer Solve(int focal, QueryKind kind, int from, int to, SolverSettings settings, Witness? hint = null, Restriction? restriction = null)
    {
        var model = new CpModel();
        var one = model.NewBoolVar("one");
        model.Add(one == 1);

        // Remaining matches: goals and outcome literals.
        var goals = new Goals[_remaining.Count];
        for (var m = 0; m < _remaining.Count; m++)
        {
            var (hg, ag, hw, dr, aw) = goals[m] = NewGoals(model, m);
            if (hint is not null && hint.Results[m].Score is { } h && h.Home <= _maxGoals && h.Away <= _maxGoals)
            {
                model.AddHint(hg, h.Home);
                model.AddHint(ag, h.Away);
                model.AddHint(hw, h.Home > h.Away ? 1 : 0);
                model.AddHint(dr, h.Home == h.Away ? 1 : 0);
                model.AddHint(aw, h.Home < h.Away ? 1 : 0);
            }
        }

        if (restriction is not null)
        {
            Restrict(model, goals, restriction);
        }

        var (above, tied) = Rank(model, one, focal, goals, string.Empty);
        Position(model, kind, from, to, above, tied);
        if (restriction is not null)
        {
            // The same query with the matches after the matchday fixed to each set of later results (the matchday shared).
            var matchday = restriction.Matchday.ToHashSet();
            for (var i = 0; i < restriction.LaterScores.Count; i++)
            {
                if (kind is QueryKind.Best or QueryKind.Worst)
                {
                    throw new ArgumentException("later results need a position query", nameof(restriction));
                }

                var later = restriction.LaterScores[i];
                var copy = new Goals[_remaining.Count];
                for (var m = 0; m < _remaining.Count; m++)
                {
                    copy[m] = matchday.Contains(m) ? goals[m] : Fixed(model, later[m]);
                }

                var (copyAbove, copyTied) = Rank(model, one, focal, copy, $"c{i}_");
                Position(model, kind, from, to, copyAbove, copyTied);
            }
        }

        var solver = new CpSolver { StringParameters = settings.Parameters };
        var status = solver.Solve(model);

        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
        {
            return new QueryAnswer(status, 0, 0, []);
        }

        var results = new List<Match>(_remaining.Count);
        for (var m = 0; m < _remaining.Count; m++)
        {
            results.Add(_remaining[m].Match with { Score = new Score((int)solver.Value(goals[m].Home), (int)solver.Value(goals[m].Away)) });
        }

        var aboveValue = (int)solver.Value(above);
        var tiedValue = (int)solver.Value(tied);
        return new QueryAnswer(status, aboveValue + 1, aboveValue + tiedValue + 1, results);
    }

    /// <summary>
    /// Later results (scores of the matches <paramref name="later"/>, the others left 0-0 in the answer) under which every
    /// other team is surely above or surely below the focal team on <paramref name="criteria"/> (overall criteria, compared in
    /// order), whatever the rest adds within <paramref name="ranges"/>; the focal team's position is then fixed, and must lie
    /// within from…to (<paramref name="inside"/>) or outside it. <paramref name="fixedDifference"/>[j][s] is team j's total
    /// minus the focal team's on criterion s before these matches; <paramref name="ranges"/>[j][s] what the rest may add to it.
    /// </summary>
    public QueryAnswer SolveSeparated(int focal, IReadOnlyList<int> later, IReadOnlyList<TieBreakCriterion> criteria, long[][] fixedDifference,
        (long Lo, long Hi)[][] ranges, bool inside, int from, int to, SolverSettings settings)
    {
        ArgumentNullException.ThrowIfNull(later);
        ArgumentNullException.ThrowIfNull(criteria);
        ArgumentNullException.ThrowIfNull(fixedDifference);
        ArgumentNullException.ThrowIfNull(ranges);
        ArgumentNullException.ThrowIfNull(settings);
        var model = new CpModel();
        var goals = new Dictionary<int, Goals>();
        foreach (var m in later)
        {
            goals[m] = NewGoals(model, m);
        }

        LinearExpr Total(int team, TieBreakCriterion criterion) => LinearExpr.Sum(later
            .Where(m => _remaining[m].Home == team || _remaining[m].Away == team)
            .Select(m => Stat(goals[m], _remaining[m].Home == team, criterion, _problem.Points)));

        var above = new List<BoolVar>();
        for (var j = 0; j < _n; j++)
        {
            if (j == focal)
            {
                continue;
            }

            var differences = criteria.Select((c, s) => Total(j, c) - Total(focal, c) + fixedDifference[j][s]).ToList();
            var decided = new List<ILiteral>();
            for (var s = 0; s < criteria.Count; s++)
            {
                // Surely above: ≥ 0 on every earlier criterion and > 0 on this one, at the rest's least; surely below likewise.
                var up = model.NewBoolVar($"u{j}_{s}");
                var down = model.NewBoolVar($"d{j}_{s}");
                model.Add(differences[s] + ranges[j][s].Lo >= 1).OnlyEnforceIf(up);
                model.Add(differences[s] + ranges[j][s].Hi <= -1).OnlyEnforceIf(down);
                for (var e = 0; e < s; e++)
                {
                    model.Add(differences[e] + ranges[j][e].Lo >= 0).OnlyEnforceIf(up);
                    model.Add(differences[e] + ranges[j][e].Hi <= 0).OnlyEnforceIf(down);
                }

                above.Add(up);
                decided.Add(up);
                decided.Add(down);
            }

            model.AddExactlyOne(decided);
        }

        var position = LinearExpr.Sum(above.Select(a => (LinearExpr)a)) + 1;
        if (inside)
        {
            model.Add(position >= from);
            model.Add(position <= to);
        }
        else
        {
            var higher = model.NewBoolVar("higher");
            model.Add(position <= from - 1).OnlyEnforceIf(higher);
            model.Add(position >= to + 1).OnlyEnforceIf(higher.Not());
        }

        var solver = new CpSolver { StringParameters = settings.Parameters };
        var status = solver.Solve(model);
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
        {
            return new QueryAnswer(status, 0, 0, []);
        }

        var results = _remaining.Select((r, m) => r.Match with
        {
            Score = goals.TryGetValue(m, out var g) ? new Score((int)solver.Value(g.Home), (int)solver.Value(g.Away)) : new Score(0, 0),
        }).ToList();
        var place = (int)solver.Value(position);
        return new QueryAnswer(status, place, place, results);
    }

    /// <summary>Remaining match <paramref name="m"/>: goals 0…bound a side and one of three outcome literals.</summary>
    private Goals NewGoals(CpModel model, int m)
    {
        var hg = model.NewIntVar(0, _maxGoals, $"hg{m}");
        var ag = model.NewIntVar(0, _maxGoals, $"ag{m}");
        var hw = model.NewBoolVar($"hw{m}");
        var dr = model.NewBoolVar($"dr{m}");
        var aw = model.NewBoolVar($"aw{m}");
        model.AddExactlyOne([hw, dr, aw]);
        model.Add(hg - ag >= 1).OnlyEnforceIf(hw);
        model.Add(hg == ag).OnlyEnforceIf(dr);
        model.Add(ag - hg >= 1).OnlyEnforceIf(aw);
        return new Goals(hg, ag, hw, dr, aw);
    }

    /// <summary>A side's statistic in one remaining match, as a linear expression.</summary>
    private static LinearExpr Stat(Goals goals, bool home, TieBreakCriterion criterion, PointsScheme scheme)
    {
        var (hg, ag, hw, dr, aw) = goals;
        var (forGoals, against, win, loss) = home ? (hg, ag, hw, aw) : (ag, hg, aw, hw);
        return criterion switch
        {
            TieBreakCriterion.Points => scheme.Win * win + scheme.Draw * dr + scheme.Loss * loss,
            TieBreakCriterion.GoalDifference => forGoals - against,
            TieBreakCriterion.GoalsFor => (LinearExpr)forGoals,
            TieBreakCriterion.AwayGoalsFor => home ? LinearExpr.Constant(0) : forGoals,
            TieBreakCriterion.Wins => (LinearExpr)win,
            TieBreakCriterion.AwayWins => home ? LinearExpr.Constant(0) : win,
            _ => throw new ArgumentOutOfRangeException(nameof(criterion)),
        };
    }

    /// <summary>One remaining match in the model: goals of each side and the outcome literals.</summary>
    private readonly record struct Goals(IntVar Home, IntVar Away, BoolVar HomeWin, BoolVar Draw, BoolVar AwayWin);

    private static Goals Fixed(CpModel model, Score score)
    {
        BoolVar Constant(bool value)
        {
            var literal = model.NewBoolVar(string.Empty);
            model.Add(literal == (value ? 1 : 0));
            return literal;
        }

        return new Goals(model.NewConstant(score.Home), model.NewConstant(score.Away),
            Constant(score.Home > score.Away), Constant(score.Home == score.Away), Constant(score.Home < score.Away));
    }

    private static void Restrict(CpModel model, Goals[] goals, Restriction restriction)
    {
        foreach (var (m, min, max) in restriction.Differences)
        {
            model.Add(goals[m].Home - goals[m].Away >= min);
            model.Add(goals[m].Home - goals[m].Away <= max);
        }

        foreach (var (sumTerms, min, max) in restriction.Sums)
        {
            var sum = LinearExpr.Sum(sumTerms.Select(t => (goals[t.Match].Home - goals[t.Match].Away) * t.Weight));
            model.Add(sum >= min);
            model.Add(sum <= max);
        }

        foreach (var (m, score) in restriction.Scores)
        {
            model.Add(goals[m].Home == score.Home);
            model.Add(goals[m].Away == score.Away);
        }

        if (restriction.MatchdayGoals is { } limit)
        {
            foreach (var m in restriction.Matchday)
            {
                model.Add(goals[m].Home <= limit);
                model.Add(goals[m].Away <= limit);
            }
        }

        ILiteral Outcome(int i, int outcome)
        {
            var g = goals[restriction.Matchday[i]];
            return outcome > 0 ? g.HomeWin : outcome == 0 ? g.Draw : g.AwayWin;
        }

        foreach (var combination in restriction.Excluded)
        {
            model.AddBoolOr(combination.Select((outcome, i) => Outcome(i, outcome).Not()));
        }

        if (restriction.Cases.Count > 0)
        {
            var cases = new List<ILiteral>();
            foreach (var c in restriction.Cases)
            {
                var literal = model.NewBoolVar("case");
                cases.Add(literal);
                for (var i = 0; i < c.Outcomes.Count; i++)
                {
                    model.AddImplication(literal, Outcome(i, c.Outcomes[i]));
                }

                foreach (var (m, min, max) in c.Differences)
                {
                    model.Add(goals[m].Home - goals[m].Away >= min).OnlyEnforceIf(literal);
                    model.Add(goals[m].Home - goals[m].Away <= max).OnlyEnforceIf(literal);
                }
            }

            model.AddBoolOr(cases);
        }

        if (restriction.Objective is var (terms, maximise))
        {
            var objective = LinearExpr.Sum(terms.Select(t => (goals[t.Match].Home * t.Home) + (goals[t.Match].Away * t.Away)));
            if (maximise)
            {
                model.Maximize(objective);
            }
            else
            {
                model.Minimize(objective);
            }
        }
    }

    /// <summary>Constrains (or optimises) the focal team's positions 1 + above … 1 + above + tied.</summary>
    private static void Position(CpModel model, QueryKind kind, int from, int to, LinearExpr aboveCount, LinearExpr tiedCount)
    {
        switch (kind)
        {
            case QueryKind.Best:
                model.Minimize(aboveCount);
                break;
            case QueryKind.Worst:
                model.Maximize(aboveCount + tiedCount);
                break;
            case QueryKind.Outside:
            {
                // Its range of positions 1 + above … 1 + above + tied is not contained in from…to.
                var higher = model.NewBoolVar("higher");
                var lower = model.NewBoolVar("lower");
                model.Add(aboveCount + 1 <= from - 1).OnlyEnforceIf(higher);
                model.Add(aboveCount + tiedCount + 1 >= to + 1).OnlyEnforceIf(lower);
                model.AddBoolOr([higher, lower]);
                break;
            }

            case QueryKind.Contained:
                model.Add(aboveCount + 1 >= from);
                model.Add(aboveCount + tiedCount + 1 <= to);
                break;
            case QueryKind.Disjoint:
            {
                // Its whole range lies above from or below to.
                var higher = model.NewBoolVar("higher");
                var lower = model.NewBoolVar("lower");
                model.Add(aboveCount + tiedCount + 1 <= from - 1).OnlyEnforceIf(higher);
                model.Add(aboveCount + 1 >= to + 1).OnlyEnforceIf(lower);
                model.AddBoolOr([higher, lower]);
                break;
            }

            default:
                model.Add(aboveCount + 1 <= to);
                model.Add(aboveCount + tiedCount + 1 >= from);
                break;
        }
    }

    /// <summary>
    /// The tie-breaker chain over the remaining matches' <paramref name="goals"/>, from the focal team's side: how many
    /// teams end above it, and how many stay level with it on every encoded criterion.
    /// </summary>
    private (LinearExpr Above, LinearExpr Tied) Rank(CpModel model, BoolVar one, int focal, Goals[] goals, string tag)
    {
        var scheme = _problem.Points;

        // A side's statistic in one match, as a linear expression (constants for played matches).
        LinearExpr RemainingStat(int m, bool home, TieBreakCriterion criterion) => Stat(goals[m], home, criterion, scheme);

        (long Min, long Max) Range(TieBreakCriterion criterion) => criterion switch
        {
            TieBreakCriterion.Points => (Math.Min(scheme.Loss, 0), Math.Max(scheme.Win, scheme.Draw)),
            TieBreakCriterion.GoalDifference => (-_maxGoals, _maxGoals),
            TieBreakCriterion.GoalsFor or TieBreakCriterion.AwayGoalsFor => (0, _maxGoals),
            _ => (0, 1),
        };

        var overall = new Dictionary<(int Team, TieBreakCriterion Criterion), LinearExpr>();
        LinearExpr Overall(int team, TieBreakCriterion criterion)
        {
            if (overall.TryGetValue((team, criterion), out var cached))
            {
                return cached;
            }

            var builder = LinearExpr.NewBuilder();
            long constant = criterion == TieBreakCriterion.Points ? -_problem.Deductions.GetValueOrDefault(_problem.Teams[team]) : 0;
            foreach (var (h, a, s) in _played)
            {
                if (h == team)
                {
                    constant += PlayedStat(s, home: true, criterion);
                }
                else if (a == team)
                {
                    constant += PlayedStat(s, home: false, criterion);
                }
            }

            for (var m = 0; m < _remaining.Count; m++)
            {
                if (_remaining[m].Home == team)
                {
                    builder.Add(RemainingStat(m, home: true, criterion));
                }
                else if (_remaining[m].Away == team)
                {
                    builder.Add(RemainingStat(m, home: false, criterion));
                }
            }

            builder.Add(constant);
            LinearExpr result = builder;
            overall[(team, criterion)] = result;
            return result;
        }

        // Literals: level[s][j] = j is level with T on every step before s (level[0] = true).
        var steps = _steps.Count;
        var level = new BoolVar[steps + 1][];
        level[0] = [.. Enumerable.Range(0, _n).Select(_ => one)];
        var above = new List<BoolVar>();
        var firstStepOfBlock = new Dictionary<int, int>();
        for (var s = 0; s < steps; s++)
        {
            firstStepOfBlock.TryAdd(_steps[s].Block, s);
        }

        var twoTeams = new Dictionary<int, BoolVar>();
        BoolVar TwoTeamsConcerned(int block)
        {
            if (twoTeams.TryGetValue(block, out var literal))
            {
                return literal;
            }

            var start = level[firstStepOfBlock[block]];
            var others = LinearExpr.Sum(Enumerable.Range(0, _n).Where(j => j != focal).Select(j => (LinearExpr)start[j]));
            literal = model.NewBoolVar($"{tag}two{block}");
            model.Add(others == 1).OnlyEnforceIf(literal);
            model.Add(others != 1).OnlyEnforceIf(literal.Not());
            twoTeams[block] = literal;
            return literal;
        }

        // Head-to-head statistic of team x over the matches against teams level with T at the block's start.
        var gated = new Dictionary<(int Match, bool Home, TieBreakCriterion Criterion, int Block), LinearExpr>();
        LinearExpr HeadToHead(int x, TieBreakCriterion criterion, int block)
        {
            var start = level[firstStepOfBlock[block]];
            ILiteral InClass(int o) => o == focal ? one : start[o];
            var builder = LinearExpr.NewBuilder();
            foreach (var (h, a, s) in _played)
            {
                if (h == x && a != x)
                {
                    builder.AddTerm(InClass(a), PlayedStat(s, home: true, criterion));
                }
                else if (a == x && h != x)
                {
                    builder.AddTerm(InClass(h), PlayedStat(s, home: false, criterion));
                }
            }

            for (var m = 0; m < _remaining.Count; m++)
            {
                var (h, a, _) = _remaining[m];
                if (h != x && a != x)
                {
                    continue;
                }

                var home = h == x;
                var opponent = home ? a : h;
                if (opponent == focal)
                {
                    builder.Add(RemainingStat(m, home, criterion));
                    continue;
                }

                if (!gated.TryGetValue((m, home, criterion, block), out var product))
                {
                    var (lo, hi) = Range(criterion);
                    var v = model.NewIntVar(Math.Min(lo, 0), Math.Max(hi, 0), $"{tag}g{m}{home}{criterion}{block}");
                    var gate = start[opponent];
                    model.Add(v == RemainingStat(m, home, criterion)).OnlyEnforceIf(gate);
                    model.Add(v == 0).OnlyEnforceIf(gate.Not());
                    product = v;
                    gated[(m, home, criterion, block)] = product;
                }

                builder.Add(product);
            }

            return builder;
        }

        for (var s = 0; s < steps; s++)
        {
            var (scope, criterion, onlyTwo, block) = _steps[s];
            level[s + 1] = new BoolVar[_n];
            var two = onlyTwo ? TwoTeamsConcerned(block) : null;
            for (var j = 0; j < _n; j++)
            {
                if (j == focal)
                {
                    level[s + 1][j] = one;
                    continue;
                }

                var diff = scope == TieBreakScope.Overall
                    ? Overall(j, criterion) - Overall(focal, criterion)
                    : HeadToHead(j, criterion, block) - HeadToHead(focal, criterion, block);
                var up = model.NewBoolVar($"{tag}a{s}_{j}");
                var down = model.NewBoolVar($"{tag}b{s}_{j}");
                var stay = model.NewBoolVar($"{tag}l{s}_{j}");
                model.Add(level[s][j] == up + down + stay);
                model.Add(diff >= 1).OnlyEnforceIf(up);
                model.Add(diff <= -1).OnlyEnforceIf(down);
                if (two is null)
                {
                    model.Add(diff == 0).OnlyEnforceIf(stay);
                }
                else
                {
                    model.AddImplication(up, two);
                    model.AddImplication(down, two);
                    model.Add(diff == 0).OnlyEnforceIf([stay, two]);
                }

                above.Add(up);
                level[s + 1][j] = stay;
            }
        }

        var aboveCount = LinearExpr.Sum(above.Select(a => (LinearExpr)a));
        var tiedCount = LinearExpr.Sum(Enumerable.Range(0, _n).Where(j => j != focal).Select(j => (LinearExpr)level[steps][j]));
        return (aboveCount, tiedCount);
    }

    private long PlayedStat(Score s, bool home, TieBreakCriterion criterion) => StatOf(_problem.Points, s, home, criterion);

    /// <summary>
    /// A side's statistic on one criterion from one match with score <paramref name="s"/>: points under
    /// <paramref name="scheme"/>, goal difference, goals, away goals, wins or away wins (one place for the model and the
    /// next-matchday analysis).
    /// </summary>
    internal static long StatOf(PointsScheme scheme, Score s, bool home, TieBreakCriterion criterion)
    {
        var (forGoals, against) = home ? (s.Home, s.Away) : (s.Away, s.Home);
        return criterion switch
        {
            TieBreakCriterion.Points => forGoals > against ? scheme.Win : forGoals == against ? scheme.Draw : scheme.Loss,
            TieBreakCriterion.GoalDifference => forGoals - against,
            TieBreakCriterion.GoalsFor => forGoals,
            TieBreakCriterion.AwayGoalsFor => home ? 0 : forGoals,
            TieBreakCriterion.Wins => forGoals > against ? 1 : 0,
            TieBreakCriterion.AwayWins => !home && forGoals > against ? 1 : 0,
            _ => throw new ArgumentOutOfRangeException(nameof(criterion)),
        };
    }
}

/// <summary>CP-SAT parameters for one query.</summary>
/// <param name="Parameters">The solver's parameter string, for example "num_workers:1".</param>
internal sealed record SolverSettings(string Parameters);
