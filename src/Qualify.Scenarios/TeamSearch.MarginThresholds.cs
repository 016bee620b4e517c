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
        var extremes = new Dictionary<(int Slot, Settlement Kind, int Match, bool Largest, int Combination), int>();
        foreach (var question in MarginQuestions())
        {
            var remaining = Unreached(question);
            while (remaining.Count > 0)
            {
                OptimiseMargin(question, remaining, extremes);
            }
        }

        foreach (var ((si, kind, m, largest, c), extreme) in extremes.OrderBy(x => x.Key.Slot).ThenBy(x => x.Key.Combination)
            .ThenBy(x => x.Key.Kind).ThenBy(x => x.Key.Match).ThenBy(x => !x.Key.Largest))
        {
            if (largest && extreme < _pass.Bound)
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
    /// One margin question: for a statement, the matchday's match <paramref name="Match"/> (remaining match
    /// <paramref name="Fixture"/>) won by <paramref name="Winner"/>, the largest (or smallest) winning margin that leaves the team on
    /// the wrong side.
    /// </summary>
    private readonly record struct MarginQuestion(SlotStatement Statement, int Match, int Fixture, bool Largest, MatchOutcome Winner);

    /// <summary>Every margin question, slot by slot, clinch before eliminate, match by match, largest first, home wins first.</summary>
    private IEnumerable<MarginQuestion> MarginQuestions()
    {
        for (var si = 0; si < _slots.Count; si++)
        {
            foreach (var kind in (Settlement[])[Settlement.Clinch, Settlement.Eliminate])
            {
                for (var m = 0; m < _pass.Matchday.Length; m++)
                {
                    foreach (var largest in (bool[])[true, false])
                    {
                        foreach (var winner in (MatchOutcome[])[MatchOutcome.HomeWin, MatchOutcome.AwayWin])
                        {
                            yield return new MarginQuestion(new SlotStatement(si, kind), m, _pass.Matchday[m], largest, winner);
                        }
                    }
                }
            }
        }
    }

    private bool IsBad(MarginQuestion q, RankedResults e) => Bad(e, q.Statement.Slot, q.Statement.Kind);

    private static int Margin(MarginQuestion q, RankedResults e) => Math.Abs(e.Scores[q.Fixture].Home - e.Scores[q.Fixture].Away);

    /// <summary>Whether <paramref name="e"/> is on the wrong side with the question's extreme margin (the bound, or 1).</summary>
    private bool Reached(MarginQuestion q, RankedResults e) => IsBad(q, e) && (q.Largest ? Margin(q, e) >= _pass.Bound : Margin(q, e) <= 1);

    /// <summary>
    /// The open combinations with the question's winner where no known result on the wrong side reaches the extreme margin,
    /// after moving the margin of up to <see cref="PerturbedWitnesses"/> known results to the extreme.
    /// </summary>
    private SortedSet<int> Unreached(MarginQuestion q)
    {
        var remaining = new SortedSet<int>();
        foreach (var combination in MatchdayCombination.All(_pass.Matchday.Length))
        {
            var c = combination.Index;
            if (_status[q.Statement.Slot][c] != SlotStatus.Open || combination[q.Match] != q.Winner || _byCombination[c].Any(e => Reached(q, e)))
            {
                continue;
            }

            // The same results with this match's margin moved to the extreme.
            var reached = false;
            foreach (var e in _byCombination[c].Where(e => IsBad(q, e)).Take(PerturbedWitnesses).ToList())
            {
                var scores = (Score[])e.Scores.Clone();
                var loser = Math.Min(e.Scores[q.Fixture].Home, e.Scores[q.Fixture].Away);
                var (w, l) = q.Largest ? (_pass.Bound, 0) : (loser + 1, loser);
                scores[q.Fixture] = q.Winner.ScoreOf(w, l);
                var perturbed = Evaluate(scores);
                Add(perturbed);
                if (Reached(q, perturbed))
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

        return remaining;
    }

    /// <summary>
    /// The extreme margin over all the remaining combinations at once (CP-SAT, proven optimal): it bounds each of them, and is
    /// exact in the combination of its solution and in every one that solution can be moved (or repaired) into, which leave
    /// <paramref name="remaining"/>.
    /// </summary>
    private void OptimiseMargin(MarginQuestion q, SortedSet<int> remaining, Dictionary<(int Slot, Settlement Kind, int Match, bool Largest, int Combination), int> extremes)
    {
        var (si, kind) = q.Statement;
        var allowed = remaining.ToHashSet();
        var hints = allowed.SelectMany(c => _byCombination[c].Where(e => IsBad(q, e))).ToList();
        var hint = q.Largest ? hints.MaxBy(e => Margin(q, e))! : hints.MinBy(e => Margin(q, e))!;
        var entry = Optimise(BadQuery(kind), si,
            new Restriction { Matchday = _pass.Matchday, Excluded = _pass.AllBut(allowed), Objective = ([(q.Fixture, 1, -1)], q.Largest == (q.Winner == MatchOutcome.HomeWin)) },
            e => allowed.Contains(e.Combination) && IsBad(q, e), hint);
        Add(entry);
        var extreme = Margin(q, entry);
        extremes[(si, kind, q.Match, q.Largest, entry.Combination)] = extreme;
        remaining.Remove(entry.Combination);
        foreach (var c in remaining.ToList())
        {
            RankedResults? last = null;
            foreach (var moved in _pass.Move(entry, c))
            {
                last = moved;
                if (IsBad(q, moved))
                {
                    Add(moved);
                    extremes[(si, kind, q.Match, q.Largest, c)] = extreme;
                    remaining.Remove(c);
                    break;
                }
            }

            if (remaining.Contains(c) && last is not null && Repair(last, si, kind, q.Fixture, RepairBudget) is { } repaired)
            {
                Add(repaired);
                extremes[(si, kind, q.Match, q.Largest, c)] = extreme;
                remaining.Remove(c);
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
            .GroupBy(x => (x.si, x.r, Winner: new MatchdayCombination(x.c, k)[x.r.Match]));
        foreach (var group in groups)
        {
            var (si, rule, winner) = group.Key;
            var match = _pass.Matchday[rule.Match];
            var (lo, hi) = rule.AtLeast is { } least ? (least, bound) : (1, rule.AtMost!.Value);
            var home = winner == MatchOutcome.HomeWin;
            var differences = new[] { (match, home ? lo : -hi, home ? hi : -lo) };
            var remaining = group.Select(x => x.c).ToHashSet();
            bool Beyond(RankedResults e)
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
