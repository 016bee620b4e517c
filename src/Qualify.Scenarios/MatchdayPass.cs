using System.Collections.Immutable;
using Qualify.Domain.Matches;
using Qualify.Domain.Standings;

namespace Qualify.Scenarios;

/// <summary>
/// The next-matchday analysis at one goal bound: the models and settings, the pool of results ranked by the reference table,
/// and one <see cref="TeamSearch"/> per team for statuses, margins, confirmations and margin-dependent claims.
/// </summary>
internal sealed class MatchdayPass
{
    /// <summary>
    /// The limit of one proposal of the margin-dependent search when matches follow the matchday, in CP-SAT's deterministic
    /// time (<c>max_deterministic_time</c>, about a second of work, the same on every run).
    /// </summary>
    private const double ProposalWork = 1;

    /// <summary>The group.</summary>
    internal ScenarioProblem Problem { get; }

    /// <summary>The matchday's matches, as indices into <see cref="ScenarioProblem.Remaining"/>.</summary>
    internal ImmutableArray<int> Matchday { get; }

    /// <summary>The remaining matches after the matchday, as indices into <see cref="ScenarioProblem.Remaining"/>.</summary>
    internal int[] Later { get; }

    /// <summary>The goal bound of this pass: most goals per side in a remaining match.</summary>
    internal int Bound { get; }

    /// <summary>The analysis options.</summary>
    internal ScenarioOptions Options { get; }

    /// <summary>The exact model of the chain.</summary>
    internal ScenarioModel Model { get; }

    /// <summary>
    /// The relaxations, tried in order before the exact model: on points, on the overall criteria before any head-to-head
    /// step, and before head-to-head is re-applied (<see cref="ScenarioModel.Relaxations"/>: only those that leave steps out,
    /// each prefix once).
    /// </summary>
    internal IReadOnlyList<ScenarioModel> Relaxations { get; }

    /// <summary>
    /// The solver settings of every query: presolve off unless asked for (faster on these small models), restarted with presolve
    /// and with CP-SAT's portfolio of quick restarts when it runs long (<see cref="SolverSettings.Fallbacks"/>): the default search
    /// answers almost every query in milliseconds but wandered for 110 s on one of CONMEBOL 2026 as of 2024-11-15 (35 matches
    /// left: can Argentina still finish outside the top seven?).
    /// </summary>
    internal SolverSettings Settings { get; }

    /// <summary><see cref="Settings"/> with a work limit (<see cref="ProposalWork"/>), for the proposals of the margin-dependent search.</summary>
    internal SolverSettings Limited { get; }

    /// <summary>The slots, as <see cref="ScenarioAnalyzer.SlotsOf"/> gives them.</summary>
    internal IReadOnlyList<(string Name, int From, int To)> Slots { get; }

    /// <summary>How many win/draw/loss combinations the matchday has (<see cref="MatchdayCombination.CountOf"/>).</summary>
    internal int Combinations { get; }

    /// <summary>Results ranked by the reference table, per combination (<see cref="BuildPool"/>), shared by every team's search.</summary>
    internal List<RankedResults>[] Pool { get; }

    /// <summary>The overall criteria that rank the group before any head-to-head, two-team-only, fair-play or lots step.</summary>
    internal TieBreakCriterion[] OverallCriteria { get; }

    /// <summary>Each team's totals on <see cref="OverallCriteria"/> over the played matches (points after deductions).</summary>
    internal long[][] PlayedTotals { get; }

    /// <summary>The home and the away team of each remaining match, as indices into <see cref="ScenarioProblem.Teams"/>.</summary>
    private readonly (int Home, int Away)[] _sides;

    public MatchdayPass(ScenarioProblem problem, ImmutableArray<int> matchday, int bound, ScenarioOptions options, IReadOnlyList<RankedResults> seed)
    {
        Problem = problem;
        Matchday = matchday;
        Later = [.. Enumerable.Range(0, problem.Remaining.Length).Except(matchday)];
        Bound = bound;
        Options = options;
        Model = new ScenarioModel(problem, bound);
        Relaxations = ScenarioModel.Relaxations(problem, bound, ModelScope.Points, ModelScope.OverallCriteria, ModelScope.FirstApplication);
        var parameters = options.SolverParameters.Contains("cp_model_presolve", StringComparison.Ordinal)
            ? options.SolverParameters : options.SolverParameters + ",cp_model_presolve:false";
        Settings = new SolverSettings(parameters) { Fallbacks = [options.SolverParameters, parameters + ",search_branching:PORTFOLIO_WITH_QUICK_RESTART_SEARCH"] };
        Limited = new SolverSettings(Settings.Parameters + $",max_deterministic_time:{ProposalWork.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        Slots = ScenarioAnalyzer.SlotsOf(problem);
        Combinations = MatchdayCombination.CountOf(matchday.Length);
        OverallCriteria = [.. problem.TieBreakers.Blocks.TakeWhile(b => b.Scope == TieBreakScope.Overall).SelectMany(b => b.Steps)
            .TakeWhile(x => !x.OnlyWhenTwoTeamsConcerned && x.Criterion is not (TieBreakCriterion.FairPlay or TieBreakCriterion.Lots))
            .Select(x => x.Criterion)];
        _sides = [.. problem.Remaining.Select(m => (problem.Teams.IndexOf(m.Home), problem.Teams.IndexOf(m.Away)))];
        PlayedTotals = [.. problem.Teams.Select(team => OverallCriteria.Select(criterion =>
            problem.Played.Sum(m => Stat(m, m.Score!.Value, team, criterion))
            - (criterion == TieBreakCriterion.Points ? problem.Deductions.GetValueOrDefault(team) : 0)).ToArray())];

        // Last: the pool's results are ranked with the totals above (Evaluate).
        Pool = BuildPool(seed);
    }

    public IReadOnlyList<RankedResults> AllEntries(TeamFacts[] facts) => [.. Pool.SelectMany(p => p), .. facts.SelectMany(f => f.Found)];

    /// <summary>Each team's status per slot and combination, and with <paramref name="margins"/> the margins that settle open ones.</summary>
    public TeamFacts[] Analyse(int[] focals, bool margins)
    {
        var facts = new TeamFacts[focals.Length];
        Parallel.For(0, focals.Length, f =>
        {
            var team = new TeamSearch(this, focals[f]);
            team.FindStatuses();
            if (margins)
            {
                team.FindMargins();
            }

            facts[f] = team.Facts();
        });
        return facts;
    }

    /// <summary>
    /// <paramref name="facts"/> with the margin-dependent claims of every team (<see cref="TeamSearch.FindMarginDependent"/>), proven
    /// at this pass's bound with the matchday's scores within <paramref name="matchdayGoals"/>.
    /// </summary>
    public TeamFacts[] FindMarginDependent(int[] focals, TeamFacts[] facts, int matchdayGoals)
    {
        var result = new TeamFacts[focals.Length];
        Parallel.For(0, focals.Length, f =>
        {
            var (claims, complete) = Enumerable.Range(0, Slots.Count).All(si => facts[f].Now(si) != SlotStatus.Open) ? ([], true)
                : new TeamSearch(this, focals[f]).FindMarginDependent(facts[f], matchdayGoals);
            result[f] = new TeamFacts(facts[f].Status, facts[f].Rules, facts[f].Found) { Claims = claims, ClaimsComplete = complete };
        });
        return result;
    }

    /// <summary><paramref name="facts"/> (found at a smaller bound, same statuses) with only the margin rules this bound proves too.</summary>
    public TeamFacts[] Confirm(int[] focals, TeamFacts[] facts)
    {
        var confirmed = new TeamFacts[focals.Length];
        Parallel.For(0, focals.Length, f =>
        {
            confirmed[f] = new TeamSearch(this, focals[f]).Confirm(facts[f]);
        });
        return confirmed;
    }

    /// <summary>A team's statistic on one criterion from one match with score <paramref name="score"/> (0 when it does not play in it).</summary>
    internal long Stat(Match match, Score score, string team, TieBreakCriterion criterion)
    {
        var home = string.Equals(match.Home, team, StringComparison.Ordinal);
        if (!home && !string.Equals(match.Away, team, StringComparison.Ordinal))
        {
            return 0;
        }

        return ScenarioModel.StatOf(Problem.Points, score, home, criterion);
    }

    /// <summary>Each team's totals on <see cref="OverallCriteria"/> over the matches after the matchday, with <paramref name="scores"/>.</summary>
    internal long[][] LaterTotals(IReadOnlyList<Score> scores)
    {
        var totals = new long[Problem.Teams.Length][];
        for (var t = 0; t < totals.Length; t++)
        {
            totals[t] = new long[OverallCriteria.Length];
        }

        foreach (var m in Later)
        {
            var match = Problem.Remaining[m];
            foreach (var team in (string[])[match.Home, match.Away])
            {
                var row = totals[Problem.Teams.IndexOf(team)];
                for (var s = 0; s < row.Length; s++)
                {
                    row[s] += Stat(match, scores[m], team, OverallCriteria[s]);
                }
            }
        }

        return totals;
    }

    /// <summary>
    /// The scores at which a linear statistic of one match is extreme, among those with goal difference (home − away)
    /// <paramref name="min"/>…<paramref name="max"/> and at most <paramref name="goals"/> a side: the corners of that polygon.
    /// </summary>
    internal static IEnumerable<Score> Corners(int min, int max, int goals)
    {
        foreach (var d in (int[])[min, max])
        {
            foreach (var home in (int[])[Math.Max(0, d), Math.Min(goals, goals + d)])
            {
                if (home - d >= 0 && home - d <= goals)
                {
                    yield return new Score(home, home - d);
                }
            }
        }

        foreach (var corner in (Score[])[new(0, 0), new(goals, 0), new(0, goals), new(goals, goals)])
        {
            if (corner.Home - corner.Away >= min && corner.Home - corner.Away <= max)
            {
                yield return corner;
            }
        }
    }

    /// <summary>The win/draw/loss combination of the matchday's scores.</summary>
    internal int CombinationOf(Score[] scores) => MatchdayCombination.Of([.. Matchday.Select(m => scores[m].Outcome)]).Index;

    /// <summary>
    /// Every team's positions once the remaining matches end with <paramref name="scores"/>, as the reference table ranks
    /// them (<see cref="ScenarioProblem.TableWith"/>, <see cref="ScenarioProblem.PositionRanges"/>). When the overall
    /// criteria separate every team (<see cref="SeparatedRanges"/>), the table is not built: they alone decide it.
    /// </summary>
    internal RankedResults Evaluate(Score[] scores)
    {
        if (SeparatedRanges(scores) is not { } ranges)
        {
            var results = Problem.Remaining.Select((m, i) => m with { Score = scores[i] }).ToList();
            var byTeam = ScenarioProblem.PositionRanges(Problem.TableWith(results));
            ranges = [.. Problem.Teams.Select(t => byTeam[t])];
        }

        return new RankedResults(scores, CombinationOf(scores), ranges);
    }

    /// <summary>
    /// Each team's position when <see cref="OverallCriteria"/> (the chain's first criteria, applied to the whole group
    /// before any head-to-head, two-team-only, fair-play or lots step) separate every team once the remaining matches end
    /// with <paramref name="scores"/>: the chain compares them first and lexicographically, every one higher-is-better
    /// (<see cref="ScenarioModel.StatOf"/>), so no later step is reached and each position is the team's alone.
    /// <see langword="null"/> when two teams are level on all of them (or there are none), and the full table decides.
    /// </summary>
    internal (int From, int To)[]? SeparatedRanges(Score[] scores)
    {
        var criteria = OverallCriteria.Length;
        if (criteria == 0)
        {
            return null;
        }

        var teams = Problem.Teams.Length;
        var totals = new long[teams * criteria];
        for (var t = 0; t < teams; t++)
        {
            PlayedTotals[t].CopyTo(totals, t * criteria);
        }

        for (var m = 0; m < _sides.Length; m++)
        {
            var (home, away) = _sides[m];
            for (var s = 0; s < criteria; s++)
            {
                totals[(home * criteria) + s] += ScenarioModel.StatOf(Problem.Points, scores[m], home: true, OverallCriteria[s]);
                totals[(away * criteria) + s] += ScenarioModel.StatOf(Problem.Points, scores[m], home: false, OverallCriteria[s]);
            }
        }

        var ranges = new (int From, int To)[teams];
        for (var t = 0; t < teams; t++)
        {
            var position = 1;
            for (var j = 0; j < teams; j++)
            {
                if (j == t)
                {
                    continue;
                }

                var order = totals.AsSpan(j * criteria, criteria).SequenceCompareTo(totals.AsSpan(t * criteria, criteria));
                if (order == 0)
                {
                    return null;
                }

                position += order > 0 ? 1 : 0;
            }

            ranges[t] = (position, position);
        }

        return ranges;
    }

    /// <summary>
    /// Results ranked by the reference table: every combination with small and large margins, each with later
    /// matches all drawn, won by the favourites or by the outsiders, won or lost heavily by one team, or random.
    /// </summary>
    internal List<RankedResults>[] BuildPool(IReadOnlyList<RankedResults> seed)
    {
        var b = Math.Max(1, Bound);
        var now = Problem.TableWith([]).Rows.ToDictionary(r => r.Team, r => r.Position, StringComparer.Ordinal);
        var patterns = new List<Score[]>();
        Score[] Pattern(Func<Match, Score> choose) => [.. Later.Select(i => choose(Problem.Remaining[i]))];
        patterns.Add(Pattern(_ => new Score(0, 0)));
        patterns.Add(Pattern(m => now[m.Home] < now[m.Away] ? new Score(1, 0) : new Score(0, 1)));
        patterns.Add(Pattern(m => now[m.Home] > now[m.Away] ? new Score(1, 0) : new Score(0, 1)));
        foreach (var team in Problem.Teams)
        {
            patterns.Add(Pattern(m => m.Home == team ? new Score(b, 0) : m.Away == team ? new Score(0, b) : new Score(0, 0)));
            patterns.Add(Pattern(m => m.Home == team ? new Score(0, b) : m.Away == team ? new Score(b, 0) : new Score(0, 0)));
        }

        var random = new Random(2022);
        Score[] choices = [new(1, 0), new(b, 0), new(0, 0), new(1, 1), new(0, 1), new(0, b)];
        for (var r = 0; r < 6; r++)
        {
            patterns.Add(Pattern(_ => choices[random.Next(choices.Length)]));
        }

        patterns = [.. patterns.DistinctBy(p => string.Join(',', p))];
        var pool = new List<RankedResults>[Combinations];
        Parallel.For(0, Combinations, c =>
        {
            var list = new List<RankedResults>();
            foreach (var large in (bool[])[false, true])
            {
                foreach (var pattern in patterns)
                {
                    var scores = new Score[Problem.Remaining.Length];
                    for (var i = 0; i < Later.Length; i++)
                    {
                        scores[Later[i]] = pattern[i];
                    }

                    for (var m = 0; m < Matchday.Length; m++)
                    {
                        var outcome = new MatchdayCombination(c, Matchday.Length)[m];
                        scores[Matchday[m]] = outcome == MatchOutcome.Draw ? (large ? new Score(1, 1) : new Score(0, 0)) : outcome.ScoreOf(large ? b : 1, 0);
                    }

                    list.Add(Evaluate(scores));
                }
            }

            pool[c] = list;
        });

        foreach (var entry in seed)
        {
            pool[entry.Combination].Add(entry);
        }

        return pool;
    }

    /// <summary>
    /// <paramref name="entry"/> moved into combination <paramref name="c"/>: each matchday match whose result differs
    /// gets a score of the new result (keeping the goals, then 1-0 or 0-0, then the largest margin); the rest is kept.
    /// </summary>
    internal IEnumerable<RankedResults> Move(RankedResults entry, int c)
    {
        for (var variant = 0; variant < 3; variant++)
        {
            var scores = (Score[])entry.Scores.Clone();
            for (var j = 0; j < Matchday.Length; j++)
            {
                var outcome = new MatchdayCombination(c, Matchday.Length)[j];
                var s = scores[Matchday[j]];
                if (s.Outcome == outcome)
                {
                    continue;
                }

                var (hi, lo) = variant switch
                {
                    0 => (Math.Max(s.Home, s.Away), Math.Min(s.Home, s.Away)),
                    1 => (1, 0),
                    _ => (Bound, 0),
                };
                if (hi == lo)
                {
                    hi = lo + 1;
                }

                scores[Matchday[j]] = outcome.ScoreOf(hi, lo);
            }

            yield return Evaluate(scores);
        }
    }

    internal MatchdayCombination Outcomes(int c) => new(c, Matchday.Length);

    internal List<MatchdayCombination> AllBut(IReadOnlySet<int> allowed) =>
        [.. Enumerable.Range(0, Combinations).Where(c => !allowed.Contains(c)).Select(Outcomes)];

    internal RankedResults FromAnswer(QueryAnswer answer, int focal)
    {
        var entry = Evaluate([.. answer.Results.Select(m => m.Score!.Value)]);
        if (Options.CheckWitnesses && entry.Ranges[focal] != (answer.From, answer.To))
        {
            throw new InvalidOperationException(
                $"witness for {Problem.Teams[focal]} claims positions {answer.From}-{answer.To} but the reference table gives {entry.Ranges[focal].From}-{entry.Ranges[focal].To}");
        }

        return entry;
    }
}
