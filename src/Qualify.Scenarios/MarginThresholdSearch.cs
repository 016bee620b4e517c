using System.Collections.Immutable;
using Qualify.Domain.Matches;

namespace Qualify.Scenarios;

/// <summary>Margin thresholds: within an open combination, the winning margins beyond which a slot is settled for one team.</summary>
internal sealed class MarginThresholdSearch(TeamSearch team)
{
    /// <summary>How many known witnesses of a combination get their margin moved to the extreme before CP-SAT is asked.</summary>
    private const int PerturbedWitnesses = 12;

    /// <summary>
    /// Within each open combination and each match that is not a draw, the largest and the smallest winning margin
    /// under which the team may still end on the wrong side of the slot; beyond them the slot is settled.
    /// </summary>
    public void Find()
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
            if (largest && extreme < team.Pass.Bound)
            {
                team.Rules[si][c].Add(new MarginRule(m, kind, extreme + 1, null));
            }
            else if (!largest && extreme > 1)
            {
                team.Rules[si][c].Add(new MarginRule(m, kind, null, extreme - 1));
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
        for (var si = 0; si < team.Slots.Count; si++)
        {
            foreach (var kind in (Settlement[])[Settlement.Clinch, Settlement.Eliminate])
            {
                for (var m = 0; m < team.Pass.Matchday.Length; m++)
                {
                    foreach (var largest in (bool[])[true, false])
                    {
                        foreach (var winner in (MatchOutcome[])[MatchOutcome.HomeWin, MatchOutcome.AwayWin])
                        {
                            yield return new MarginQuestion(new SlotStatement(si, kind), m, team.Pass.Matchday[m], largest, winner);
                        }
                    }
                }
            }
        }
    }

    private bool IsBad(MarginQuestion q, RankedResults e) => team.Bad(e, q.Statement.Slot, q.Statement.Kind);

    private static int Margin(MarginQuestion q, RankedResults e) => Math.Abs(e.Scores[q.Fixture].Home - e.Scores[q.Fixture].Away);

    /// <summary>Whether <paramref name="e"/> is on the wrong side with the question's extreme margin (the bound, or 1).</summary>
    private bool Reached(MarginQuestion q, RankedResults e) => IsBad(q, e) && (q.Largest ? Margin(q, e) >= team.Pass.Bound : Margin(q, e) <= 1);

    /// <summary>
    /// The open combinations with the question's winner where no known result on the wrong side reaches the extreme margin,
    /// after moving the margin of up to <see cref="PerturbedWitnesses"/> known results to the extreme.
    /// </summary>
    private SortedSet<int> Unreached(MarginQuestion q)
    {
        var remaining = new SortedSet<int>();
        foreach (var combination in MatchdayCombination.All(team.Pass.Matchday.Length))
        {
            var c = combination.Index;
            if (team.Status[q.Statement.Slot][c] != SlotStatus.Open || combination[q.Match] != q.Winner || team.ByCombination[c].Any(e => Reached(q, e)))
            {
                continue;
            }

            // The same results with this match's margin moved to the extreme.
            var reached = false;
            foreach (var e in team.ByCombination[c].Where(e => IsBad(q, e)).Take(PerturbedWitnesses).ToList())
            {
                var scores = (Score[])e.Scores.Clone();
                var loser = Math.Min(e.Scores[q.Fixture].Home, e.Scores[q.Fixture].Away);
                var (w, l) = q.Largest ? (team.Pass.Bound, 0) : (loser + 1, loser);
                scores[q.Fixture] = q.Winner.ScoreOf(w, l);
                var perturbed = team.Evaluate(scores);
                team.Add(perturbed);
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
        var hints = allowed.SelectMany(c => team.ByCombination[c].Where(e => IsBad(q, e))).ToList();
        var hint = q.Largest ? hints.MaxBy(e => Margin(q, e))! : hints.MinBy(e => Margin(q, e))!;
        var entry = team.Optimise(TeamSearch.BadQuery(kind), si,
            new Restriction { Matchday = team.Pass.Matchday, Excluded = team.Pass.AllBut(allowed), Objective = ([(q.Fixture, 1, -1)], q.Largest == (q.Winner == MatchOutcome.HomeWin)) },
            e => allowed.Contains(e.Combination) && IsBad(q, e), hint);
        team.Add(entry);
        var extreme = Margin(q, entry);
        extremes[(si, kind, q.Match, q.Largest, entry.Combination)] = extreme;
        remaining.Remove(entry.Combination);
        foreach (var c in remaining.ToList())
        {
            RankedResults? last = null;
            foreach (var moved in team.Pass.Move(entry, c))
            {
                last = moved;
                if (IsBad(q, moved))
                {
                    team.Add(moved);
                    extremes[(si, kind, q.Match, q.Largest, c)] = extreme;
                    remaining.Remove(c);
                    break;
                }
            }

            if (remaining.Contains(c) && last is not null && team.Repair(last, si, kind, q.Fixture, team.RepairBudget) is { } repaired)
            {
                team.Add(repaired);
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
        var k = team.Pass.Matchday.Length;
        team.Status = facts.Status;
        var groups = facts.Rules.SelectMany((slot, si) => slot.SelectMany((rules, c) => rules.Select(r => (si, c, r))))
            .GroupBy(x => (x.si, x.r, Winner: new MatchdayCombination(x.c, k)[x.r.Match]));
        foreach (var group in groups)
        {
            var (si, rule, winner) = group.Key;
            ConfirmRule(si, rule, winner, group.Select(x => x.c).ToHashSet());
        }

        // Keep the order of the smaller bound's rules.
        for (var si = 0; si < team.Rules.Length; si++)
        {
            for (var c = 0; c < team.Rules[si].Length; c++)
            {
                var kept = facts.Rules[si][c].Where(team.Rules[si][c].Contains).ToList();
                team.Rules[si][c].Clear();
                team.Rules[si][c].AddRange(kept);
            }
        }

        return new TeamFacts(team.Status, team.Rules, facts.Found);
    }

    /// <summary>
    /// Adds <paramref name="rule"/> (slot <paramref name="si"/>, won by <paramref name="winner"/>) to each of the combinations in
    /// <paramref name="remaining"/> where no results beyond its threshold leave the team on the wrong side: CP-SAT finds one such
    /// combination at a time (moved into the others), until INFEASIBLE proves the rest.
    /// </summary>
    private void ConfirmRule(int si, MarginRule rule, MatchOutcome winner, HashSet<int> remaining)
    {
        var match = team.Pass.Matchday[rule.Match];
        var (lo, hi) = rule.AtLeast is { } least ? (least, team.Pass.Bound) : (1, rule.AtMost!.Value);
        var home = winner == MatchOutcome.HomeWin;
        var differences = new[] { (match, home ? lo : -hi, home ? hi : -lo) };
        bool Beyond(RankedResults e)
        {
            var margin = Math.Abs(e.Scores[match].Home - e.Scores[match].Away);
            return margin >= lo && margin <= hi && team.Bad(e, si, rule.Kind);
        }

        while (remaining.Count > 0)
        {
            var allowed = remaining.ToHashSet();
            var entry = team.Find(TeamSearch.BadQuery(rule.Kind), si, new Restriction { Matchday = team.Pass.Matchday, Excluded = team.Pass.AllBut(allowed), Differences = differences },
                e => allowed.Contains(e.Combination) && Beyond(e));
            if (entry is null)
            {
                foreach (var c in remaining)
                {
                    team.Rules[si][c].Add(rule);
                }

                return;
            }

            remaining.Remove(entry.Combination);
            foreach (var c in remaining.ToList())
            {
                if (team.Pass.Move(entry, c).Any(Beyond))
                {
                    remaining.Remove(c);
                }
            }
        }
    }
}
