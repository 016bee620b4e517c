using System.Collections.Immutable;
using Qualify.Domain.Matches;

namespace Qualify.Scenarios;

/// <summary>Condition building and wording: what each team's facts per combination say, merged into readable conditions.</summary>
internal static class NextMatchdayConditions
{
    /// <summary>Cuts each match's goal difference into intervals at every margin a rule names, then merges each slot's cells.</summary>
    internal static ImmutableArray<SlotConditions> Conditions(ScenarioProblem problem, string team, TeamFacts facts,
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
                    var sign = CombinationSigns.Sign(c, rule.Match, k);
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
                var sign = CombinationSigns.Sign(c, rule.Match, k);
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
    internal static bool Implies((int Slot, Settlement Kind) a, (int Slot, Settlement Kind) b, IReadOnlyList<(string Name, int From, int To)> slots, int n)
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
}
