using Google.OrTools.Sat;
using Qualify.Domain.Matches;
using Qualify.Domain.Standings;

namespace Qualify.Scenarios;

/// <summary>One encoded step of the tie-breaker chain: its scope, criterion, two-team gate, block and round of application.</summary>
/// <param name="Scope">Overall, or head-to-head among the teams level at the start of the block's round.</param>
/// <param name="Criterion">The statistic compared.</param>
/// <param name="TwoTeams">Whether it applies only when exactly two teams are concerned.</param>
/// <param name="Block">The index of its block in the chain.</param>
/// <param name="Round">
/// The block's application: 0 for the first, r for its r-th re-application to the teams still level after the one before
/// (only in a block that re-applies its criteria to subsets).
/// </param>
internal readonly record struct EncodedStep(TieBreakScope Scope, TieBreakCriterion Criterion, bool TwoTeams, int Block, int Round = 0)
{
    /// <summary>The application this step belongs to: its block and round, whose teams concerned are those level at its start.</summary>
    public (int Block, int Round) Application => (Block, Round);
}

/// <summary>The group as a CP-SAT model sees it: teams by index, the played scores, the remaining matches and the encoded steps.</summary>
/// <param name="Problem">The group.</param>
/// <param name="MaxGoals">The goal bound of a remaining match, per side.</param>
/// <param name="Played">Played matches: home and away team indices and the score.</param>
/// <param name="Remaining">Remaining matches: home and away team indices and the match.</param>
/// <param name="Steps">The steps of the chain that are encoded, in order.</param>
internal sealed record ModelGroup(
    ScenarioProblem Problem,
    int MaxGoals,
    IReadOnlyList<(int Home, int Away, Score Score)> Played,
    IReadOnlyList<(int Home, int Away, Match Match)> Remaining,
    IReadOnlyList<EncodedStep> Steps)
{
    /// <summary>How many teams the group has.</summary>
    public int TeamCount => Problem.Teams.Length;

    /// <summary>A side's statistic on one criterion from one played score.</summary>
    public long PlayedStat(Score s, bool home, TieBreakCriterion criterion) => ScenarioModel.StatOf(Problem.Points, s, home, criterion);
}

/// <summary>
/// The tie-breaker chain in one CP-SAT model, from the focal team T's side, over the remaining matches' goals. Each step
/// compares every other team j with T on one criterion, if j is still level with T: literals up (j above), down (j below)
/// and stay (level on to the next step). The difference compared comes from one method per criterion kind: overall
/// totals (<see cref="OverallTotal"/>), head-to-head totals among the teams level at the start of the block's application
/// (<see cref="HeadToHeadTotal"/>; a re-applied block starts a new application over the teams still level after the one
/// before), fair-play constants (<see cref="FairPlayDifference"/>); a two-team-only step is gated by
/// <see cref="TwoTeamsConcerned"/>.
/// </summary>
internal sealed class TieBreakEncoding
{
    private readonly ModelGroup _group;
    private readonly CpModel _model;
    private readonly BoolVar _one;
    private readonly int _focal;
    private readonly MatchGoals[] _goals;
    private readonly string _tag;

    /// <summary>level[s][j]: j is level with T on every step before s (level[0] is true for everyone).</summary>
    private readonly BoolVar[][] _level;
    private readonly Dictionary<(int Block, int Round), int> _firstStep = [];
    private readonly Dictionary<(int Team, TieBreakCriterion Criterion), LinearExpr> _overall = [];
    private readonly Dictionary<(int Block, int Round), BoolVar> _twoTeams = [];
    private readonly Dictionary<(int Match, bool Home, TieBreakCriterion Criterion, (int Block, int Round) Application), LinearExpr> _gated = [];

    private TieBreakEncoding(ModelGroup group, CpModel model, BoolVar one, int focal, MatchGoals[] goals, string tag)
    {
        (_group, _model, _one, _focal, _goals, _tag) = (group, model, one, focal, goals, tag);
        _level = new BoolVar[group.Steps.Count + 1][];
        _level[0] = [.. Enumerable.Range(0, group.TeamCount).Select(_ => one)];
        for (var s = 0; s < group.Steps.Count; s++)
        {
            _firstStep.TryAdd(group.Steps[s].Application, s);
        }
    }

    /// <summary>
    /// The chain over <paramref name="goals"/> (variable names prefixed with <paramref name="tag"/>): how many teams end above
    /// the focal team, and how many stay level with it on every encoded criterion.
    /// </summary>
    public static (LinearExpr Above, LinearExpr Tied) Rank(ModelGroup group, CpModel model, BoolVar one, int focal, MatchGoals[] goals, string tag)
    {
        var encoding = new TieBreakEncoding(group, model, one, focal, goals, tag);
        var above = new List<BoolVar>();
        for (var s = 0; s < group.Steps.Count; s++)
        {
            encoding.Step(s, above);
        }

        var n = group.TeamCount;
        var steps = group.Steps.Count;
        var aboveCount = LinearExpr.Sum(above.Select(a => (LinearExpr)a));
        var tiedCount = LinearExpr.Sum(Enumerable.Range(0, n).Where(j => j != focal).Select(j => (LinearExpr)encoding._level[steps][j]));
        return (aboveCount, tiedCount);
    }

    /// <summary>Step <paramref name="s"/>: every other team still level goes above, below, or stays level.</summary>
    private void Step(int s, List<BoolVar> above)
    {
        var step = _group.Steps[s];
        var n = _group.TeamCount;
        _level[s + 1] = new BoolVar[n];
        var two = step.TwoTeams ? TwoTeamsConcerned(step.Application) : null;
        for (var j = 0; j < n; j++)
        {
            if (j == _focal)
            {
                _level[s + 1][j] = _one;
                continue;
            }

            var diff = Difference(step, j);
            var up = _model.NewBoolVar($"{_tag}a{s}_{j}");
            var down = _model.NewBoolVar($"{_tag}b{s}_{j}");
            var stay = _model.NewBoolVar($"{_tag}l{s}_{j}");
            _model.Add(_level[s][j] == up + down + stay);
            _model.Add(diff >= 1).OnlyEnforceIf(up);
            _model.Add(diff <= -1).OnlyEnforceIf(down);
            if (two is null)
            {
                _model.Add(diff == 0).OnlyEnforceIf(stay);
            }
            else
            {
                _model.AddImplication(up, two);
                _model.AddImplication(down, two);
                _model.Add(diff == 0).OnlyEnforceIf([stay, two]);
            }

            above.Add(up);
            _level[s + 1][j] = stay;
        }
    }

    /// <summary>Team <paramref name="j"/>'s statistic minus the focal team's on one step, by the step's kind.</summary>
    private LinearExpr Difference(EncodedStep step, int j) => step switch
    {
        { Criterion: TieBreakCriterion.FairPlay } => FairPlayDifference(j),
        { Scope: TieBreakScope.Overall } => OverallTotal(j, step.Criterion) - OverallTotal(_focal, step.Criterion),
        _ => HeadToHeadTotal(j, step.Criterion, step.Application) - HeadToHeadTotal(_focal, step.Criterion, step.Application),
    };

    /// <summary>
    /// Fair play: team <paramref name="j"/>'s fair-play points minus the focal team's, constants of the definition (absent
    /// teams count 0, as in <c>StandingsCalculator</c>), in any scope.
    /// </summary>
    private LinearExpr FairPlayDifference(int j)
    {
        long Points(int team) => _group.Problem.FairPlay.GetValueOrDefault(_group.Problem.Teams[team]);
        return LinearExpr.Constant(Points(j) - Points(_focal));
    }

    /// <summary>A side's statistic in remaining match <paramref name="m"/>, as a linear expression.</summary>
    private LinearExpr RemainingStat(int m, bool home, TieBreakCriterion criterion) => _goals[m].Stat(home, criterion, _group.Problem.Points);

    /// <summary>The range of one side's statistic in one match.</summary>
    private (long Min, long Max) Range(TieBreakCriterion criterion)
    {
        var scheme = _group.Problem.Points;
        return criterion switch
        {
            TieBreakCriterion.Points => (Math.Min(scheme.Loss, 0), Math.Max(scheme.Win, scheme.Draw)),
            TieBreakCriterion.GoalDifference => (-_group.MaxGoals, _group.MaxGoals),
            TieBreakCriterion.GoalsFor or TieBreakCriterion.AwayGoalsFor => (0, _group.MaxGoals),
            _ => (0, 1),
        };
    }

    /// <summary>An overall criterion: the team's total over every match (played ones as constants, points after deductions).</summary>
    private LinearExpr OverallTotal(int team, TieBreakCriterion criterion)
    {
        if (_overall.TryGetValue((team, criterion), out var cached))
        {
            return cached;
        }

        var builder = LinearExpr.NewBuilder();
        long constant = criterion == TieBreakCriterion.Points ? -_group.Problem.Deductions.GetValueOrDefault(_group.Problem.Teams[team]) : 0;
        foreach (var (h, a, s) in _group.Played)
        {
            if (h == team)
            {
                constant += _group.PlayedStat(s, home: true, criterion);
            }
            else if (a == team)
            {
                constant += _group.PlayedStat(s, home: false, criterion);
            }
        }

        for (var m = 0; m < _group.Remaining.Count; m++)
        {
            if (_group.Remaining[m].Home == team)
            {
                builder.Add(RemainingStat(m, home: true, criterion));
            }
            else if (_group.Remaining[m].Away == team)
            {
                builder.Add(RemainingStat(m, home: false, criterion));
            }
        }

        builder.Add(constant);
        LinearExpr result = builder;
        _overall[(team, criterion)] = result;
        return result;
    }

    /// <summary>The gate of a two-team-only step: exactly one other team is level with the focal team at the start of the block's application.</summary>
    private BoolVar TwoTeamsConcerned((int Block, int Round) application)
    {
        if (_twoTeams.TryGetValue(application, out var literal))
        {
            return literal;
        }

        var start = _level[_firstStep[application]];
        var others = LinearExpr.Sum(Enumerable.Range(0, _group.TeamCount).Where(j => j != _focal).Select(j => (LinearExpr)start[j]));
        literal = _model.NewBoolVar($"{_tag}two{application.Block}_{application.Round}");
        _model.Add(others == 1).OnlyEnforceIf(literal);
        _model.Add(others != 1).OnlyEnforceIf(literal.Not());
        _twoTeams[application] = literal;
        return literal;
    }

    /// <summary>
    /// A head-to-head criterion: team <paramref name="x"/>'s statistic over its matches against the teams level with the focal
    /// team at the start of the block's application.
    /// </summary>
    private LinearExpr HeadToHeadTotal(int x, TieBreakCriterion criterion, (int Block, int Round) application)
    {
        var start = _level[_firstStep[application]];
        ILiteral InClass(int o) => o == _focal ? _one : start[o];
        var builder = LinearExpr.NewBuilder();
        foreach (var (h, a, s) in _group.Played)
        {
            if (h == x && a != x)
            {
                builder.AddTerm(InClass(a), _group.PlayedStat(s, home: true, criterion));
            }
            else if (a == x && h != x)
            {
                builder.AddTerm(InClass(h), _group.PlayedStat(s, home: false, criterion));
            }
        }

        for (var m = 0; m < _group.Remaining.Count; m++)
        {
            var (h, a, _) = _group.Remaining[m];
            if (h != x && a != x)
            {
                continue;
            }

            var home = h == x;
            var opponent = home ? a : h;
            builder.Add(opponent == _focal ? RemainingStat(m, home, criterion) : GatedStat(m, home, criterion, application, start[opponent]));
        }

        return builder;
    }

    /// <summary>A side's statistic in remaining match <paramref name="m"/> when <paramref name="gate"/> holds (the opponent is level), else 0.</summary>
    private LinearExpr GatedStat(int m, bool home, TieBreakCriterion criterion, (int Block, int Round) application, BoolVar gate)
    {
        if (!_gated.TryGetValue((m, home, criterion, application), out var product))
        {
            var (lo, hi) = Range(criterion);
            var v = _model.NewIntVar(Math.Min(lo, 0), Math.Max(hi, 0), $"{_tag}g{m}{home}{criterion}{application.Block}_{application.Round}");
            _model.Add(v == RemainingStat(m, home, criterion)).OnlyEnforceIf(gate);
            _model.Add(v == 0).OnlyEnforceIf(gate.Not());
            product = v;
            _gated[(m, home, criterion, application)] = product;
        }

        return product;
    }
}
