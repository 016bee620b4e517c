namespace Qualify.Simulation;

// Final destinations: a team's destination is the last one a simulation gives it. Most group places are final (no
// later ranking, tie, draw or group can name their team), so their counts follow from the groups' position counts
// and are folded in once a chunk; only the other places' teams are counted simulation by simulation.
internal sealed partial class StageWorker
{
    /// <summary>
    /// Per group plan and place: whether the destination given there is final whatever the team (no later step can
    /// name the team at that place), and, per local team of a group of known teams, whether a later step can name that
    /// team directly (then its destination is counted in every simulation).
    /// </summary>
    private static (bool[][] FinalPlace, bool[][] NamedLater, bool[] Named) FinalPlaces(StagePlan plan)
    {
        var overridable = plan.Groups.Select(g => new bool[g.Global.Length]).ToArray();
        var named = new bool[plan.Teams.Length];
        var seen = new int[plan.Teams.Length];
        void Mark(EntrantRef entrant)
        {
            switch (entrant.Kind)
            {
                case EntrantKind.Team: named[entrant.Index] = true; break;
                case EntrantKind.GroupPosition: overridable[entrant.Index][entrant.Number] = true; break;
                case EntrantKind.Listed:
                    foreach (var team in plan.Lists[entrant.Index].Teams)
                    {
                        named[team] = true;
                    }

                    break;

                // Ranks and allocated places name the rankings' candidates (marked below); tie winners and losers and
                // drawn places name the entrants of ties and draws, marked where those are.
                default: break;
            }
        }

        foreach (var ranking in plan.Rankings)
        {
            foreach (var g in ranking.Groups)
            {
                overridable[g][ranking.Ranking.Position - 1] = true;
            }
        }

        foreach (var tie in plan.Ties)
        {
            Mark(tie.Home);
            Mark(tie.Away);
            foreach (var team in new[] { tie.Decided, tie.Walkover }.Where(t => t >= 0))
            {
                named[team] = true;
            }
        }

        foreach (var place in plan.Draws.SelectMany(d => d.Places))
        {
            Mark(place);
        }

        foreach (var group in plan.Groups)
        {
            foreach (var place in group.Open?.Places ?? [])
            {
                Mark(place);
            }

            foreach (var team in group.Open?.Candidates ?? group.Global)
            {
                seen[team]++;
            }
        }

        // A team in two groups (of two stages) takes the later group's destination.
        for (var t = 0; t < seen.Length; t++)
        {
            named[t] |= seen[t] > 1;
        }

        var finalPlace = plan.Groups.Select((g, i) => g.Open is null ? overridable[i].Select(o => !o).ToArray() : new bool[g.Global.Length]).ToArray();
        var namedLater = plan.Groups.Select(g => g.Open is null ? g.Global.Select(t => named[t]).ToArray() : []).ToArray();
        return (finalPlace, namedLater, named);
    }

    /// <summary>
    /// Gives <paramref name="team"/> destination <paramref name="destination"/> from a slot of role <paramref name="role"/>
    /// (<see cref="DestinationRoles"/>): not at all where a later step always gives it another, counted at once where
    /// no later step can name it (an earlier destination of this simulation no longer counts), else recorded.
    /// </summary>
    private void Give(int team, int destination, SlotRole role)
    {
        if (role == SlotRole.Overwritten)
        {
            return;
        }

        if (role == SlotRole.Final && !_named[team])
        {
            _destination[team] = -1;
            if (destination >= 0)
            {
                Destinations[(team * _plan.Destinations.Length) + destination]++;
            }

            return;
        }

        SetDestination(team, destination);
    }

    /// <summary>Gives <paramref name="team"/> destination <paramref name="destination"/> in this simulation (the last one given counts).</summary>
    private void SetDestination(int team, int destination)
    {
        if (!_touched[team])
        {
            _touched[team] = true;
            _touchedTeams[_touchedCount++] = team;
        }

        _destination[team] = destination;
    }

    /// <summary>Counts the destinations given in this simulation and clears them for the next.</summary>
    private void CountDestinations()
    {
        var d = _plan.Destinations.Length;
        for (var i = 0; i < _touchedCount; i++)
        {
            var team = _touchedTeams[i];
            if (_destination[team] >= 0)
            {
                Destinations[(team * d) + _destination[team]]++;
            }

            _touched[team] = false;
        }

        _touchedCount = 0;
    }

    /// <summary>
    /// Adds to <see cref="Destinations"/> the final places' counts of every group of known teams since the last fold:
    /// each such place's destination, for each team not named later, as often as the team finished there.
    /// </summary>
    private void FoldFinalPlaces()
    {
        var d = _plan.Destinations.Length;
        for (var g = 0; g < _groups.Length; g++)
        {
            var plan = _plan.Groups[g];
            if (plan.Open is not null)
            {
                continue;
            }

            var counts = _groups[g].PositionCounts;
            var folded = _folded[g];
            var n = plan.Global.Length;
            for (var t = 0; t < n; t++)
            {
                if (_namedLater[g][t])
                {
                    continue;
                }

                for (var p = 0; p < n; p++)
                {
                    var index = (t * n) + p;
                    if (_finalPlace[g][p] && plan.SlotDestination[p] >= 0)
                    {
                        Destinations[(plan.Global[t] * d) + plan.SlotDestination[p]] += counts[index] - folded[index];
                    }

                    folded[index] = counts[index];
                }
            }
        }
    }
}
