using System.Collections.Immutable;
using Qualify.Domain.Matches;

namespace Qualify.Scenarios;

/// <summary>Margin thresholds: within an open combination, the winning margins beyond which a slot is settled.</summary>
internal sealed partial class TeamSearch
{
    /// <summary>
    /// Within each open combination and each match that is not a draw, the largest and the smallest winning margin
    /// under which the team may still end on the wrong side of the slot; beyond them the slot is settled.
    /// </summary>
    public void FindMargins()
    {
        var combinations = _pass.Combinations;
        var k = _pass.Matchday.Length;
        var bound = _pass.Bound;
        var extremes = new Dictionary<(int Slot, Settlement Kind, int Match, bool Largest, int Combination), int>();
        for (var si = 0; si < _slots.Count; si++)
        {
            foreach (var kind in (Settlement[])[Settlement.Clinch, Settlement.Eliminate])
            {
                var slot = si;
                bool IsBad(Entry e) => Bad(e, slot, kind);
                for (var m = 0; m < k; m++)
                {
                    var match = _pass.Matchday[m];
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
                                if (_status[si][c] != SlotStatus.Open || CombinationSigns.Sign(c, m, k) != sign || _byCombination[c].Any(Reached))
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
                                    new Restriction { Matchday = _pass.Matchday, Excluded = _pass.AllBut(allowed), Objective = ([(match, 1, -1)], largest == sign > 0) },
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
        var k = _pass.Matchday.Length;
        var bound = _pass.Bound;
        _status = facts.Status;
        var groups = facts.Rules.SelectMany((slot, si) => slot.SelectMany((rules, c) => rules.Select(r => (si, c, r))))
            .GroupBy(x => (x.si, x.r, Sign: CombinationSigns.Sign(x.c, x.r.Match, k)));
        foreach (var group in groups)
        {
            var (si, rule, sign) = group.Key;
            var match = _pass.Matchday[rule.Match];
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
                var entry = Find(BadQuery(rule.Kind), si, new Restriction { Matchday = _pass.Matchday, Excluded = _pass.AllBut(allowed), Differences = differences },
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
