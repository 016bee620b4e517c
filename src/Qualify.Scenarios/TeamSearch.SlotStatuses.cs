namespace Qualify.Scenarios;

/// <summary>Slot statuses: which win/draw/loss combinations clinch, eliminate or leave each slot open.</summary>
internal sealed partial class TeamSearch
{
    /// <summary>
    /// Which combinations can leave the team out of (in) each slot. CP-SAT finds one not covered yet, a clause
    /// excludes it, and so on until INFEASIBLE, which proves every combination left uncovered clinched (eliminated).
    /// Each solution is also moved into the other uncovered combinations.
    /// </summary>
    public void FindStatuses()
    {
        var combinations = _pass.Combinations;
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
                    var entry = Find(BadQuery(kind), si, new Restriction { Matchday = _pass.Matchday, Excluded = _pass.AllBut(allowed) },
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
}
