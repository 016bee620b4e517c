using System.Collections.Immutable;
using Google.OrTools.Sat;
using Qualify.Domain.Matches;
using Qualify.Domain.Standings;

namespace Qualify.Scenarios;

/// <summary>
/// The lexicographic extreme (largest or smallest) of one team's ranking record over the outcomes of its group's remaining
/// matches in which it can finish at the ranked position, known criterion by criterion: <see cref="Value"/> computes a
/// further criterion only when asked. <see cref="Scores"/> is a witness reaching every value known so far.
/// </summary>
internal sealed class RecordExtreme(GroupRecords owner, int team, bool maximum)
{
    private readonly List<long> _values = [];
    private bool _started;

    /// <summary>The group's records.</summary>
    public GroupRecords Owner => owner;

    /// <summary>The team's index in its group.</summary>
    public int Team => team;

    /// <summary>Whether this is the largest record (else the smallest).</summary>
    public bool Maximum => maximum;

    /// <summary>Whether the team can finish at the ranked position at all (set by the first criterion's query).</summary>
    public bool Feasible
    {
        get
        {
            Start();
            return Scores is not null;
        }
    }

    /// <summary>The witness: scores of the group's remaining matches reaching every known value, with the team at the position.</summary>
    public Score[]? Scores { get; private set; }

    /// <summary>The teams of the group (indices) whose results the witness discards.</summary>
    public ImmutableArray<int> Discarded { get; private set; } = [];

    /// <summary>How many criteria are known.</summary>
    public int Known => _values.Count;

    /// <summary>The witness as a sample (its full record), once <see cref="Feasible"/>.</summary>
    public RecordSample Sample => new(Scores!, team, Discarded, owner.RecordOf(team, Scores!, Discarded));

    /// <summary>The extreme's value on criterion <paramref name="k"/>, computed (with those before it) when first asked.</summary>
    public long Value(int k)
    {
        Start();
        while (_values.Count <= k)
        {
            var answer = owner.Solve(team, maximum, _values, Scores);
            if (answer is null)
            {
                throw new InvalidOperationException($"CP-SAT lost the position of {owner.Problem.Teams[team]} when fixing its record");
            }

            _values.Add(answer.Value.Value);
            (Scores, Discarded) = (answer.Value.Scores, answer.Value.Discarded);
        }

        return _values[k];
    }

    private void Start()
    {
        if (_started)
        {
            return;
        }

        _started = true;
        if (owner.Solve(team, maximum, _values, null) is { } first)
        {
            _values.Add(first.Value);
            (Scores, Discarded) = (first.Scores, first.Discarded);
        }
    }
}

/// <summary>A known outcome of a group with a team at the ranked position (lots at most): its scores, the teams discarded, and the team's record.</summary>
/// <param name="Scores">The scores of the group's remaining matches.</param>
/// <param name="Team">The team (index) at the ranked position.</param>
/// <param name="Discarded">The teams (indices) at the discarded positions.</param>
/// <param name="Record">The team's ranking record, criterion by criterion.</param>
internal sealed record RecordSample(Score[] Scores, int Team, ImmutableArray<int> Discarded, long[] Record);

/// <summary>
/// One group's ranking records as CP-SAT sees them: for a team j, its record over the matches the ranking keeps (the
/// ranking's criteria in order, results against the discarded teams left out), constrained to outcomes in which j can
/// finish at the ranked position p and the discarded teams at the discarded positions (lots going either way for both:
/// a class of teams level up to lots can be permuted freely, so any assignment within the classes is one drawing).
/// </summary>
internal sealed class GroupRecords
{
    private readonly RankingProblem _ranking;
    private readonly ModelGroup _group;
    private readonly IReadOnlyList<ModelGroup> _relaxations;
    private readonly IReadOnlyList<TieBreakCriterion> _criteria;
    private readonly int _discardFrom;
    private readonly int _discardCount;

    /// <summary>Per team: 0 surely kept (its worst position is above the discarded ones), 1 surely discarded, −1 either.</summary>
    private readonly int[] _discard;
    private readonly SolverSettings _settings;
    private readonly Dictionary<(int Team, bool Maximum), RecordExtreme> _extremes = [];
    private readonly Dictionary<int, List<RecordSample>> _samples = [];
    private List<Score[]>? _pool;

    public GroupRecords(RankingProblem ranking, ScenarioProblem problem, GroupScenarios answers, IReadOnlyList<TieBreakCriterion> criteria, ScenarioOptions options)
    {
        _ranking = ranking;
        Problem = problem;
        Answers = answers;
        _criteria = criteria;
        Bound = answers.MaxGoals;
        _group = new ScenarioModel(problem, Bound).Group;
        _relaxations = [.. ScenarioModel.Relaxations(problem, Bound, ModelScope.Points, ModelScope.OverallCriteria, ModelScope.FirstApplication).Select(m => m.Group)];
        var n = problem.Teams.Length;
        _discardFrom = ranking.DiscardFrom(n);
        _discardCount = Math.Max(0, n - _discardFrom + 1);
        _discard = [.. answers.Teams.Select(t => t.WorstPosition < _discardFrom ? 0 : t.BestPosition >= _discardFrom ? 1 : -1)];
        _settings = new SolverSettings(options.SolverParameters);
        Candidates = [.. answers.Teams.Select((t, i) => (t, i)).Where(x => x.t.BestPosition <= ranking.Position && x.t.WorstPosition >= ranking.Position).Select(x => x.i)];
    }

    /// <summary>The group.</summary>
    public ScenarioProblem Problem { get; }

    /// <summary>The group's own exact answers (positions, used to settle which teams can be discarded).</summary>
    public GroupScenarios Answers { get; }

    /// <summary>The goal bound of the group's answers, used for its records too.</summary>
    public int Bound { get; }

    /// <summary>The teams whose range of positions contains the ranked position.</summary>
    public ImmutableArray<int> Candidates { get; }

    /// <summary>The first discarded position (beyond the group's size when none is).</summary>
    public int DiscardFrom => _discardFrom;

    /// <summary>
    /// Known outcomes with <paramref name="team"/> at the ranked position: every witness of the group's own answers (best,
    /// worst, in and out of each slot, for every team) that the reference table lets put it there. They prove nothing
    /// about extremes, but bound them: the largest record is at least, the smallest at most, each sample's.
    /// </summary>
    public IReadOnlyList<RecordSample> Samples(int team)
    {
        if (_samples.TryGetValue(team, out var known))
        {
            return known;
        }

        _pool ??= [.. Answers.Teams
            .SelectMany(t => new[] { t.Best, t.Worst }.Concat(t.Slots.SelectMany(s => new[] { s.Witness, s.CounterWitness })))
            .OfType<Witness>()
            .Select(w => w.Results.Select(m => m.Score!.Value).ToArray())
            .DistinctBy(scores => string.Join(',', scores))];
        List<RecordSample> samples = [.. _pool.Select(scores => SampleOf(scores, team)).OfType<RecordSample>()];
        _samples[team] = samples;
        return samples;
    }

    /// <summary>
    /// The sample of <paramref name="scores"/> with <paramref name="team"/> at the ranked position, or <see langword="null"/> when the
    /// reference table cannot put it there: the table's order with the team moved to the position within its run level up to
    /// lots, the teams then at the discarded positions discarded.
    /// </summary>
    public RecordSample? SampleOf(Score[] scores, int team)
    {
        var table = Problem.TableWith(Problem.Remaining.Select((m, i) => m with { Score = scores[i] }));
        var name = Problem.Teams[team];
        var (from, to) = ScenarioProblem.PositionRange(table, name);
        var p = _ranking.Position;
        if (p < from || p > to)
        {
            return null;
        }

        var order = table.Rows.Select(r => r.Team).Where(t => !string.Equals(t, name, StringComparison.Ordinal)).ToList();
        order.Insert(p - 1, name);
        var index = Problem.Teams.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i, StringComparer.Ordinal);
        var discarded = order.Skip(_discardFrom - 1).Where(t => !string.Equals(t, name, StringComparison.Ordinal)).Select(t => index[t]).ToImmutableArray();
        return new RecordSample(scores, team, discarded, RecordOf(team, scores, discarded));
    }

    /// <summary>The team's record (the ranking's criteria over the matches kept) with <paramref name="scores"/> and <paramref name="discarded"/>.</summary>
    public long[] RecordOf(int team, Score[] scores, ImmutableArray<int> discarded)
    {
        var name = Problem.Teams[team];
        var gone = discarded.Select(d => Problem.Teams[d]).ToHashSet(StringComparer.Ordinal);
        var matches = Problem.Played.Concat(Problem.Remaining.Select((m, i) => m with { Score = scores[i] }))
            .Where(m => m.Involves(name) && !gone.Contains(string.Equals(m.Home, name, StringComparison.Ordinal) ? m.Away : m.Home)).ToList();
        return [.. _criteria.Select(c => c == TieBreakCriterion.FairPlay
            ? _ranking.Competition.FairPlay.GetValueOrDefault(name)
            : matches.Sum(m => ScenarioModel.StatOf(Problem.Points, m.Score!.Value, string.Equals(m.Home, name, StringComparison.Ordinal), c))
              - (c == TieBreakCriterion.Points ? Problem.Deductions.GetValueOrDefault(name) : 0))];
    }

    /// <summary>The largest or smallest record of <paramref name="team"/> (one object per team and direction).</summary>
    public RecordExtreme Extreme(int team, bool maximum)
    {
        if (!_extremes.TryGetValue((team, maximum), out var extreme))
        {
            extreme = new RecordExtreme(this, team, maximum);
            _extremes[(team, maximum)] = extreme;
        }

        return extreme;
    }

    /// <summary>
    /// The optimum of the next criterion of <paramref name="team"/>'s record (maximised or minimised) with the criteria before
    /// it fixed to <paramref name="prefix"/>, and a witness; <see langword="null"/> when CP-SAT proves the team cannot finish at
    /// the ranked position (with that prefix).
    /// </summary>
    public (long Value, Score[] Scores, ImmutableArray<int> Discarded)? Solve(int team, bool maximum, IReadOnlyList<long> prefix, Score[]? hint)
    {
        // A relaxation (a prefix of the chain, teams level on it either side) allows every outcome the exact chain allows:
        // its INFEASIBLE is a proof, and its optimum bounds the exact one, so a solution of it that the reference table
        // confirms (the team at the position and the discarded teams below, by lots at most) is an exact optimum.
        foreach (var relaxation in _relaxations)
        {
            var relaxed = Solve(relaxation, team, maximum, prefix, hint);
            if (relaxed is null)
            {
                return null;
            }

            if (Confirmed(team, relaxed.Value.Scores, relaxed.Value.Discarded))
            {
                return relaxed;
            }

            hint = relaxed.Value.Scores;
        }

        var exact = Solve(_group, team, maximum, prefix, hint);
        if (exact is { } found && !Confirmed(team, found.Scores, found.Discarded))
        {
            throw new InvalidOperationException($"CP-SAT record of {Problem.Teams[team]}: the reference table does not put it at position {_ranking.Position} with the teams claimed discarded");
        }

        return exact;
    }

    /// <summary>Whether the reference table of <paramref name="scores"/> can put the team at the ranked position and exactly <paramref name="discarded"/> at the discarded positions.</summary>
    private bool Confirmed(int team, Score[] scores, ImmutableArray<int> discarded)
    {
        var table = Problem.TableWith(Problem.Remaining.Select((m, i) => m with { Score = scores[i] }));
        var names = discarded.Select(d => Problem.Teams[d]).ToHashSet(StringComparer.Ordinal);
        return RankingReplay.Arrange(table, Problem.Teams[team], _ranking.Position, names, _discardFrom) is not null;
    }

    private (long Value, Score[] Scores, ImmutableArray<int> Discarded)? Solve(ModelGroup group, int team, bool maximum, IReadOnlyList<long> prefix, Score[]? hint)
    {
        var model = new CpModel();
        var one = model.NewBoolVar("one");
        model.Add(one == 1);
        var goals = new MatchGoals[group.Remaining.Count];
        for (var m = 0; m < goals.Length; m++)
        {
            goals[m] = MatchGoals.New(model, m, Bound);
            if (hint is not null)
            {
                model.AddHint(goals[m].Home, hint[m].Home);
                model.AddHint(goals[m].Away, hint[m].Away);
            }
        }

        var (above, tied) = TieBreakEncoding.Rank(group, model, one, team, goals, "t");
        RestrictionEncoder.Position(model, QueryKind.Within, _ranking.Position, _ranking.Position, above, tied);
        var discarded = Discards(group, model, one, team, goals);
        var records = _criteria.Select(c => Record(model, team, c, goals, discarded)).ToList();
        var k = prefix.Count;
        for (var i = 0; i < k; i++)
        {
            model.Add(records[i] == prefix[i]);
        }

        if (maximum)
        {
            model.Maximize(records[k]);
        }
        else
        {
            model.Minimize(records[k]);
        }

        var (solver, status) = _settings.Solve(model);

        if (status == CpSolverStatus.Infeasible)
        {
            return null;
        }

        if (status != CpSolverStatus.Optimal)
        {
            throw new InvalidOperationException($"CP-SAT did not prove the record of {Problem.Teams[team]}: {status}");
        }

        var scores = goals.Select(g => new Score((int)solver.Value(g.Home), (int)solver.Value(g.Away))).ToArray();
        var chosen = Enumerable.Range(0, _discard.Length).Where(l => l != team && discarded[l] is { } d && solver.BooleanValue(d)).ToImmutableArray();
        return ((long)solver.ObjectiveValue, scores, chosen);
    }

    /// <summary>
    /// Which teams are discarded, as literals (constant true or false where the group's positions settle it): as many as
    /// discarded positions other than the ranked one, each able to finish at or below the first discarded position, every
    /// other team (but the focal one) at or above the last kept one. With the focal team at the ranked position this is
    /// one drawing of lots (see the class's summary).
    /// </summary>
    private BoolVar?[] Discards(ModelGroup group, CpModel model, BoolVar one, int team, MatchGoals[] goals)
    {
        var n = group.TeamCount;
        var literals = new BoolVar?[n];
        if (_discardCount == 0)
        {
            return literals;
        }

        var zero = model.NewBoolVar("zero");
        model.Add(zero == 0);
        var chosen = new List<LinearExpr>();
        for (var l = 0; l < n; l++)
        {
            if (l == team)
            {
                continue;
            }

            if (_discard[l] >= 0)
            {
                literals[l] = _discard[l] == 1 ? one : zero;
            }
            else
            {
                var (above, tied) = TieBreakEncoding.Rank(group, model, one, l, goals, $"d{l}_");
                var d = model.NewBoolVar($"disc{l}");
                model.Add(above + tied + 1 >= _discardFrom).OnlyEnforceIf(d);
                model.Add(above + 1 <= _discardFrom - 1).OnlyEnforceIf(d.Not());
                literals[l] = d;
            }

            chosen.Add(literals[l]!);
        }

        model.Add(LinearExpr.Sum(chosen) == _discardCount - (_ranking.Position >= _discardFrom ? 1 : 0));
        return literals;
    }

    /// <summary>The team's total on <paramref name="criterion"/> over the matches kept (played ones as constants, points after deductions).</summary>
    private LinearExpr Record(CpModel model, int team, TieBreakCriterion criterion, MatchGoals[] goals, BoolVar?[] discarded)
    {
        var name = Problem.Teams[team];
        if (criterion == TieBreakCriterion.FairPlay)
        {
            return LinearExpr.Constant(_ranking.Competition.FairPlay.GetValueOrDefault(name));
        }

        var builder = LinearExpr.NewBuilder();
        long constant = criterion == TieBreakCriterion.Points ? -Problem.Deductions.GetValueOrDefault(name) : 0;
        foreach (var (h, a, s) in _group.Played)
        {
            if (h != team && a != team)
            {
                continue;
            }

            var opponent = h == team ? a : h;
            var stat = _group.PlayedStat(s, h == team, criterion);
            if (discarded[opponent] is not { } d)
            {
                constant += stat;
            }
            else
            {
                // Kept unless the opponent is discarded: stat × (1 − d).
                constant += stat;
                builder.AddTerm(d, -stat);
            }
        }

        var (lo, hi) = criterion switch
        {
            TieBreakCriterion.Points => (Math.Min(Problem.Points.Loss, 0), Math.Max(Problem.Points.Win, Problem.Points.Draw)),
            TieBreakCriterion.GoalDifference => (-Bound, Bound),
            TieBreakCriterion.GoalsFor or TieBreakCriterion.AwayGoalsFor => (0, Bound),
            _ => (0, 1),
        };
        for (var m = 0; m < _group.Remaining.Count; m++)
        {
            var (h, a, _) = _group.Remaining[m];
            if (h != team && a != team)
            {
                continue;
            }

            var opponent = h == team ? a : h;
            var stat = goals[m].Stat(h == team, criterion, Problem.Points);
            if (discarded[opponent] is not { } d)
            {
                builder.Add(stat);
                continue;
            }

            var kept = model.NewIntVar(Math.Min(lo, 0), Math.Max(hi, 0), $"k{m}{criterion}");
            model.Add(kept == stat).OnlyEnforceIf(d.Not());
            model.Add(kept == 0).OnlyEnforceIf(d);
            builder.Add(kept);
        }

        builder.Add(constant);
        return builder;
    }
}
