
namespace Qualify.Scenarios;

/// <summary>Slot statuses: which win/draw/loss combinations clinch, eliminate or leave each slot open for one team.</summary>
internal sealed class SlotStatusSearch(TeamSearch team)
{
    /// <summary>
    /// Which combinations can leave the team out of (in) each slot (<see cref="Cover"/>); a combination that no results
    /// leave out of a slot clinches it, one that none leave in it eliminates the team from it, any other leaves it open.
    /// </summary>
    public void Find()
    {
        for (var si = 0; si < team.Slots.Count; si++)
        {
            foreach (var kind in (Settlement[])[Settlement.Clinch, Settlement.Eliminate])
            {
                Cover(si, kind);
            }
        }

        team.Status = [.. team.Slots.Select((_, si) => Enumerable.Range(0, team.Pass.Combinations)
            .Select(c => !team.Outside[si][c] ? SlotStatus.Clinched : !team.Inside[si][c] ? SlotStatus.Eliminated : SlotStatus.Open).ToArray())];
    }

    /// <summary>
    /// Covers the combinations with results on the wrong side of slot <paramref name="si"/> for <paramref name="kind"/>. CP-SAT
    /// finds one not covered yet, a clause excludes it, and so on until INFEASIBLE, which proves every combination left
    /// uncovered settled. Each solution is also moved into the other uncovered combinations. A relaxation's solution that
    /// the reference table ranks on the right side is first stretched (<see cref="TeamSearch.Stretch"/>, both ways): can
    /// Argentina, seven points clear, still finish outside the top six? The relaxation on points finds six teams that can
    /// reach its points; with its defeats by the bound, its goal difference puts it below all of them. The exact model took
    /// 23 s to find that on CONMEBOL 2026 as of 2025-03-19.
    /// </summary>
    private void Cover(int si, Settlement kind)
    {
        var covered = kind == Settlement.Clinch ? team.Outside[si] : team.Inside[si];
        var searched = new bool[team.Pass.Combinations];
        while (true)
        {
            var allowed = Enumerable.Range(0, team.Pass.Combinations).Where(c => !covered[c]).ToHashSet();
            if (allowed.Count == 0)
            {
                return;
            }

            var entry = team.Find(TeamSearch.BadQuery(kind), si, new Restriction { Matchday = team.Pass.Matchday, Excluded = team.Pass.AllBut(allowed) },
                e => allowed.Contains(e.Combination) && team.Bad(e, si, kind),
                adjust: e => ((bool[])[true, false]).Select(down => team.Stretch(e, down)).FirstOrDefault(s => team.Bad(s, si, kind)));
            if (entry is null)
            {
                return;
            }

            team.Add(entry);
            foreach (var c in allowed.Where(c => !covered[c]))
            {
                MoveInto(entry, c, si, kind, covered, searched);
            }
        }
    }

    /// <summary>
    /// <paramref name="entry"/> moved into combination <paramref name="c"/> until a move covers it; failing that, a short
    /// local search from the last move, once per combination (<paramref name="searched"/>): where one search found
    /// nothing, the combination is usually settled, which only CP-SAT's INFEASIBLE proves.
    /// </summary>
    private void MoveInto(RankedResults entry, int c, int si, Settlement kind, bool[] covered, bool[] searched)
    {
        RankedResults? last = null;
        foreach (var moved in team.Pass.Move(entry, c))
        {
            last = moved;
            if (team.Mark(moved))
            {
                team.Found.Add(moved);
                team.ByCombination[c].Add(moved);
            }

            if (covered[c])
            {
                break;
            }
        }

        // Early in a season almost every combination is open: a short local search finds it
        // far faster than CP-SAT does (the budget grows with the matches after the matchday).
        if (covered[c] || last is null || searched[c])
        {
            return;
        }

        searched[c] = true;
        if (team.Repair(last, si, kind, -1, team.RepairBudget) is { } repaired)
        {
            team.Add(repaired);
        }
    }
}
