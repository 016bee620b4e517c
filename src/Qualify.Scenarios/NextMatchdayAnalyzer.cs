using System.Collections.Immutable;
using Google.OrTools.Sat;
using Qualify.Domain.Matches;
using Qualify.Domain.Standings;

namespace Qualify.Scenarios;

/// <summary>
/// What the next matchday can settle. For every combination of win/draw/loss results of its matches, and every team
/// and slot, whether the team is sure to be in the slot after the matchday whatever the later results (clinched),
/// sure to be out of it (eliminated), or neither; where goal margins decide within a combination, the margin that
/// settles it. The combinations are then merged, per team and slot, into readable conditions.
/// </summary>
/// <remarks>
/// <para>
/// Every answer is exact under the goal bound: a combination is called clinched only when CP-SAT proves INFEASIBLE
/// "the matchday ends with these results and the team may finish outside the slot" (and likewise eliminated). The
/// combinations are enumerated by exclusion: each solution CP-SAT finds covers one more combination, a clause
/// excludes it, and the final INFEASIBLE proves every combination not covered at once. A pool of results ranked by
/// the reference table (<c>StandingsCalculator</c>) covers most combinations before any solver call.
/// </para>
/// <para>
/// Margins: within an open combination, for each match that is not a draw, the largest and smallest winning margins
/// under which the team may still end on the wrong side of the slot are optimised (status OPTIMAL); a larger (or
/// smaller) margin settles the slot whatever the other scores.
/// </para>
/// <para>
/// Scores that settle a slot only together (two margins, the score of a draw, goals beyond a margin): for each combination
/// open as a whole, CP-SAT looks for matchday scores outside the margin rules that settle the slot, each proven with the
/// later matches open, and reduces every example found to the scores that matter (<see cref="TeamNextMatchday.MarginDependent"/>).
/// </para>
/// </remarks>
public static class NextMatchdayAnalyzer
{
    /// <summary>
    /// The next matchday: the remaining fixtures in date order (definition order on the same date), taken while no
    /// team appears twice; empty when nothing remains.
    /// </summary>
    public static ImmutableArray<Match> NextMatchday(ScenarioProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return [.. MatchdayIndices(problem).Select(i => problem.Remaining[i])];
    }

    internal static ImmutableArray<int> MatchdayIndices(ScenarioProblem problem)
    {
        var teams = new HashSet<string>(StringComparer.Ordinal);
        var indices = ImmutableArray.CreateBuilder<int>();
        var ordered = problem.Remaining.Select((m, i) => (m, i)).OrderBy(x => x.m.Date).ThenBy(x => x.i);
        foreach (var (match, i) in ordered)
        {
            if (!teams.Add(match.Home) | !teams.Add(match.Away))
            {
                break;
            }

            indices.Add(i);
        }

        return indices.ToImmutable();
    }

    /// <summary>Analyses the next matchday of <paramref name="problem"/>.</summary>
    /// <param name="problem">The group.</param>
    /// <param name="options">The goal bound (rechecked at <see cref="ScenarioOptions.VerificationGoals"/>, raised when an answer changes) and solver settings.</param>
    /// <param name="teams">Only these teams, or <see langword="null"/> for all.</param>
    /// <exception cref="InvalidOperationException">Nothing remains to play.</exception>
    /// <exception cref="NotSupportedException">The chain re-applies head-to-head criteria to subsets.</exception>
    public static NextMatchdayScenarios Analyse(ScenarioProblem problem, ScenarioOptions? options = null, IReadOnlyCollection<string>? teams = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        options ??= new ScenarioOptions();
        var matchday = MatchdayIndices(problem);
        if (matchday.IsEmpty)
        {
            throw new InvalidOperationException($"group '{problem.Group}' has no fixtures left to play");
        }

        var focals = Enumerable.Range(0, problem.Teams.Length)
            .Where(t => teams is null || teams.Contains(problem.Teams[t], StringComparer.Ordinal)).ToArray();
        var bound = options.MaxGoals;
        var verification = options.VerificationGoals ?? bound * 4;
        var run = new Pass(problem, matchday, bound, options, []);
        var facts = run.Analyse(focals, margins: true);
        var final = run;
        while (verification > bound)
        {
            // Recheck at the larger bound: every entry found stays a valid set of results; every status is proven
            // again. A changed status means the bound was too small: raise it. A margin rule is kept only if the larger
            // bound proves it too; one that fails depends on how large the other scores may be (a trade-off between
            // margins), so it is not a fact.
            var check = new Pass(problem, matchday, verification, options with { CheckWitnesses = false }, run.AllEntries(facts));
            var statuses = check.Analyse(focals, margins: false);
            if (facts.Zip(statuses).All(p => p.First.SameStatuses(p.Second)))
            {
                facts = check.Confirm(focals, facts);
                final = check;
                break;
            }

            (run, bound) = (check, verification);
            facts = check.Analyse(focals, margins: true);
            final = run;
            verification *= 4;
        }

        // Results settled only by several scores together: searched under the final (larger) bound, with the matchday's
        // scores within the reported one, so that every claim is proven at both.
        facts = final.FindMarginDependent(focals, facts, bound);
        return Report(problem, matchday, bound, focals, facts);
    }

    private static NextMatchdayScenarios Report(ScenarioProblem problem, ImmutableArray<int> matchday, int bound, int[] focals, TeamFacts[] facts)
    {
        var table = problem.TableWith([]);
        var positions = table.Rows.ToDictionary(r => r.Team, r => r.Position, StringComparer.Ordinal);
        var slots = ScenarioAnalyzer.SlotsOf(problem);
        var matches = matchday.Select(i => problem.Remaining[i]).ToImmutableArray();
        var entries = new List<TeamNextMatchday>();
        foreach (var row in table.Rows)
        {
            var f = Array.IndexOf(focals, problem.Teams.IndexOf(row.Team));
            if (f < 0)
            {
                continue;
            }

            var teamFacts = facts[f];
            var now = slots.Select((s, si) => new SlotOutcome(s.Name, teamFacts.Now(si), [])).ToImmutableArray();
            var combinations = Enumerable.Range(0, teamFacts.Combinations).Select(c =>
                slots.Select((s, si) => new SlotOutcome(s.Name, teamFacts.Status[si][c], [.. teamFacts.Rules[si][c]])).ToImmutableArray()).ToImmutableArray();
            var conditions = Conditions(problem, row.Team, teamFacts, slots, matches, positions);
            var marginDependent = teamFacts.Claims.Select(c =>
            {
                var (name, from, to) = slots[c.Slot];
                var also = conditions.Any(x => x.Slot == name && x.Kind == c.Kind);
                var claim = new MarginDependentCondition(name, from, to, c.Kind, c.Term, c.Matches, c.Margins, c.Example, c.CombinedAtLeast, c.CombinedAtMost, string.Empty);
                return claim with { Text = ConditionText.MarginSentence(row.Team, claim, also, matches, positions) };
            }).ToImmutableArray();
            entries.Add(new TeamNextMatchday(row.Team, row.Position, row.Points, now, conditions, combinations) { MarginDependent = marginDependent, MarginDependentComplete = teamFacts.ClaimsComplete });
        }

        return new NextMatchdayScenarios(problem.Group, matches, problem.Remaining.Length - matchday.Length, bound, [.. entries]) { Slots = [.. slots] };
    }

    /// <summary>Cuts each match's goal difference into intervals at every margin a rule names, then merges each slot's cells.</summary>
    private static ImmutableArray<SlotConditions> Conditions(ScenarioProblem problem, string team, TeamFacts facts,
        IReadOnlyList<(string Name, int From, int To)> slots, ImmutableArray<Match> matches, Dictionary<string, int> positions)
    {
        var k = matches.Length;
        var cuts = Enumerable.Range(0, k).Select(_ => new SortedSet<int> { 0, 1 }).ToArray();
        for (var si = 0; si < slots.Count; si++)
        {
            for (var c = 0; c < facts.Combinations; c++)
            {
                foreach (var rule in facts.Rules[si][c])
                {
                    var sign = Sign(c, rule.Match, k);
                    if (rule.AtLeast is { } least)
                    {
                        cuts[rule.Match].Add(sign > 0 ? least : 1 - least);
                    }

                    if (rule.AtMost is { } most)
                    {
                        cuts[rule.Match].Add(sign > 0 ? most + 1 : -most);
                    }
                }
            }
        }

        // atoms[m][a] = (lo, hi) goal difference (home − away), null ends unbounded.
        var atoms = cuts.Select(set =>
        {
            var list = set.ToList();
            var result = new List<(int? Lo, int? Hi)> { (null, list[0] - 1) };
            for (var i = 0; i < list.Count; i++)
            {
                result.Add((list[i], i + 1 < list.Count ? list[i + 1] - 1 : null));
            }

            return result;
        }).ToArray();
        var sizes = atoms.Select(a => a.Count).ToArray();
        var cellCount = sizes.Aggregate(1, (a, b) => a * b);

        // The cells and the combination of each.
        var cellAtoms = new int[cellCount][];
        var cellCombination = new int[cellCount];
        for (var cell = 0; cell < cellCount; cell++)
        {
            var rest = cell;
            var values = new int[k];
            for (var m = k - 1; m >= 0; m--)
            {
                values[m] = rest % sizes[m];
                rest /= sizes[m];
            }

            cellAtoms[cell] = values;
            var combination = 0;
            for (var m = 0; m < k; m++)
            {
                var (lo, _) = atoms[m][values[m]];
                combination = (combination * 3) + (lo is >= 1 ? 0 : lo == 0 ? 1 : 2);
            }

            cellCombination[cell] = combination;
        }

        bool Holds(int si, Settlement kind, int cell)
        {
            var c = cellCombination[cell];
            var status = facts.Status[si][c];
            if (status == (kind == Settlement.Clinch ? SlotStatus.Clinched : SlotStatus.Eliminated))
            {
                return true;
            }

            foreach (var rule in facts.Rules[si][c].Where(r => r.Kind == kind))
            {
                var (lo, hi) = atoms[rule.Match][cellAtoms[cell][rule.Match]];
                var sign = Sign(c, rule.Match, k);
                var (least, most) = sign > 0 ? (lo!.Value, hi) : (-hi!.Value, -lo);
                if ((rule.AtLeast is { } a && least >= a) || (rule.AtMost is { } b && most is { } m && m <= b))
                {
                    return true;
                }
            }

            return false;
        }

        var statements = new List<(int Slot, Settlement Kind)>();
        foreach (var kind in (Settlement[])[Settlement.Clinch, Settlement.Eliminate])
        {
            for (var si = 0; si < slots.Count; si++)
            {
                if (facts.Now(si) == SlotStatus.Open)
                {
                    statements.Add((si, kind));
                }
            }
        }

        var truth = statements.Select(s => Enumerable.Range(0, cellCount).Select(cell => Holds(s.Slot, s.Kind, cell)).ToArray()).ToList();
        var n = problem.Teams.Length;
        var result = ImmutableArray.CreateBuilder<SlotConditions>();
        var own = matches.Select((m, i) => (m, i)).Where(x => x.m.Involves(team)).Select(x => x.i).DefaultIfEmpty(-1).First();
        for (var x = 0; x < statements.Count; x++)
        {
            // A cell where a stronger statement also holds need not be covered (but may be): clinching 1st-3rd says
            // that 4th is out of reach.
            var values = new CellValue[cellCount];
            for (var cell = 0; cell < cellCount; cell++)
            {
                if (!truth[x][cell])
                {
                    continue;
                }

                var implied = Enumerable.Range(0, statements.Count).Any(y => y != x && truth[y][cell]
                    && Implies(statements[y], statements[x], slots, n) && !Implies(statements[x], statements[y], slots, n));
                values[cell] = implied ? CellValue.DontCare : CellValue.True;
            }

            if (!values.Contains(CellValue.True))
            {
                continue;
            }

            var products = ConditionMinimizer.Minimise(sizes, values);
            var terms = products.Select(p => new ConditionTerm([.. Enumerable.Range(0, k)
                    .Where(m => p[m].Lo > 0 || p[m].Hi < sizes[m] - 1)
                    .OrderBy(m => m == own ? 0 : 1).ThenBy(m => m)
                    .Select(m => new ResultLiteral(m, atoms[m][p[m].Lo].Lo, atoms[m][p[m].Hi].Hi))]))
                .OrderBy(t => t.Literals.Length)
                .ThenBy(t => TermKey(t, matches, own, team), StringComparer.Ordinal)
                .ToImmutableArray();
            var (name, from, to) = slots[statements[x].Slot];
            var text = ConditionText.Sentence(team, name, from, to, statements[x].Kind, terms, matches, positions);
            result.Add(new SlotConditions(name, from, to, statements[x].Kind, terms, text));
        }

        return result.ToImmutable();
    }

    /// <summary>Whether statement <paramref name="a"/> implies statement <paramref name="b"/> by their positions alone.</summary>
    private static bool Implies((int Slot, Settlement Kind) a, (int Slot, Settlement Kind) b, IReadOnlyList<(string Name, int From, int To)> slots, int n)
    {
        var (_, af, at) = slots[a.Slot];
        var (_, bf, bt) = slots[b.Slot];
        return (a.Kind, b.Kind) switch
        {
            // In A ⊆ B: in B.
            (Settlement.Clinch, Settlement.Clinch) => bf <= af && at <= bt,

            // In A, A and B disjoint: out of B.
            (Settlement.Clinch, Settlement.Eliminate) => at < bf || bt < af,

            // Out of A ⊇ B: out of B.
            (Settlement.Eliminate, Settlement.Eliminate) => af <= bf && bt <= at,

            // Out of A, every position outside A in B: in B.
            _ => (af == 1 || (bf == 1 && af - 1 <= bt)) && (at == n || (bf <= at + 1 && bt == n)),
        };
    }

    /// <summary>Orders terms: fewer literals first, then the team's own match first, the results best for its side first.</summary>
    private static string TermKey(ConditionTerm term, ImmutableArray<Match> matches, int own, string team) =>
        string.Concat(term.Literals.Select(l =>
        {
            var away = l.Match == own && string.Equals(matches[own].Away, team, StringComparison.Ordinal);
            var best = away ? (l.Max is { } max ? -max : 1000) : (l.Min ?? -1000);
            return $"{(l.Match == own ? 0 : l.Match + 1):D3}{2000 - best:D4}";
        }));

    /// <summary>The sign of match <paramref name="m"/>'s goal difference in combination <paramref name="c"/>: +1, 0 or −1.</summary>
    private static int Sign(int c, int m, int k)
    {
        for (var i = k - 1; i > m; i--)
        {
            c /= 3;
        }

        return (c % 3) switch { 0 => 1, 1 => 0, _ => -1 };
    }

    /// <summary>
    /// A proven claim that results <paramref name="Term"/> settle slot <paramref name="Slot"/> for some scores: the example's
    /// scores (with the term's results, anything else free) settle it, while every combination of the term is open as a whole.
    /// </summary>
    private sealed record MarginClaim(int Slot, Settlement Kind, ConditionTerm Term, ImmutableArray<int> Matches, bool Margins,
        ImmutableArray<MatchScore> Example, int? CombinedAtLeast, int? CombinedAtMost);

    /// <summary>
    /// A proven example before merging: per match its result (+1, 0, −1) or <see langword="null"/> (free), its score when the
    /// score is part of the example, whether that score matters, and whether its margin does.
    /// </summary>
    private sealed record RawClaim(int Slot, Settlement Kind, int?[] Results, Score?[] Scores, bool[] Matters, bool[] Margins)
    {
        /// <summary>Whether every match whose score matters is a win whose margin matters.</summary>
        public bool MarginsMatter => Matters.Any(m => m) && Matters.Zip(Margins).All(p => !p.First || p.Second);

        public bool Covers(int c, int k) => Consistent(c, Results, k);
    }

    /// <summary>Whether combination <paramref name="c"/> has the given result (+1, 0, −1) in every match where one is given.</summary>
    private static bool Consistent(int c, int?[] results, int k) =>
        Enumerable.Range(0, k).All(m => results[m] is not { } r || Sign(c, m, k) == r);

    /// <summary>Whether combination <paramref name="c"/> lies in a product of outcome ranges (0 home win, 1 draw, 2 away win).</summary>
    private static bool InProduct(int c, (int Lo, int Hi)[] product, int k) =>
        Enumerable.Range(0, k).All(m => 1 - Sign(c, m, k) is var v && v >= product[m].Lo && v <= product[m].Hi);

    /// <summary>Results for every remaining fixture, and where they leave every team (fair play and lots either way).</summary>
    private sealed record Entry(Score[] Scores, int Combination, (int From, int To)[] Ranges);

    /// <summary>One team's answers: per slot and combination, its status and the margins that settle an open one.</summary>
    private sealed class TeamFacts(SlotStatus[][] status, List<MarginRule>[][] rules, List<Entry> found)
    {
        public SlotStatus[][] Status { get; } = status;

        public List<MarginRule>[][] Rules { get; } = rules;

        public List<Entry> Found { get; } = found;

        /// <summary>Proven margin-dependent claims (<see cref="Pass.TeamState.FindMarginDependent"/>), merged into terms.</summary>
        public List<MarginClaim> Claims { get; init; } = [];

        /// <summary>Whether that search ran to the end for every slot.</summary>
        public bool ClaimsComplete { get; init; } = true;

        public int Combinations => Status[0].Length;

        public SlotStatus Now(int slot) =>
            Status[slot].All(s => s == SlotStatus.Clinched) ? SlotStatus.Clinched
            : Status[slot].All(s => s == SlotStatus.Eliminated) ? SlotStatus.Eliminated
            : SlotStatus.Open;

        public bool SameStatuses(TeamFacts other) => Status.Zip(other.Status).All(p => p.First.SequenceEqual(p.Second));
    }

    /// <summary>The analysis at one goal bound.</summary>
    private sealed class Pass
    {
        /// <summary>
        /// The limit of one proposal of the margin-dependent search when matches follow the matchday, in CP-SAT's deterministic
        /// time (<c>max_deterministic_time</c>, about a second of work, the same on every run).
        /// </summary>
        private const double ProposalWork = 1;

        private readonly ScenarioProblem _problem;
        private readonly ImmutableArray<int> _matchday;
        private readonly int[] _later;
        private readonly int _bound;
        private readonly ScenarioOptions _options;
        private readonly ScenarioModel _model;
        private readonly ScenarioModel _relaxed;
        private readonly ScenarioModel _overall;
        private readonly SolverSettings _settings;

        /// <summary><see cref="_settings"/> with a work limit (<see cref="ProposalWork"/>), for the proposals of the margin-dependent search.</summary>
        private readonly SolverSettings _limited;
        private readonly IReadOnlyList<(string Name, int From, int To)> _slots;
        private readonly int _combinations;
        private readonly List<Entry>[] _pool;

        /// <summary>The overall criteria that rank the group before any head-to-head, two-team-only, fair-play or lots step.</summary>
        private readonly TieBreakCriterion[] _overallCriteria;

        /// <summary>Each team's totals on <see cref="_overallCriteria"/> over the played matches (points after deductions).</summary>
        private readonly long[][] _playedTotals;

        public Pass(ScenarioProblem problem, ImmutableArray<int> matchday, int bound, ScenarioOptions options, IReadOnlyList<Entry> seed)
        {
            _problem = problem;
            _matchday = matchday;
            _later = [.. Enumerable.Range(0, problem.Remaining.Length).Except(matchday)];
            _bound = bound;
            _options = options;
            _model = new ScenarioModel(problem, bound);
            _relaxed = new ScenarioModel(problem, bound, pointsOnly: true);
            _overall = new ScenarioModel(problem, bound, overallOnly: true);
            _settings = new SolverSettings(options.SolverParameters.Contains("cp_model_presolve", StringComparison.Ordinal)
                ? options.SolverParameters : options.SolverParameters + ",cp_model_presolve:false");
            _limited = new SolverSettings(_settings.Parameters + $",max_deterministic_time:{ProposalWork.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
            _slots = ScenarioAnalyzer.SlotsOf(problem);
            _combinations = NextMatchdayScenarios.Pow3(matchday.Length);
            _pool = BuildPool(seed);
            _overallCriteria = [.. problem.TieBreakers.Blocks.TakeWhile(b => b.Scope == TieBreakScope.Overall).SelectMany(b => b.Steps)
                .TakeWhile(x => !x.OnlyWhenTwoTeamsConcerned && x.Criterion is not (TieBreakCriterion.FairPlay or TieBreakCriterion.Lots))
                .Select(x => x.Criterion)];
            _playedTotals = [.. problem.Teams.Select(team => _overallCriteria.Select(criterion =>
                problem.Played.Sum(m => Stat(m, m.Score!.Value, team, criterion))
                - (criterion == TieBreakCriterion.Points ? problem.Deductions.GetValueOrDefault(team) : 0)).ToArray())];
        }

        public IReadOnlyList<Entry> AllEntries(TeamFacts[] facts) => [.. _pool.SelectMany(p => p), .. facts.SelectMany(f => f.Found)];

        /// <summary>Each team's status per slot and combination, and with <paramref name="margins"/> the margins that settle open ones.</summary>
        public TeamFacts[] Analyse(int[] focals, bool margins)
        {
            var facts = new TeamFacts[focals.Length];
            Parallel.For(0, focals.Length, f =>
            {
                var team = new TeamState(this, focals[f]);
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
        /// <paramref name="facts"/> with the margin-dependent claims of every team (<see cref="TeamState.FindMarginDependent"/>), proven
        /// at this pass's bound with the matchday's scores within <paramref name="matchdayGoals"/>.
        /// </summary>
        public TeamFacts[] FindMarginDependent(int[] focals, TeamFacts[] facts, int matchdayGoals)
        {
            var result = new TeamFacts[focals.Length];
            Parallel.For(0, focals.Length, f =>
            {
                var (claims, complete) = Enumerable.Range(0, _slots.Count).All(si => facts[f].Now(si) != SlotStatus.Open) ? ([], true)
                    : new TeamState(this, focals[f]).FindMarginDependent(facts[f], matchdayGoals);
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
                confirmed[f] = new TeamState(this, focals[f]).Confirm(facts[f]);
            });
            return confirmed;
        }

        /// <summary>A team's statistic on one criterion from one match with score <paramref name="score"/> (0 when it does not play in it).</summary>
        private long Stat(Match match, Score score, string team, TieBreakCriterion criterion)
        {
            var home = string.Equals(match.Home, team, StringComparison.Ordinal);
            if (!home && !string.Equals(match.Away, team, StringComparison.Ordinal))
            {
                return 0;
            }

            return ScenarioModel.StatOf(_problem.Points, score, home, criterion);
        }

        /// <summary>Each team's totals on <see cref="_overallCriteria"/> over the matches after the matchday, with <paramref name="scores"/>.</summary>
        private long[][] LaterTotals(IReadOnlyList<Score> scores)
        {
            var totals = new long[_problem.Teams.Length][];
            for (var t = 0; t < totals.Length; t++)
            {
                totals[t] = new long[_overallCriteria.Length];
            }

            foreach (var m in _later)
            {
                var match = _problem.Remaining[m];
                foreach (var team in (string[])[match.Home, match.Away])
                {
                    var row = totals[_problem.Teams.IndexOf(team)];
                    for (var s = 0; s < row.Length; s++)
                    {
                        row[s] += Stat(match, scores[m], team, _overallCriteria[s]);
                    }
                }
            }

            return totals;
        }

        /// <summary>
        /// The scores at which a linear statistic of one match is extreme, among those with goal difference (home − away)
        /// <paramref name="min"/>…<paramref name="max"/> and at most <paramref name="goals"/> a side: the corners of that polygon.
        /// </summary>
        private static IEnumerable<Score> Corners(int min, int max, int goals)
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

        private int CombinationOf(Score[] scores)
        {
            var c = 0;
            foreach (var m in _matchday)
            {
                var s = scores[m];
                c = (c * 3) + (s.Home > s.Away ? 0 : s.Home == s.Away ? 1 : 2);
            }

            return c;
        }

        private Entry Evaluate(Score[] scores)
        {
            var results = _problem.Remaining.Select((m, i) => m with { Score = scores[i] }).ToList();
            var rows = _problem.TableWith(results).Rows;
            var ranges = new (int From, int To)[_problem.Teams.Length];
            var start = 0;
            for (var r = 0; r < rows.Length; r++)
            {
                // Rows separated only by fair play or lots share their positions.
                if (r == rows.Length - 1 || rows[r].DecidedBy is not { Criterion: Domain.Standings.TieBreakCriterion.FairPlay or Domain.Standings.TieBreakCriterion.Lots })
                {
                    for (var q = start; q <= r; q++)
                    {
                        ranges[_problem.Teams.IndexOf(rows[q].Team)] = (start + 1, r + 1);
                    }

                    start = r + 1;
                }
            }

            return new Entry(scores, CombinationOf(scores), ranges);
        }

        /// <summary>
        /// Results ranked by the reference table: every combination with small and large margins, each with later
        /// matches all drawn, won by the favourites or by the outsiders, won or lost heavily by one team, or random.
        /// </summary>
        private List<Entry>[] BuildPool(IReadOnlyList<Entry> seed)
        {
            var b = Math.Max(1, _bound);
            var now = _problem.TableWith([]).Rows.ToDictionary(r => r.Team, r => r.Position, StringComparer.Ordinal);
            var patterns = new List<Score[]>();
            Score[] Pattern(Func<Match, Score> choose) => [.. _later.Select(i => choose(_problem.Remaining[i]))];
            patterns.Add(Pattern(_ => new Score(0, 0)));
            patterns.Add(Pattern(m => now[m.Home] < now[m.Away] ? new Score(1, 0) : new Score(0, 1)));
            patterns.Add(Pattern(m => now[m.Home] > now[m.Away] ? new Score(1, 0) : new Score(0, 1)));
            foreach (var team in _problem.Teams)
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
            var pool = new List<Entry>[_combinations];
            Parallel.For(0, _combinations, c =>
            {
                var list = new List<Entry>();
                foreach (var large in (bool[])[false, true])
                {
                    foreach (var pattern in patterns)
                    {
                        var scores = new Score[_problem.Remaining.Length];
                        for (var i = 0; i < _later.Length; i++)
                        {
                            scores[_later[i]] = pattern[i];
                        }

                        for (var m = 0; m < _matchday.Length; m++)
                        {
                            var sign = Sign(c, m, _matchday.Length);
                            var margin = large ? b : 1;
                            scores[_matchday[m]] = sign > 0 ? new Score(margin, 0) : sign < 0 ? new Score(0, margin) : large ? new Score(1, 1) : new Score(0, 0);
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
        private IEnumerable<Entry> Move(Entry entry, int c)
        {
            for (var variant = 0; variant < 3; variant++)
            {
                var scores = (Score[])entry.Scores.Clone();
                for (var j = 0; j < _matchday.Length; j++)
                {
                    var sign = Sign(c, j, _matchday.Length);
                    var s = scores[_matchday[j]];
                    if (Math.Sign(s.Home - s.Away) == sign)
                    {
                        continue;
                    }

                    var (hi, lo) = variant switch
                    {
                        0 => (Math.Max(s.Home, s.Away), Math.Min(s.Home, s.Away)),
                        1 => (1, 0),
                        _ => (_bound, 0),
                    };
                    if (hi == lo)
                    {
                        hi = lo + 1;
                    }

                    scores[_matchday[j]] = sign > 0 ? new Score(hi, lo) : sign < 0 ? new Score(lo, hi) : new Score(lo, lo);
                }

                yield return Evaluate(scores);
            }
        }

        private MatchdayCombination Outcomes(int c) => new(c, _matchday.Length);

        private List<MatchdayCombination> AllBut(IReadOnlySet<int> allowed) =>
            [.. Enumerable.Range(0, _combinations).Where(c => !allowed.Contains(c)).Select(Outcomes)];

        /// <summary>One team's search at this bound.</summary>
        private sealed class TeamState
        {
            /// <summary>How many known witnesses of a combination get their margin moved to the extreme before CP-SAT is asked.</summary>
            private const int PerturbedWitnesses = 12;

            /// <summary>How many goals a combined margin is moved from the example's before it is reported as it stands.</summary>
            private const int CombinedSteps = 4;

            private readonly Pass _pass;
            private readonly int _focal;
            private readonly IReadOnlyList<(string Name, int From, int To)> _slots;
            private readonly List<Entry>[] _byCombination;
            private readonly bool[][] _inside;
            private readonly bool[][] _outside;
            private readonly List<Entry> _found = [];
            private SlotStatus[][] _status = [];
            private readonly List<MarginRule>[][] _rules;

            /// <summary>Cache of <see cref="MatchdayRanges"/> by box.</summary>
            private readonly Dictionary<string, (long Lo, long Hi)[][]> _ranges = new(StringComparer.Ordinal);

            /// <summary>Cache of <see cref="Pass.LaterTotals"/> by later scores.</summary>
            private readonly Dictionary<string, long[][]> _laterTotals = new(StringComparer.Ordinal);

            /// <summary>Local-search steps per combination: more when more matches follow the matchday.</summary>
            private int RepairBudget => Math.Min(200, 4 * _pass._later.Length);

            public TeamState(Pass pass, int focal)
            {
                _pass = pass;
                _focal = focal;
                _slots = pass._slots;
                _byCombination = [.. pass._pool.Select(p => new List<Entry>(p))];
                _inside = [.. _slots.Select(_ => new bool[pass._combinations])];
                _outside = [.. _slots.Select(_ => new bool[pass._combinations])];
                _rules = [.. _slots.Select(_ => Enumerable.Range(0, pass._combinations).Select(_ => new List<MarginRule>()).ToArray())];
                foreach (var entry in pass._pool.SelectMany(p => p))
                {
                    Mark(entry);
                }
            }

            public TeamFacts Facts() => new(_status, _rules, _found);

            private bool In(Entry e, int si) => e.Ranges[_focal].From <= _slots[si].To && e.Ranges[_focal].To >= _slots[si].From;

            private bool Out(Entry e, int si) => e.Ranges[_focal].From < _slots[si].From || e.Ranges[_focal].To > _slots[si].To;

            private bool Bad(Entry e, int si, Settlement kind) => kind == Settlement.Clinch ? Out(e, si) : In(e, si);

            private static QueryKind BadQuery(Settlement kind) => kind == Settlement.Clinch ? QueryKind.Outside : QueryKind.Within;

            private bool Mark(Entry e)
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

            private void Add(Entry e)
            {
                _found.Add(e);
                _byCombination[e.Combination].Add(e);
                Mark(e);
            }

            private Entry Evaluate(Score[] scores)
            {
                return _pass.Evaluate(scores);
            }

            private Witness Hint(Entry e) => new(0, 0, [.. _pass._problem.Remaining.Select((m, i) => m with { Score = e.Scores[i] })]);

            /// <summary>
            /// Results that <paramref name="accept"/> takes (the position query holds in them, in an allowed combination), or
            /// <see langword="null"/> when CP-SAT proves there are none. The relaxation on points goes first (unless
            /// <paramref name="onPoints"/> is off: teams level on points are the question): its INFEASIBLE is a proof, and its
            /// solution is often a real witness.
            /// </summary>
            private Entry? Find(QueryKind kind, int si, Restriction restriction, Func<Entry, bool> accept, bool onPoints = true)
            {
                var (_, from, to) = _slots[si];
                foreach (var relaxation in onPoints ? (ScenarioModel[])[_pass._relaxed, _pass._overall] : [_pass._overall])
                {
                    if (!relaxation.IsRelaxation)
                    {
                        continue;
                    }

                    var relaxed = relaxation.Solve(_focal, kind, from, to, _pass._settings, null, restriction);
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

                var exact = _pass._model.Solve(_focal, kind, from, to, _pass._settings, null, restriction);
                if (exact.Status == CpSolverStatus.Infeasible)
                {
                    return null;
                }

                if (exact.Status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
                {
                    throw new InvalidOperationException($"CP-SAT returned {exact.Status} for {_pass._problem.Teams[_focal]} {_slots[si].Name}");
                }

                var entry = _pass.FromAnswer(exact, _focal);
                return accept(entry) ? entry
                    : throw new InvalidOperationException($"CP-SAT solution for {_pass._problem.Teams[_focal]} {_slots[si].Name} does not match the reference table");
            }

            /// <summary>
            /// Results that <paramref name="accept"/> takes, optimal for the restriction's objective (proven OPTIMAL by the exact
            /// model, or reached by a real witness at the relaxation's optimum, which bounds the exact one).
            /// </summary>
            private Entry Optimise(QueryKind kind, int si, Restriction restriction, Func<Entry, bool> accept, Entry hint)
            {
                var (_, from, to) = _slots[si];
                var match = string.Join('+', restriction.Objective!.Value.Terms.Select(t => t.Match));
                foreach (var relaxation in (ScenarioModel[])[_pass._relaxed, _pass._overall])
                {
                    if (!relaxation.IsRelaxation)
                    {
                        continue;
                    }

                    // The relaxation's optimum bounds the exact one: a real witness reaching it is optimal.
                    var relaxed = relaxation.Solve(_focal, kind, from, to, _pass._settings, Hint(hint), restriction);
                    if (relaxed.Status == CpSolverStatus.Optimal)
                    {
                        var candidate = Evaluate([.. relaxed.Results.Select(m => m.Score!.Value)]);
                        if (accept(candidate))
                        {
                            return candidate;
                        }
                    }
                }

                var exact = _pass._model.Solve(_focal, kind, from, to, _pass._settings, Hint(hint), restriction);
                if (exact.Status != CpSolverStatus.Optimal)
                {
                    throw new InvalidOperationException($"CP-SAT did not prove the margin of match {match} for {_pass._problem.Teams[_focal]} {_slots[si].Name}: {exact.Status}");
                }

                var entry = _pass.FromAnswer(exact, _focal);
                return accept(entry) ? entry
                    : throw new InvalidOperationException($"CP-SAT margin solution for {_pass._problem.Teams[_focal]} {_slots[si].Name} does not match the reference table");
            }

            /// <summary>
            /// Which combinations can leave the team out of (in) each slot. CP-SAT finds one not covered yet, a clause
            /// excludes it, and so on until INFEASIBLE, which proves every combination left uncovered clinched (eliminated).
            /// Each solution is also moved into the other uncovered combinations.
            /// </summary>
            public void FindStatuses()
            {
                var combinations = _pass._combinations;
                for (var si = 0; si < _slots.Count; si++)
                {
                    foreach (var kind in (Settlement[])[Settlement.Clinch, Settlement.Eliminate])
                    {
                        var covered = kind == Settlement.Clinch ? _outside[si] : _inside[si];
                        while (true)
                        {
                            var allowed = Enumerable.Range(0, combinations).Where(c => !covered[c]).ToHashSet();
                            if (allowed.Count == 0)
                            {
                                break;
                            }

                            var slot = si;
                            var entry = Find(BadQuery(kind), si, new Restriction { Matchday = _pass._matchday, Excluded = _pass.AllBut(allowed) },
                                e => allowed.Contains(e.Combination) && Bad(e, slot, kind));
                            if (entry is null)
                            {
                                break;
                            }

                            Add(entry);
                            foreach (var c in allowed.Where(c => !covered[c]))
                            {
                                Entry? last = null;
                                foreach (var moved in _pass.Move(entry, c))
                                {
                                    last = moved;
                                    if (Mark(moved))
                                    {
                                        _found.Add(moved);
                                        _byCombination[c].Add(moved);
                                    }

                                    if (covered[c])
                                    {
                                        break;
                                    }
                                }

                                // Early in a season almost every combination is open: a short local search finds it
                                // far faster than CP-SAT does (the budget grows with the matches after the matchday).
                                if (!covered[c] && last is not null && Repair(last, si, kind, -1, RepairBudget) is { } repaired)
                                {
                                    Add(repaired);
                                }
                            }
                        }
                    }
                }

                _status = [.. _slots.Select((_, si) => Enumerable.Range(0, combinations)
                    .Select(c => !_outside[si][c] ? SlotStatus.Clinched : !_inside[si][c] ? SlotStatus.Eliminated : SlotStatus.Open).ToArray())];
            }

            /// <summary>
            /// A short deterministic hill climb from <paramref name="start"/> towards results that leave the team on the
            /// wrong side of the slot (out of it for <see cref="Settlement.Clinch"/>, in it for
            /// <see cref="Settlement.Eliminate"/>): random changes of one later match, or of one matchday score keeping
            /// its result (never <paramref name="fixedMatch"/>), kept when the team's distance to the wanted positions does
            /// not grow.
            /// </summary>
            private Entry? Repair(Entry start, int si, Settlement kind, int fixedMatch, int budget)
            {
                var (_, from, to) = _slots[si];
                int Distance(Entry e)
                {
                    var (f, t) = e.Ranges[_focal];
                    return kind == Settlement.Clinch
                        ? Math.Min(Math.Max(0, f - from + 1), Math.Max(0, to - t + 1))
                        : Math.Max(0, f - to) + Math.Max(0, from - t);
                }

                var bound = _pass._bound;
                var random = new Random((_focal * 7919) + (si * 104729) + start.Combination);
                var current = start;
                var distance = Distance(current);
                var later = _pass._later;
                var matchday = _pass._matchday;
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
            /// Within each open combination and each match that is not a draw, the largest and the smallest winning margin
            /// under which the team may still end on the wrong side of the slot; beyond them the slot is settled.
            /// </summary>
            public void FindMargins()
            {
                var combinations = _pass._combinations;
                var k = _pass._matchday.Length;
                var bound = _pass._bound;
                var extremes = new Dictionary<(int Slot, Settlement Kind, int Match, bool Largest, int Combination), int>();
                for (var si = 0; si < _slots.Count; si++)
                {
                    foreach (var kind in (Settlement[])[Settlement.Clinch, Settlement.Eliminate])
                    {
                        var slot = si;
                        bool IsBad(Entry e) => Bad(e, slot, kind);
                        for (var m = 0; m < k; m++)
                        {
                            var match = _pass._matchday[m];
                            int Margin(Entry e) => Math.Abs(e.Scores[match].Home - e.Scores[match].Away);
                            foreach (var largest in (bool[])[true, false])
                            {
                                var target = largest ? bound : 1;
                                bool Reached(Entry e) => IsBad(e) && (largest ? Margin(e) >= target : Margin(e) <= target);
                                foreach (var sign in (int[])[1, -1])
                                {
                                    var remaining = new SortedSet<int>();
                                    for (var c = 0; c < combinations; c++)
                                    {
                                        if (_status[si][c] != SlotStatus.Open || Sign(c, m, k) != sign || _byCombination[c].Any(Reached))
                                        {
                                            continue;
                                        }

                                        // The same results with this match's margin moved to the extreme.
                                        var reached = false;
                                        foreach (var e in _byCombination[c].Where(IsBad).Take(PerturbedWitnesses).ToList())
                                        {
                                            var scores = (Score[])e.Scores.Clone();
                                            var loser = Math.Min(e.Scores[match].Home, e.Scores[match].Away);
                                            var (w, l) = largest ? (bound, 0) : (loser + 1, loser);
                                            scores[match] = sign > 0 ? new Score(w, l) : new Score(l, w);
                                            var perturbed = Evaluate(scores);
                                            Add(perturbed);
                                            if (Reached(perturbed))
                                            {
                                                reached = true;
                                                break;
                                            }
                                        }

                                        if (!reached)
                                        {
                                            remaining.Add(c);
                                        }
                                    }

                                    while (remaining.Count > 0)
                                    {
                                        // The extreme margin over all the remaining combinations at once: it bounds each
                                        // of them, and is exact in every one a witness at that margin can be moved into.
                                        var allowed = remaining.ToHashSet();
                                        var hints = allowed.SelectMany(c => _byCombination[c].Where(IsBad)).ToList();
                                        var hint = largest ? hints.MaxBy(Margin)! : hints.MinBy(Margin)!;
                                        var entry = Optimise(BadQuery(kind), si,
                                            new Restriction { Matchday = _pass._matchday, Excluded = _pass.AllBut(allowed), Objective = ([(match, 1, -1)], largest == sign > 0) },
                                            e => allowed.Contains(e.Combination) && IsBad(e), hint);
                                        Add(entry);
                                        var extreme = Margin(entry);
                                        extremes[(si, kind, m, largest, entry.Combination)] = extreme;
                                        remaining.Remove(entry.Combination);
                                        foreach (var c in remaining.ToList())
                                        {
                                            Entry? last = null;
                                            foreach (var moved in _pass.Move(entry, c))
                                            {
                                                last = moved;
                                                if (IsBad(moved))
                                                {
                                                    Add(moved);
                                                    extremes[(si, kind, m, largest, c)] = extreme;
                                                    remaining.Remove(c);
                                                    break;
                                                }
                                            }

                                            if (remaining.Contains(c) && last is not null && Repair(last, si, kind, match, RepairBudget) is { } repaired)
                                            {
                                                Add(repaired);
                                                extremes[(si, kind, m, largest, c)] = extreme;
                                                remaining.Remove(c);
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }

                foreach (var ((si, kind, m, largest, c), extreme) in extremes.OrderBy(x => x.Key.Slot).ThenBy(x => x.Key.Combination)
                    .ThenBy(x => x.Key.Kind).ThenBy(x => x.Key.Match).ThenBy(x => !x.Key.Largest))
                {
                    if (largest && extreme < bound)
                    {
                        _rules[si][c].Add(new MarginRule(m, kind, extreme + 1, null));
                    }
                    else if (!largest && extreme > 1)
                    {
                        _rules[si][c].Add(new MarginRule(m, kind, null, extreme - 1));
                    }
                }
            }

            private static QueryKind SettledQuery(Settlement kind) => kind == Settlement.Clinch ? QueryKind.Contained : QueryKind.Disjoint;

            /// <summary>
            /// For every open statement (slot and kind) and every combination open as a whole, scores of the matchday within
            /// <paramref name="matchdayGoals"/> a side, outside every margin rule that already settles it (of the statement or of one
            /// that implies it), that settle the slot whatever the later results. Combinations that later results can always answer
            /// are ruled out first (<see cref="RuleOut"/>); then CP-SAT looks for such scores in the others (<see cref="Search"/>).
            /// Each proven example is reduced (<see cref="Reduce"/>), and the claims are merged into terms (<see cref="Merge"/>).
            /// </summary>
            /// <returns>The claims, and whether every statement's search ran to the end.</returns>
            public (List<MarginClaim> Claims, bool Complete) FindMarginDependent(TeamFacts facts, int matchdayGoals)
            {
                _status = facts.Status;
                var n = _pass._problem.Teams.Length;
                var statements = new List<(int Slot, Settlement Kind)>();
                foreach (var kind in (Settlement[])[Settlement.Clinch, Settlement.Eliminate])
                {
                    for (var si = 0; si < _slots.Count; si++)
                    {
                        if (facts.Now(si) == SlotStatus.Open)
                        {
                            statements.Add((si, kind));
                        }
                    }
                }

                // The strongest statements first (fewest positions): a combination claimed for one is not searched for what it implies.
                int Positions((int Slot, Settlement Kind) x) => x.Kind == Settlement.Clinch ? _slots[x.Slot].To - _slots[x.Slot].From + 1
                    : n - (_slots[x.Slot].To - _slots[x.Slot].From + 1);
                statements = [.. statements.OrderBy(Positions)];
                var claimed = statements.ToDictionary(x => x, _ => new HashSet<int>());
                var found = new List<RawClaim>();
                var complete = true;
                foreach (var x in statements)
                {
                    var implying = statements.Where(y => y != x && Implies(y, x, _slots, n)).ToList();
                    var stronger = implying.Where(y => !Implies(x, y, _slots, n)).ToList();
                    var candidates = new SortedDictionary<int, RestrictionCase>();
                    for (var c = 0; c < _pass._combinations; c++)
                    {
                        if (_status[x.Slot][c] == SlotStatus.Open && !stronger.Any(y => claimed[y].Contains(c))
                            && Uncovered(facts, [x, .. implying], c, matchdayGoals) is { } box)
                        {
                            candidates[c] = box;
                        }
                    }

                    var ranges = RuleOut(x, candidates, matchdayGoals);
                    complete &= Search(x, candidates, ranges, matchdayGoals, found, claimed[x]);
                }

                return ([.. Merge([.. found.OrderBy(c => c.Kind).ThenBy(c => c.Slot)], matchdayGoals)], complete);
            }

            /// <summary>
            /// Removes from <paramref name="candidates"/> every combination for which some later results leave the team on the wrong
            /// side of <paramref name="x"/> whatever the matchday's scores in its box (<see cref="WrongWhatever"/>): first results
            /// that ruled out another combination, then variants of the combination's own known results on the wrong side
            /// (<see cref="LaterCandidates"/>), both with no solver; then, with matches after the matchday, CP-SAT looks for such later
            /// results (a small model of the later matches, the matchday's part as ranges), each one checked here before it is used.
            /// </summary>
            /// <returns>Each remaining combination's ranges (<see cref="MatchdayRanges"/>), to rule out more of them later.</returns>
            private Dictionary<int, (long Lo, long Hi)[][]> RuleOut((int Slot, Settlement Kind) x, SortedDictionary<int, RestrictionCase> candidates, int matchdayGoals)
            {
                var pass = _pass;
                var (_, from, to) = _slots[x.Slot];
                var ranges = candidates.ToDictionary(p => p.Key, p => MatchdayRanges(p.Value, matchdayGoals));
                var answers = new List<long[][]>();
                var tried = new HashSet<long[][]>();
                foreach (var c in candidates.Keys.ToList())
                {
                    if (answers.Any(t => WrongWhatever(ranges[c], t, x)))
                    {
                        candidates.Remove(c);
                        continue;
                    }

                    foreach (var scores in LaterCandidates(x, c))
                    {
                        var key = string.Join(',', pass._later.Select(m => scores[m]));
                        if (!_laterTotals.TryGetValue(key, out var totals))
                        {
                            totals = _laterTotals[key] = pass.LaterTotals(scores);
                        }

                        if (tried.Add(totals) && WrongWhatever(ranges[c], totals, x))
                        {
                            answers.Add(totals);
                            candidates.Remove(c);
                            break;
                        }
                    }
                }

                if (pass._later.Length == 0)
                {
                    return ranges;
                }

                var played = pass._playedTotals;
                var fixedDifference = played.Select(row => row.Select((v, s) => v - played[_focal][s]).ToArray()).ToArray();
                foreach (var c in candidates.Keys.ToList())
                {
                    if (answers.Any(t => WrongWhatever(ranges[c], t, x)))
                    {
                        candidates.Remove(c);
                        continue;
                    }

                    var separated = pass._model.SolveSeparated(_focal, pass._later, pass._overallCriteria, fixedDifference, ranges[c],
                        inside: x.Kind == Settlement.Eliminate, from, to, pass._settings);
                    if (separated.Status is CpSolverStatus.Optimal or CpSolverStatus.Feasible)
                    {
                        var totals = pass.LaterTotals([.. separated.Results.Select(r => r.Score!.Value)]);
                        if (!WrongWhatever(ranges[c], totals, x))
                        {
                            throw new InvalidOperationException($"CP-SAT later results for {pass._problem.Teams[_focal]} {_slots[x.Slot].Name} do not separate the teams");
                        }

                        answers.Add(totals);
                        candidates.Remove(c);
                    }
                }

                return ranges;
            }

            /// <summary>
            /// CP-SAT proposes matchday scores in the boxes of <paramref name="candidates"/> (all at once) that settle statement
            /// <paramref name="x"/> under one free set of later results and under every set collected so far; each proposal is proven
            /// (INFEASIBLE: no later results put the team on the wrong side), becoming a claim, or broken by new later results, which
            /// are kept (counter-example guided, at most <see cref="ScenarioOptions.MarginSearchRounds"/> sets) and rule out more
            /// combinations. With no later match the first proposal is always proven, and the fewest goals make a readable example. A
            /// final INFEASIBLE proves that the combinations left have no such scores.
            /// </summary>
            /// <returns>Whether the search ran to the end (not stopped by its budget or a proposal's work limit).</returns>
            private bool Search((int Slot, Settlement Kind) x, SortedDictionary<int, RestrictionCase> candidates, Dictionary<int, (long Lo, long Hi)[][]> ranges,
                int matchdayGoals, List<RawClaim> found, HashSet<int> claimed)
            {
                var pass = _pass;
                var (_, from, to) = _slots[x.Slot];
                var later = new List<IReadOnlyList<Score>>();
                var last = pass._later.Length == 0;
                while (candidates.Count > 0)
                {
                    var answer = pass._model.Solve(_focal, SettledQuery(x.Kind), from, to, last ? pass._settings : pass._limited, null, new Restriction
                    {
                        Matchday = pass._matchday,
                        Cases = [.. candidates.Values],
                        MatchdayGoals = matchdayGoals,
                        LaterScores = later,
                        Objective = last ? ([.. pass._matchday.Select(m => (m, 1, 1))], false) : null,
                    });
                    if (answer.Status == CpSolverStatus.Infeasible)
                    {
                        return true;
                    }

                    if (answer.Status == CpSolverStatus.Unknown)
                    {
                        return false;
                    }

                    if (answer.Status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
                    {
                        throw new InvalidOperationException($"CP-SAT returned {answer.Status} for {pass._problem.Teams[_focal]} {_slots[x.Slot].Name}");
                    }

                    var proposal = Evaluate([.. answer.Results.Select(m => m.Score!.Value)]);
                    if (Bad(proposal, x.Slot, x.Kind) || !candidates.ContainsKey(proposal.Combination))
                    {
                        throw new InvalidOperationException(
                            $"CP-SAT scores settling {_slots[x.Slot].Name} for {pass._problem.Teams[_focal]} do not match the reference table");
                    }

                    // With no later match the proposal is a whole outcome, which CP-SAT and the reference table both rank settled.
                    if (!last && Counter(x, [.. pass._matchday.Select(m => (m, proposal.Scores[m]))], []) is { } counter)
                    {
                        if (later.Count == pass._options.MarginSearchRounds)
                        {
                            return false;
                        }

                        later.Add(Stronger(counter, x));
                        var totals = pass.LaterTotals(later[^1]);
                        foreach (var c in candidates.Keys.Where(c => WrongWhatever(ranges[c], totals, x)).ToList())
                        {
                            candidates.Remove(c);
                        }

                        continue;
                    }

                    var claim = Reduce(x, proposal, matchdayGoals);
                    found.Add(claim);
                    for (var c = 0; c < pass._combinations; c++)
                    {
                        if (claim.Covers(c, pass._matchday.Length))
                        {
                            candidates.Remove(c);
                            claimed.Add(c);
                        }
                    }
                }

                return true;
            }

            /// <summary>
            /// For every other team j and overall criterion, the range of (j's total − the team's total) that the matchday's scores
            /// within <paramref name="box"/> (and <paramref name="goals"/> a side) can add: per match the extremes over the corners of its
            /// scores, summed over the matches (a sound over-approximation: the matches are independent).
            /// </summary>
            private (long Lo, long Hi)[][] MatchdayRanges(RestrictionCase box, int goals)
            {
                var key = string.Join(';', box.Differences);
                if (_ranges.TryGetValue(key, out var cached))
                {
                    return cached;
                }

                var teams = _pass._problem.Teams;
                var criteria = _pass._overallCriteria;
                var ranges = teams.Select(_ => new (long Lo, long Hi)[criteria.Length]).ToArray();
                var focal = teams[_focal];
                foreach (var (m, min, max) in box.Differences)
                {
                    var match = _pass._problem.Remaining[m];
                    var corners = Corners(min, max, goals).ToList();
                    for (var j = 0; j < teams.Length; j++)
                    {
                        if (j == _focal || !(match.Involves(teams[j]) || match.Involves(focal)))
                        {
                            continue;
                        }

                        for (var s = 0; s < criteria.Length; s++)
                        {
                            var (lo, hi) = (long.MaxValue, long.MinValue);
                            foreach (var score in corners)
                            {
                                var value = _pass.Stat(match, score, teams[j], criteria[s]) - _pass.Stat(match, score, focal, criteria[s]);
                                (lo, hi) = (Math.Min(lo, value), Math.Max(hi, value));
                            }

                            ranges[j][s] = (ranges[j][s].Lo + lo, ranges[j][s].Hi + hi);
                        }
                    }
                }

                _ranges[key] = ranges;
                return ranges;
            }

            /// <summary>
            /// Whether later results with totals <paramref name="later"/> leave the team on the wrong side of <paramref name="x"/> for
            /// every matchday score whose contributions lie in <paramref name="matchday"/> (<see cref="MatchdayRanges"/>): every
            /// other team is then surely above or surely below it on the overall criteria, which fixes its position. A sufficient
            /// condition, with no solver: those later results answer every candidate of the combination.
            /// </summary>
            private bool WrongWhatever((long Lo, long Hi)[][] matchday, long[][] later, (int Slot, Settlement Kind) x)
            {
                var played = _pass._playedTotals;
                var above = 0;
                for (var j = 0; j < played.Length; j++)
                {
                    if (j == _focal)
                    {
                        continue;
                    }

                    // Lexicographic: j is surely above when its range is ≥ 0 on every criterion before one where it is > 0.
                    var (aboveOk, belowOk, decided) = (true, true, 0);
                    for (var s = 0; s < matchday[j].Length && decided == 0 && (aboveOk || belowOk); s++)
                    {
                        var difference = played[j][s] - played[_focal][s] + later[j][s] - later[_focal][s];
                        var (lo, hi) = (difference + matchday[j][s].Lo, difference + matchday[j][s].Hi);
                        decided = aboveOk && lo > 0 ? 1 : belowOk && hi < 0 ? -1 : 0;
                        (aboveOk, belowOk) = (aboveOk && lo >= 0, belowOk && hi <= 0);
                    }

                    if (decided == 0)
                    {
                        return false;
                    }

                    above += decided > 0 ? 1 : 0;
                }

                var position = above + 1;
                var (_, from, to) = _slots[x.Slot];
                var inside = position >= from && position <= to;
                return x.Kind == Settlement.Clinch ? !inside : inside;
            }

            /// <summary>
            /// Later results worth trying against every candidate of <paramref name="x"/>: those of known results on the wrong side,
            /// as they are, with every later match won by the largest margin, and with the team's own later matches pushed to the
            /// extreme (lost heavily or won narrowly, or the reverse).
            /// </summary>
            private IEnumerable<Score[]> LaterCandidates((int Slot, Settlement Kind) x, int combination)
            {
                var team = _pass._problem.Teams[_focal];
                var bound = _pass._bound;
                foreach (var entry in _byCombination[combination].Where(e => Bad(e, x.Slot, x.Kind)).Take(3))
                {
                    foreach (var variant in (int[])[0, 1, 2, 3])
                    {
                        var scores = (Score[])entry.Scores.Clone();
                        foreach (var m in _pass._later)
                        {
                            var s = scores[m];
                            var own = _pass._problem.Remaining[m].Involves(team);
                            var sign = Math.Sign(s.Home - s.Away) * (string.Equals(_pass._problem.Remaining[m].Home, team, StringComparison.Ordinal) ? 1 : -1);
                            scores[m] = variant switch
                            {
                                1 when s.Home != s.Away => s.Home > s.Away ? new Score(bound, 0) : new Score(0, bound),
                                2 or 3 when own && s.Home == s.Away => variant == 2 ? new Score(0, 0) : new Score(bound, bound),
                                2 or 3 when own => (sign > 0) == (variant == 2)
                                    ? (s.Home > s.Away ? new Score(1, 0) : new Score(0, 1))
                                    : (s.Home > s.Away ? new Score(bound, 0) : new Score(0, bound)),
                                _ => s,
                            };
                        }

                        yield return scores;
                    }
                }
            }

            /// <summary>
            /// Later results of <paramref name="counter"/> made harder to answer: every later match won by the largest margin the
            /// bound allows (the focal team's own matches first), kept when the team stays on the wrong side of
            /// <paramref name="x"/> with the same matchday scores.
            /// </summary>
            private Score[] Stronger(Entry counter, (int Slot, Settlement Kind) x)
            {
                var team = _pass._problem.Teams[_focal];
                var bound = _pass._bound;
                var best = counter.Scores;
                foreach (var ownOnly in (bool[])[true, false])
                {
                    var scores = (Score[])best.Clone();
                    foreach (var m in _pass._later)
                    {
                        var s = scores[m];
                        if (s.Home != s.Away && (!ownOnly || _pass._problem.Remaining[m].Involves(team)))
                        {
                            scores[m] = s.Home > s.Away ? new Score(bound, 0) : new Score(0, bound);
                        }
                    }

                    if (Bad(Evaluate(scores), x.Slot, x.Kind))
                    {
                        best = scores;
                    }
                }

                return best;
            }

            /// <summary>
            /// The scores of combination <paramref name="c"/> that no margin rule of <paramref name="statements"/> (the statement and
            /// those implying it) covers: one range of winning margins per match (within <paramref name="goals"/>), or
            /// <see langword="null"/> when none is left.
            /// </summary>
            private RestrictionCase? Uncovered(TeamFacts facts, IReadOnlyList<(int Slot, Settlement Kind)> statements, int c, int goals)
            {
                var k = _pass._matchday.Length;
                var differences = new List<(int Match, int Min, int Max)>();
                for (var m = 0; m < k; m++)
                {
                    var sign = Sign(c, m, k);
                    if (sign == 0)
                    {
                        differences.Add((_pass._matchday[m], 0, 0));
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

                    differences.Add((_pass._matchday[m], sign > 0 ? lo : -hi, sign > 0 ? hi : -lo));
                }

                return new RestrictionCase(_pass.Outcomes(c), differences);
            }

            /// <summary>
            /// Results on the wrong side of statement <paramref name="x"/> with <paramref name="scores"/> fixed and
            /// <paramref name="differences"/> (goal difference ranges) held, the rest free; <see langword="null"/> when CP-SAT proves
            /// there are none (the slot is settled). With <paramref name="matchdayGoals"/>, the matchday's scores stay within it.
            /// </summary>
            private Entry? Counter((int Slot, Settlement Kind) x, IReadOnlyList<(int Match, Score Score)> scores,
                IReadOnlyList<(int Match, int Min, int Max)> differences, int? matchdayGoals = null) =>
                Find(BadQuery(x.Kind), x.Slot, new Restriction { Matchday = _pass._matchday, Scores = scores, Differences = differences, MatchdayGoals = matchdayGoals },
                    e => Bad(e, x.Slot, x.Kind), onPoints: false);

            /// <summary>The goal-difference range (home − away) of a result: +1 home win, 0 draw, −1 away win, within the pass's bound.</summary>
            private (int Min, int Max) ResultRange(int sign) => sign > 0 ? (1, _pass._bound) : sign < 0 ? (-_pass._bound, -1) : (0, 0);

            /// <summary>The restriction's parts for a claim: its fixed scores, and the result of every other match it names.</summary>
            private (List<(int Match, Score Score)> Scores, List<(int Match, int Min, int Max)> Differences) Parts(int?[] results, Score?[] scores)
            {
                var fixedScores = new List<(int, Score)>();
                var differences = new List<(int, int, int)>();
                for (var m = 0; m < results.Length; m++)
                {
                    if (scores[m] is { } s)
                    {
                        fixedScores.Add((_pass._matchday[m], s));
                    }
                    else if (results[m] is { } sign)
                    {
                        var (min, max) = ResultRange(sign);
                        differences.Add((_pass._matchday[m], min, max));
                    }
                }

                return (fixedScores, differences);
            }

            /// <summary>
            /// A proven example reduced to what it needs: each match whose result and score can both be freed (the slot still settled
            /// whatever they are, every combination then allowed still open as a whole) is freed; then each match whose score can be
            /// freed keeping its result keeps only its result. Every other match's score matters: a counter-example within
            /// <paramref name="matchdayGoals"/> shows it, and one with another margin shows that its goal margin matters.
            /// </summary>
            private RawClaim Reduce((int Slot, Settlement Kind) x, Entry proposal, int matchdayGoals)
            {
                var k = _pass._matchday.Length;
                var results = new int?[k];
                var scores = new Score?[k];
                for (var m = 0; m < k; m++)
                {
                    var s = proposal.Scores[_pass._matchday[m]];
                    (results[m], scores[m]) = (Math.Sign(s.Home - s.Away), s);
                }

                bool AllOpen(int?[] r) => Enumerable.Range(0, _pass._combinations)
                    .All(c => !Consistent(c, r, k) || _status[x.Slot][c] == SlotStatus.Open);
                for (var m = 0; m < k; m++)
                {
                    var (r, s) = ((int?[])results.Clone(), (Score?[])scores.Clone());
                    (r[m], s[m]) = (null, null);
                    var (fixedScores, differences) = Parts(r, s);
                    if (AllOpen(r) && Counter(x, fixedScores, differences) is null)
                    {
                        (results, scores) = (r, s);
                    }
                }

                // A plainer example: each score with the loser's (or both drawing sides') goals taken off, when that still settles it.
                for (var m = 0; m < k; m++)
                {
                    if (scores[m] is { } score && Math.Min(score.Home, score.Away) > 0)
                    {
                        var s = (Score?[])scores.Clone();
                        var common = Math.Min(score.Home, score.Away);
                        s[m] = new Score(score.Home - common, score.Away - common);
                        var (fixedScores, differences) = Parts(results, s);
                        if (Counter(x, fixedScores, differences) is null)
                        {
                            scores = s;
                        }
                    }
                }

                var matters = new bool[k];
                var margins = new bool[k];
                for (var m = 0; m < k; m++)
                {
                    if (scores[m] is not { } score)
                    {
                        continue;
                    }

                    var s = (Score?[])scores.Clone();
                    s[m] = null;
                    var (fixedScores, differences) = Parts(results, s);
                    var counter = Counter(x, fixedScores, differences);
                    if (counter is null)
                    {
                        scores = s;
                        continue;
                    }

                    // Its score matters; say so only with a counter-example within the bound of the matchday.
                    var match = _pass._matchday[m];
                    bool Within(Entry e) => _pass._matchday.All(j => e.Scores[j].Home <= matchdayGoals && e.Scores[j].Away <= matchdayGoals);
                    if (!Within(counter) && Counter(x, fixedScores, differences, matchdayGoals) is null)
                    {
                        continue;
                    }

                    matters[m] = true;
                    var sign = results[m]!.Value;
                    var margin = Math.Abs(score.Home - score.Away);
                    int Margin(Entry e) => Math.Abs(e.Scores[match].Home - e.Scores[match].Away);
                    Entry? Other(int least, int most) => least > most ? null
                        : Counter(x, fixedScores, [.. differences, (match, sign > 0 ? least : -most, sign > 0 ? most : -least)], matchdayGoals);
                    margins[m] = sign != 0 && ((Within(counter) && Margin(counter) != margin)
                        || Other(1, margin - 1) is not null || Other(margin + 1, matchdayGoals) is not null);
                }

                return new RawClaim(x.Slot, x.Kind, results, scores, matters, margins);
            }

            /// <summary>
            /// The claims of each statement merged into terms, per statement and set of matches whose scores matter (the condition
            /// merger over win/draw/loss combinations, every combination of a term claimed). A term keeps a claim's example only if
            /// CP-SAT proves it over the whole term; otherwise the claims stay apart. For two matches whose margins matter, a combined
            /// margin that settles the slot whatever the scores is looked for (<see cref="Combined"/>).
            /// </summary>
            private List<MarginClaim> Merge(List<RawClaim> found, int matchdayGoals)
            {
                var k = _pass._matchday.Length;
                var own = Enumerable.Range(0, k).Where(m => _pass._problem.Remaining[_pass._matchday[m]].Involves(_pass._problem.Teams[_focal]))
                    .DefaultIfEmpty(-1).First();
                var result = new List<MarginClaim>();
                var groups = found.GroupBy(c => (c.Slot, c.Kind, Fixed: string.Join(',', c.Scores.Select(s => s is null ? 0 : 1)),
                    Matters: string.Join(',', c.Matters), c.MarginsMatter));
                foreach (var group in groups)
                {
                    var claims = group.ToList();
                    var (si, kind) = (group.Key.Slot, group.Key.Kind);
                    var sizes = Enumerable.Repeat(3, k).ToArray();
                    var cells = Enumerable.Range(0, _pass._combinations)
                        .Select(c => claims.Any(x => x.Covers(c, k)) ? CellValue.True : CellValue.False).ToArray();
                    var emitted = new HashSet<RawClaim>();
                    foreach (var product in ConditionMinimizer.Minimise(sizes, cells))
                    {
                        // The results of the term: a range of outcomes (0 home win, 1 draw, 2 away win) per match.
                        var differences = Enumerable.Range(0, k).Where(m => product[m] != (0, 2))
                            .Select(m => (Match: m, Min: product[m].Hi == 2 ? -_pass._bound : product[m].Hi == 1 ? 0 : 1,
                                Max: product[m].Lo == 0 ? _pass._bound : product[m].Lo == 1 ? 0 : -1)).ToList();
                        RawClaim? proven = null;
                        foreach (var claim in claims.OrderBy(c => Enumerable.Range(0, k).All(m => product[m] == Outcomes(c.Results[m])) ? 0 : 1))
                        {
                            // A term that is the claim's own results was proven when the claim was reduced.
                            if (Enumerable.Range(0, k).All(m => product[m] == Outcomes(claim.Results[m])))
                            {
                                proven = claim;
                                break;
                            }

                            var example = Enumerable.Range(0, k).Where(m => claim.Scores[m] is not null).Select(m => (Match: _pass._matchday[m], Score: claim.Scores[m]!.Value)).ToList();
                            var fits = differences.All(d => claim.Scores[d.Match] is not { } s || (s.Home - s.Away >= d.Min && s.Home - s.Away <= d.Max));
                            if (fits && Counter((si, kind), example, [.. differences.Where(d => claim.Scores[d.Match] is null)
                                .Select(d => (_pass._matchday[d.Match], d.Min, d.Max))]) is null)
                            {
                                proven = claim;
                                break;
                            }
                        }

                        var terms = new List<(RawClaim Claim, (int Match, int Min, int Max)[] Differences)>();
                        if (proven is not null)
                        {
                            terms.Add((proven, [.. differences]));
                        }
                        else
                        {
                            // Not provable as one term: each claim it merged stays a term of its own.
                            foreach (var claim in claims.Where(x => !emitted.Contains(x) && Enumerable.Range(0, _pass._combinations)
                                .Any(c => x.Covers(c, k) && InProduct(c, product, k))))
                            {
                                emitted.Add(claim);
                                terms.Add((claim, [.. Enumerable.Range(0, k).Where(m => claim.Results[m] is not null)
                                    .Select(m => (m, ResultRange(claim.Results[m]!.Value).Min, ResultRange(claim.Results[m]!.Value).Max))]));
                            }
                        }

                        foreach (var (claim, literals) in terms)
                        {
                            var term = new ConditionTerm([.. literals.OrderBy(l => l.Match == own ? 0 : 1).ThenBy(l => l.Match)
                                .Select(l => new ResultLiteral(l.Match, l.Min <= -_pass._bound ? null : l.Min, l.Max >= _pass._bound ? null : l.Max))]);
                            var matches = Enumerable.Range(0, k).Where(m => claim.Matters[m]).OrderBy(m => m == own ? 0 : 1).ThenBy(m => m).ToImmutableArray();
                            var example = Enumerable.Range(0, k).Where(m => claim.Scores[m] is not null).OrderBy(m => m == own ? 0 : 1).ThenBy(m => m)
                                .Select(m => new MatchScore(m, claim.Scores[m]!.Value)).ToImmutableArray();
                            var (least, most) = matches.Length == 2 && claim.MarginsMatter && example.Length == 2
                                ? Combined((si, kind), matches, literals, example, matchdayGoals) : (null, null);
                            result.Add(new MarginClaim(si, kind, term, matches, claim.MarginsMatter, example, least, most));
                        }
                    }
                }

                return result;
            }

            /// <summary>The range of outcomes (0 home win, 1 draw, 2 away win) a claim's result allows: one, or all three when free.</summary>
            private static (int Lo, int Hi) Outcomes(int? result) => result is { } r ? (1 - r, 1 - r) : (0, 2);

            /// <summary>
            /// For two matches (both wins in the term): a combined winning margin beyond which every score of the term settles the
            /// statement (or below which every score does), proven by CP-SAT (INFEASIBLE: no results on the wrong side with such a
            /// combined margin). It starts at the example's combined margin and moves one goal at a time while the proof holds (at most
            /// <see cref="CombinedSteps"/> steps), so it is tight unless the steps ran out; <see langword="null"/> when the example's
            /// own combined margin is not enough either way.
            /// </summary>
            private (int? AtLeast, int? AtMost) Combined((int Slot, Settlement Kind) x, ImmutableArray<int> matches, (int Match, int Min, int Max)[] term,
                ImmutableArray<MatchScore> example, int matchdayGoals)
            {
                var signs = matches.Select(m => term.Single(l => l.Match == m).Min >= 1 ? 1 : -1).ToArray();
                var weights = matches.Select((m, i) => (_pass._matchday[m], signs[i])).ToList();
                var start = example.Where(e => matches.Contains(e.Match)).Sum(e => Math.Abs(e.Score.Home - e.Score.Away));
                var differences = term.Select(l => (_pass._matchday[l.Match], l.Min, l.Max)).ToList();
                bool Enough(int min, int max) => Find(BadQuery(x.Kind), x.Slot,
                    new Restriction { Matchday = _pass._matchday, Differences = differences, Sums = [(weights, min, max)] }, e => Bad(e, x.Slot, x.Kind), onPoints: false) is null;
                int? Least()
                {
                    if (!Enough(start, 2 * _pass._bound))
                    {
                        return null;
                    }

                    var least = start;
                    for (var step = 0; step < CombinedSteps && least > 3 && Enough(least - 1, 2 * _pass._bound); step++)
                    {
                        least--;
                    }

                    return least;
                }

                int? Most()
                {
                    if (!Enough(2, start))
                    {
                        return null;
                    }

                    var most = start;
                    for (var step = 0; step < CombinedSteps && most < (2 * matchdayGoals) - 1 && Enough(2, most + 1); step++)
                    {
                        most++;
                    }

                    return most;
                }

                return (Least(), Most());
            }

            /// <summary>
            /// <paramref name="facts"/> with only the margin rules proven at this bound too: for each group of rules with the
            /// same threshold, CP-SAT looks for results beyond it that leave the team on the wrong side, until INFEASIBLE.
            /// </summary>
            public TeamFacts Confirm(TeamFacts facts)
            {
                var k = _pass._matchday.Length;
                var bound = _pass._bound;
                _status = facts.Status;
                var groups = facts.Rules.SelectMany((slot, si) => slot.SelectMany((rules, c) => rules.Select(r => (si, c, r))))
                    .GroupBy(x => (x.si, x.r, Sign: Sign(x.c, x.r.Match, k)));
                foreach (var group in groups)
                {
                    var (si, rule, sign) = group.Key;
                    var match = _pass._matchday[rule.Match];
                    var (lo, hi) = rule.AtLeast is { } least ? (least, bound) : (1, rule.AtMost!.Value);
                    var differences = new[] { (match, sign > 0 ? lo : -hi, sign > 0 ? hi : -lo) };
                    var remaining = group.Select(x => x.c).ToHashSet();
                    bool Beyond(Entry e)
                    {
                        var margin = Math.Abs(e.Scores[match].Home - e.Scores[match].Away);
                        return margin >= lo && margin <= hi && Bad(e, si, rule.Kind);
                    }

                    while (remaining.Count > 0)
                    {
                        var allowed = remaining.ToHashSet();
                        var entry = Find(BadQuery(rule.Kind), si, new Restriction { Matchday = _pass._matchday, Excluded = _pass.AllBut(allowed), Differences = differences },
                            e => allowed.Contains(e.Combination) && Beyond(e));
                        if (entry is null)
                        {
                            foreach (var c in remaining)
                            {
                                _rules[si][c].Add(rule);
                            }

                            break;
                        }

                        remaining.Remove(entry.Combination);
                        foreach (var c in remaining.ToList())
                        {
                            if (_pass.Move(entry, c).Any(Beyond))
                            {
                                remaining.Remove(c);
                            }
                        }
                    }
                }

                // Keep the order of the smaller bound's rules.
                for (var si = 0; si < _rules.Length; si++)
                {
                    for (var c = 0; c < _rules[si].Length; c++)
                    {
                        var kept = facts.Rules[si][c].Where(_rules[si][c].Contains).ToList();
                        _rules[si][c].Clear();
                        _rules[si][c].AddRange(kept);
                    }
                }

                return new TeamFacts(_status, _rules, facts.Found);
            }
        }

        private Entry FromAnswer(QueryAnswer answer, int focal)
        {
            var entry = Evaluate([.. answer.Results.Select(m => m.Score!.Value)]);
            if (_options.CheckWitnesses && entry.Ranges[focal] != (answer.From, answer.To))
            {
                throw new InvalidOperationException(
                    $"witness for {_problem.Teams[focal]} claims positions {answer.From}-{answer.To} but the reference table gives {entry.Ranges[focal].From}-{entry.Ranges[focal].To}");
            }

            return entry;
        }
    }
}
