using System.Collections.Immutable;
using Qualify.Domain.Matches;

namespace Qualify.Scenarios;

/// <summary>
/// Condition building and wording: each team's facts per combination (statuses and margin rules) cut into cells of goal
/// difference, merged per statement into readable conditions (<see cref="ConditionMinimizer"/>), and worded (<see cref="ConditionText"/>).
/// </summary>
internal static class NextMatchdayConditions
{
    /// <summary>Cuts each match's goal difference into intervals at every margin a rule names, then merges each slot's cells.</summary>
    internal static ImmutableArray<SlotConditions> Conditions(ScenarioProblem problem, string team, TeamFacts facts,
        IReadOnlyList<(string Name, int From, int To)> slots, ImmutableArray<Match> matches, Dictionary<string, int> positions)
    {
        var grid = new CellGrid(facts, slots.Count, matches.Length);
        var statements = SlotStatement.Open(facts, slots.Count);
        var truth = statements.Select(s => Enumerable.Range(0, grid.CellCount).Select(cell => grid.Holds(s, cell)).ToArray()).ToList();
        var n = problem.Teams.Length;
        var result = ImmutableArray.CreateBuilder<SlotConditions>();
        var own = matches.Select((m, i) => (m, i)).Where(x => x.m.Involves(team)).Select(x => x.i).DefaultIfEmpty(-1).First();
        var order = new TermOrder(matches, own, team);
        for (var x = 0; x < statements.Count; x++)
        {
            // A cell where a stronger statement also holds need not be covered (but may be): clinching 1st-3rd says
            // that 4th is out of reach.
            var values = new CellValue[grid.CellCount];
            for (var cell = 0; cell < grid.CellCount; cell++)
            {
                if (truth[x][cell])
                {
                    var implied = Enumerable.Range(0, statements.Count).Any(y => y != x && truth[y][cell] && statements[y].Stronger(statements[x], slots, n));
                    values[cell] = implied ? CellValue.DontCare : CellValue.True;
                }
            }

            if (!values.Contains(CellValue.True))
            {
                continue;
            }

            var terms = grid.Terms(ConditionMinimizer.Minimise(grid.Sizes, values), own)
                .OrderBy(t => t.Literals.Length)
                .ThenBy(t => t, order)
                .ToImmutableArray();
            var (name, from, to) = slots[statements[x].Slot];
            var text = ConditionText.Sentence(team, name, from, to, statements[x].Kind, terms, matches, positions);
            result.Add(new SlotConditions(name, from, to, statements[x].Kind, terms, text));
        }

        return result.ToImmutable();
    }

    /// <summary>
    /// The matchday's results cut into cells: per match, intervals of goal difference (home − away) between the margins that
    /// some rule names; a cell is one interval per match, and lies in one win/draw/loss combination.
    /// </summary>
    private sealed class CellGrid
    {
        private readonly TeamFacts _facts;
        private readonly int _k;

        /// <summary>atoms[m][a] = (lo, hi) goal difference (home − away), null ends unbounded.</summary>
        private readonly List<(int? Lo, int? Hi)>[] _atoms;
        private readonly int[][] _cellAtoms;
        private readonly MatchdayCombination[] _cellCombination;

        public CellGrid(TeamFacts facts, int slots, int k)
        {
            (_facts, _k) = (facts, k);
            _atoms = [.. Cuts(facts, slots, k).Select(Atoms)];
            Sizes = [.. _atoms.Select(a => a.Count)];
            CellCount = Sizes.Aggregate(1, (a, b) => a * b);
            _cellAtoms = new int[CellCount][];
            _cellCombination = new MatchdayCombination[CellCount];
            for (var cell = 0; cell < CellCount; cell++)
            {
                var rest = cell;
                var values = new int[k];
                for (var m = k - 1; m >= 0; m--)
                {
                    values[m] = rest % Sizes[m];
                    rest /= Sizes[m];
                }

                _cellAtoms[cell] = values;
                _cellCombination[cell] = MatchdayCombination.Of([.. Enumerable.Range(0, k).Select(m => _atoms[m][values[m]].Lo switch
                {
                    >= 1 => MatchOutcome.HomeWin,
                    0 => MatchOutcome.Draw,
                    _ => MatchOutcome.AwayWin,
                })]);
            }
        }

        /// <summary>How many intervals each match's goal difference is cut into.</summary>
        public int[] Sizes { get; }

        public int CellCount { get; }

        /// <summary>Every margin a rule names, per match, as a cut of goal difference (home − away); 0 and 1 always.</summary>
        private static SortedSet<int>[] Cuts(TeamFacts facts, int slots, int k)
        {
            var cuts = Enumerable.Range(0, k).Select(_ => new SortedSet<int> { 0, 1 }).ToArray();
            for (var si = 0; si < slots; si++)
            {
                for (var c = 0; c < facts.Combinations; c++)
                {
                    foreach (var rule in facts.Rules[si][c])
                    {
                        var home = new MatchdayCombination(c, k)[rule.Match] == MatchOutcome.HomeWin;
                        if (rule.AtLeast is { } least)
                        {
                            cuts[rule.Match].Add(home ? least : 1 - least);
                        }

                        if (rule.AtMost is { } most)
                        {
                            cuts[rule.Match].Add(home ? most + 1 : -most);
                        }
                    }
                }
            }

            return cuts;
        }

        /// <summary>The intervals between consecutive cuts, from unbounded below to unbounded above.</summary>
        private static List<(int? Lo, int? Hi)> Atoms(SortedSet<int> set)
        {
            var list = set.ToList();
            var result = new List<(int? Lo, int? Hi)> { (null, list[0] - 1) };
            for (var i = 0; i < list.Count; i++)
            {
                result.Add((list[i], i + 1 < list.Count ? list[i + 1] - 1 : null));
            }

            return result;
        }

        /// <summary>Whether <paramref name="statement"/> holds in every result of the cell: by its combination's status or one of its margin rules.</summary>
        public bool Holds(SlotStatement statement, int cell)
        {
            var (si, kind) = statement;
            var c = _cellCombination[cell];
            var status = _facts.Status[si][c.Index];
            if (status == (kind == Settlement.Clinch ? SlotStatus.Clinched : SlotStatus.Eliminated))
            {
                return true;
            }

            foreach (var rule in _facts.Rules[si][c.Index].Where(r => r.Kind == kind))
            {
                var (lo, hi) = _atoms[rule.Match][_cellAtoms[cell][rule.Match]];
                var (least, most) = c[rule.Match] == MatchOutcome.HomeWin ? (lo!.Value, hi) : (-hi!.Value, -lo);
                if ((rule.AtLeast is { } a && least >= a) || (rule.AtMost is { } b && most is { } m && m <= b))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The minimiser's products as terms: a literal per match whose range is not the whole line, the team's own match first.</summary>
        public IEnumerable<ConditionTerm> Terms(IEnumerable<(int Lo, int Hi)[]> products, int own) =>
            products.Select(p => new ConditionTerm([.. Enumerable.Range(0, _k)
                .Where(m => p[m].Lo > 0 || p[m].Hi < Sizes[m] - 1)
                .OrderBy(m => m == own ? 0 : 1).ThenBy(m => m)
                .Select(m => new ResultLiteral(m, _atoms[m][p[m].Lo].Lo, _atoms[m][p[m].Hi].Hi))]));
    }

    /// <summary>
    /// Orders terms with as many literals: literal by literal, the team's own match first (then matchday order), and for the
    /// same match the result best for the team's side first (the largest lower bound of its margin, unbounded last).
    /// </summary>
    private sealed class TermOrder(ImmutableArray<Match> matches, int own, string team) : IComparer<ConditionTerm>
    {
        public int Compare(ConditionTerm? x, ConditionTerm? y)
        {
            ArgumentNullException.ThrowIfNull(x);
            ArgumentNullException.ThrowIfNull(y);
            for (var i = 0; i < Math.Min(x.Literals.Length, y.Literals.Length); i++)
            {
                var (a, b) = (Key(x.Literals[i]), Key(y.Literals[i]));
                var order = a.Match != b.Match ? a.Match.CompareTo(b.Match) : b.Best.CompareTo(a.Best);
                if (order != 0)
                {
                    return order;
                }
            }

            return x.Literals.Length.CompareTo(y.Literals.Length);
        }

        /// <summary>The literal's match (the team's own first) and how good it is for the team's side.</summary>
        private (int Match, int Best) Key(ResultLiteral l)
        {
            var away = l.Match == own && string.Equals(matches[own].Away, team, StringComparison.Ordinal);
            var best = away ? (l.Max is { } max ? -max : 1000) : (l.Min ?? -1000);
            return (l.Match == own ? 0 : l.Match + 1, best);
        }
    }
}
