using Google.OrTools.Sat;
using Qualify.Domain.Competitions;
using Qualify.Domain.Matches;
using Qualify.Domain.Standings;

namespace Qualify.Scenarios;

/// <summary>Which steps of the chain a <see cref="ScenarioModel"/> encodes: all of them, or a prefix (a relaxation).</summary>
internal enum ModelScope
{
    /// <summary>Every step up to the drawing of lots.</summary>
    Exact,

    /// <summary>The first step only (points): teams level on it may end either side.</summary>
    Points,

    /// <summary>The steps before the first head-to-head step: teams level on the overall criteria may end either side.</summary>
    OverallCriteria,

    /// <summary>
    /// The steps before the first re-application of a head-to-head block: teams still level after its first application may
    /// end either side (no re-application rounds, the costly part of the exact model).
    /// </summary>
    FirstApplication,
}

/// <summary>
/// The CP-SAT encoding of one group's remaining matches and of the tie-breaker chain as seen from one focal team T.
/// Each remaining match has integer goals 0…<c>maxGoals</c> per side and one of three outcome literals. For every other
/// team j the chain's criteria are compared with T's in order (overall criteria on all matches; head-to-head criteria
/// on the matches among the teams level with T when the block starts, again on those still level for a block that is
/// re-applied to subsets; two-team-only criteria when exactly one other team is level; fair play as the definition's
/// constants); literals above(j), below(j) and tied(j) say where the comparison ends. Drawing of lots is not encoded: a
/// team level with T up to it may end either side of T. T's position then ranges over 1 + Σ above … 1 + Σ above + Σ tied.
/// </summary>
internal sealed class ScenarioModel
{
    private readonly ModelGroup _group;

    public ScenarioModel(ScenarioProblem problem, int maxGoals, ModelScope scope = ModelScope.Exact)
    {
        var index = problem.Teams.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i, StringComparer.Ordinal);
        List<EncodedStep> all = [.. EncodedSteps(problem)];

        // A relaxation encodes a prefix of the steps: teams level on all of it may end either side, so its range of
        // positions contains the exact one (its optimum bounds the exact optimum; its INFEASIBLE is a proof).
        List<EncodedStep> steps = scope switch
        {
            ModelScope.Points => [.. all.Take(1)],
            ModelScope.OverallCriteria => [.. all.TakeWhile(s => s.Scope == TieBreakScope.Overall)],
            ModelScope.FirstApplication => [.. all.TakeWhile(s => s.Round == 0)],
            _ => all,
        };
        Scope = scope;
        IsRelaxation = steps.Count < all.Count;
        StepCount = steps.Count;
        _group = new ModelGroup(problem, maxGoals,
            [.. problem.Played.Select(m => (index[m.Home], index[m.Away], m.Score!.Value))],
            [.. problem.Remaining.Select(m => (index[m.Home], index[m.Away], m))],
            steps);
    }

    /// <summary>The group as the model sees it (teams by index, played scores, remaining matches, encoded steps).</summary>
    public ModelGroup Group => _group;

    /// <summary>Whether only some criteria are encoded (ties on them may go either way): a relaxation.</summary>
    public bool IsRelaxation { get; }

    /// <summary>Which steps are encoded.</summary>
    public ModelScope Scope { get; }

    /// <summary>How many steps are encoded (a re-applied block counts once per round).</summary>
    public int StepCount { get; }

    /// <summary>How a proof by this model reads: "" for the exact model, "on points" and so on for a relaxation.</summary>
    public string ProofSuffix => !IsRelaxation ? string.Empty : Scope switch
    {
        ModelScope.Points => " on points",
        ModelScope.OverallCriteria => " on the overall criteria",
        _ => " before head-to-head is re-applied",
    };

    /// <summary>
    /// The relaxations of <paramref name="scopes"/>, in that order, each kept only if it is one (it leaves steps out) and
    /// encodes fewer or more steps than every one kept before it (the same prefix twice would repeat the same solve).
    /// </summary>
    public static IReadOnlyList<ScenarioModel> Relaxations(ScenarioProblem problem, int maxGoals, params ModelScope[] scopes) =>
        [.. scopes.Select(s => new ScenarioModel(problem, maxGoals, s)).Where(m => m.IsRelaxation).DistinctBy(m => m.StepCount)];

    /// <summary>
    /// The chain's steps up to the first drawing of lots (not encoded: teams level up to it may end either side). Fair play is
    /// encoded as the definition's constants. A block that re-applies its criteria to subsets still level is unrolled into
    /// one application per round, each over the teams still level with T after the round before: a class shrinks by at least
    /// one team per round that separates anyone, so teams − 1 rounds reach the fixed point <c>StandingsCalculator</c> stops at
    /// (rounds after it separate nobody).
    /// </summary>
    private static IEnumerable<EncodedStep> EncodedSteps(ScenarioProblem problem)
    {
        var blocks = problem.TieBreakers.Blocks;
        for (var b = 0; b < blocks.Length; b++)
        {
            var block = blocks[b];
            var steps = block.Steps.TakeWhile(s => s.Criterion != TieBreakCriterion.Lots).ToList();
            var rounds = block.ReapplyToSubsets ? Math.Max(1, problem.Teams.Length - 1) : 1;
            for (var round = 0; round < rounds; round++)
            {
                foreach (var step in steps)
                {
                    yield return new EncodedStep(block.Scope, step.Criterion, step.OnlyWhenTwoTeamsConcerned, b, round);
                }
            }

            if (steps.Count < block.Steps.Length)
            {
                yield break;
            }
        }
    }

    /// <summary>
    /// Poses one query about team <paramref name="focal"/>: its best or worst position, or results that leave it within
    /// (outside) positions <paramref name="from"/>…<paramref name="to"/>, or surely within (outside) them;
    /// <paramref name="restriction"/> adds constraints on the remaining matches, may replace the objective by a sum of goal
    /// differences, and may ask the position query under given later results instead (then the answer's positions are 1-1
    /// and its later scores are free: only the matchday's scores are the answer).
    /// </summary>
    public QueryAnswer Solve(int focal, QueryKind kind, int from, int to, SolverSettings settings, Witness? hint = null, Restriction? restriction = null)
    {
        var model = new CpModel();
        var one = model.NewBoolVar("one");
        model.Add(one == 1);

        // Remaining matches: goals and outcome literals.
        var goals = NewGoals(model, hint);
        if (restriction is not null)
        {
            RestrictionEncoder.Restrict(model, goals, restriction);
        }

        // With sets of later results the query is asked under each of them only: the free later matches carry no position.
        LinearExpr above = LinearExpr.Constant(0), tied = LinearExpr.Constant(0);
        if (restriction is null || restriction.LaterScores.Count == 0)
        {
            (above, tied) = TieBreakEncoding.Rank(_group, model, one, focal, goals, string.Empty);
            RestrictionEncoder.Position(model, kind, from, to, above, tied);
        }
        else
        {
            AddLaterCopies(model, one, focal, kind, from, to, goals, restriction);
        }

        var (solver, status) = settings.Solve(model);

        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
        {
            return new QueryAnswer(status, 0, 0, []);
        }

        var results = new List<Match>(_group.Remaining.Count);
        for (var m = 0; m < _group.Remaining.Count; m++)
        {
            results.Add(_group.Remaining[m].Match with { Score = new Score((int)solver.Value(goals[m].Home), (int)solver.Value(goals[m].Away)) });
        }

        var aboveValue = (int)solver.Value(above);
        var tiedValue = (int)solver.Value(tied);
        return new QueryAnswer(status, aboveValue + 1, aboveValue + tiedValue + 1, results);
    }

    /// <summary>The remaining matches' goals and outcome literals, with <paramref name="hint"/>'s scores (within the bound) as hints.</summary>
    private MatchGoals[] NewGoals(CpModel model, Witness? hint)
    {
        var goals = new MatchGoals[_group.Remaining.Count];
        for (var m = 0; m < goals.Length; m++)
        {
            var (hg, ag, hw, dr, aw) = goals[m] = MatchGoals.New(model, m, _group.MaxGoals);
            if (hint is not null && hint.Results[m].Score is { } h && h.Home <= _group.MaxGoals && h.Away <= _group.MaxGoals)
            {
                model.AddHint(hg, h.Home);
                model.AddHint(ag, h.Away);
                model.AddHint(hw, h.Home > h.Away ? 1 : 0);
                model.AddHint(dr, h.Home == h.Away ? 1 : 0);
                model.AddHint(aw, h.Home < h.Away ? 1 : 0);
            }
        }

        return goals;
    }

    /// <summary>The position query with the matches after the matchday fixed to each set of later results (the matchday shared).</summary>
    private void AddLaterCopies(CpModel model, BoolVar one, int focal, QueryKind kind, int from, int to, MatchGoals[] goals, Restriction restriction)
    {
        var matchday = restriction.Matchday.ToHashSet();
        for (var i = 0; i < restriction.LaterScores.Count; i++)
        {
            if (kind is QueryKind.Best or QueryKind.Worst)
            {
                throw new ArgumentException("later results need a position query", nameof(restriction));
            }

            var later = restriction.LaterScores[i];
            var copy = new MatchGoals[goals.Length];
            for (var m = 0; m < goals.Length; m++)
            {
                copy[m] = matchday.Contains(m) ? goals[m] : MatchGoals.Fixed(model, later[m]);
            }

            var (copyAbove, copyTied) = TieBreakEncoding.Rank(_group, model, one, focal, copy, $"c{i}_");
            RestrictionEncoder.Position(model, kind, from, to, copyAbove, copyTied);
        }
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
        var goals = new Dictionary<int, MatchGoals>();
        foreach (var m in later)
        {
            goals[m] = MatchGoals.New(model, m, _group.MaxGoals);
        }

        LinearExpr Total(int team, TieBreakCriterion criterion) => LinearExpr.Sum(later
            .Where(m => _group.Remaining[m].Home == team || _group.Remaining[m].Away == team)
            .Select(m => goals[m].Stat(_group.Remaining[m].Home == team, criterion, _group.Problem.Points)));

        var above = new List<BoolVar>();
        for (var j = 0; j < _group.TeamCount; j++)
        {
            if (j != focal)
            {
                var differences = criteria.Select((c, s) => Total(j, c) - Total(focal, c) + fixedDifference[j][s]).ToList();
                above.AddRange(Separate(model, j, differences, ranges[j]));
            }
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

        var (solver, status) = settings.Solve(model);
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
        {
            return new QueryAnswer(status, 0, 0, []);
        }

        var results = _group.Remaining.Select((r, m) => r.Match with
        {
            Score = goals.TryGetValue(m, out var g) ? new Score((int)solver.Value(g.Home), (int)solver.Value(g.Away)) : new Score(0, 0),
        }).ToList();
        var place = (int)solver.Value(position);
        return new QueryAnswer(status, place, place, results);
    }

    /// <summary>
    /// Team <paramref name="j"/> surely above or surely below the focal team on some criterion, lexicographically, whatever the
    /// rest adds within <paramref name="ranges"/>: exactly one of the literals holds; returns those that put j above.
    /// </summary>
    private static List<BoolVar> Separate(CpModel model, int j, List<LinearExpr> differences, (long Lo, long Hi)[] ranges)
    {
        var above = new List<BoolVar>();
        var decided = new List<ILiteral>();
        for (var s = 0; s < differences.Count; s++)
        {
            // Surely above: ≥ 0 on every earlier criterion and > 0 on this one, at the rest's least; surely below likewise.
            var up = model.NewBoolVar($"u{j}_{s}");
            var down = model.NewBoolVar($"d{j}_{s}");
            model.Add(differences[s] + ranges[s].Lo >= 1).OnlyEnforceIf(up);
            model.Add(differences[s] + ranges[s].Hi <= -1).OnlyEnforceIf(down);
            for (var e = 0; e < s; e++)
            {
                model.Add(differences[e] + ranges[e].Lo >= 0).OnlyEnforceIf(up);
                model.Add(differences[e] + ranges[e].Hi <= 0).OnlyEnforceIf(down);
            }

            above.Add(up);
            decided.Add(up);
            decided.Add(down);
        }

        model.AddExactlyOne(decided);
        return above;
    }

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
