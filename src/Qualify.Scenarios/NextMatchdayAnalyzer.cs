using System.Collections.Immutable;
using Google.OrTools.Sat;
using Qualify.Domain.Matches;

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
/// smaller) margin settles the slot whatever the other scores. Scores of draws and the goals of a win beyond its
/// margin are left free, so conditions that need them are not found (the combination stays open).
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
                break;
            }

            (run, bound) = (check, verification);
            facts = check.Analyse(focals, margins: true);
            verification *= 4;
        }

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
            entries.Add(new TeamNextMatchday(row.Team, row.Position, row.Points, now, conditions, combinations));
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

    /// <summary>Results for every remaining fixture, and where they leave every team (fair play and lots either way).</summary>
    private sealed record Entry(Score[] Scores, int Combination, (int From, int To)[] Ranges);

    /// <summary>One team's answers: per slot and combination, its status and the margins that settle an open one.</summary>
    private sealed class TeamFacts(SlotStatus[][] status, List<MarginRule>[][] rules, List<Entry> found)
    {
        public SlotStatus[][] Status { get; } = status;

        public List<MarginRule>[][] Rules { get; } = rules;

        public List<Entry> Found { get; } = found;

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
        private readonly ScenarioProblem _problem;
        private readonly ImmutableArray<int> _matchday;
        private readonly int[] _later;
        private readonly int _bound;
        private readonly ScenarioOptions _options;
        private readonly ScenarioModel _model;
        private readonly ScenarioModel _relaxed;
        private readonly ScenarioModel _overall;
        private readonly SolverSettings _settings;
        private readonly IReadOnlyList<(string Name, int From, int To)> _slots;
        private readonly int _combinations;
        private readonly List<Entry>[] _pool;

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
            _slots = ScenarioAnalyzer.SlotsOf(problem);
            _combinations = NextMatchdayScenarios.Pow3(matchday.Length);
            _pool = BuildPool(seed);
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

        private IReadOnlyList<int> Outcomes(int c) => [.. Enumerable.Range(0, _matchday.Length).Select(m => Sign(c, m, _matchday.Length))];

        private List<IReadOnlyList<int>> AllBut(IReadOnlySet<int> allowed) =>
            [.. Enumerable.Range(0, _combinations).Where(c => !allowed.Contains(c)).Select(Outcomes)];

        /// <summary>One team's search at this bound.</summary>
        private sealed class TeamState
        {
            /// <summary>How many known witnesses of a combination get their margin moved to the extreme before CP-SAT is asked.</summary>
            private const int PerturbedWitnesses = 12;

            private readonly Pass _pass;
            private readonly int _focal;
            private readonly IReadOnlyList<(string Name, int From, int To)> _slots;
            private readonly List<Entry>[] _byCombination;
            private readonly bool[][] _inside;
            private readonly bool[][] _outside;
            private readonly List<Entry> _found = [];
            private SlotStatus[][] _status = [];
            private readonly List<MarginRule>[][] _rules;

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
            /// <see langword="null"/> when CP-SAT proves there are none. The relaxation on points goes first: its INFEASIBLE
            /// is a proof, and its solution is often a real witness.
            /// </summary>
            private Entry? Find(QueryKind kind, int si, Restriction restriction, Func<Entry, bool> accept)
            {
                var (_, from, to) = _slots[si];
                foreach (var relaxation in (ScenarioModel[])[_pass._relaxed, _pass._overall])
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
