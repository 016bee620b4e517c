namespace Qualify.Simulation;

/// <summary>What becomes, by the end of a simulation, of the destination a slot gives its team (<see cref="DestinationRoles"/>).</summary>
internal enum SlotRole
{
    /// <summary>It may or may not be the team's last: recorded, and counted at the end of the simulation if it is.</summary>
    Given,

    /// <summary>No later step can name the slot's team, unless a step names that team itself: counted at once.</summary>
    Final,

    /// <summary>A later step always gives the slot's team another destination: not recorded.</summary>
    Overwritten,
}

/// <summary>
/// The role of every slot that gives a destination in a simulation (a group's places, a ranking's ranks, a tie's winner
/// and loser), found once from the plan: a team's destination is the last one a simulation gives it
/// (<see cref="StageWorker"/>), so a slot whose team a later step always takes (a ranking of the group's runners-up, a
/// tie of the ranking's first four) need not record it, and a slot whose team no later step can name is counted at once.
/// </summary>
/// <remarks>
/// The steps run in a fixed order, stage by stage: draws, groups, rankings, ties. A later step names a slot's team when
/// one of the entrants it resolves reads the slot, or a slot the team held before it (its upstream: the group place a
/// rank is taken from, a tie's two places, every place an open group or a draw takes teams from).
/// </remarks>
internal sealed class DestinationRoles
{
    private readonly StagePlan _plan;
    private readonly List<(int Order, EntrantRef[] Reads, bool Gives)> _steps = [];
    private readonly Dictionary<EntrantRef, HashSet<EntrantRef>> _upstream = [];

    private DestinationRoles(StagePlan plan, bool recordEvery)
    {
        _plan = plan;
        GroupOrder = new int[plan.Groups.Length];
        RankingOrder = new int[plan.Rankings.Length];
        TieOrder = new int[plan.Ties.Length];
        foreach (var (draws, groups, rankings, ties) in plan.Stages)
        {
            foreach (var d in draws)
            {
                _steps.Add((_steps.Count, plan.Draws[d].Places, false));
            }

            foreach (var g in groups)
            {
                GroupOrder[g] = _steps.Count;
                _steps.Add((_steps.Count, plan.Groups[g].Open?.Places ?? [], true));
            }

            foreach (var r in rankings)
            {
                RankingOrder[r] = _steps.Count;
                var ranking = plan.Rankings[r];
                _steps.Add((_steps.Count, [.. ranking.Groups.Select(g => new EntrantRef(EntrantKind.GroupPosition, g, ranking.Ranking.Position - 1))], true));
            }

            foreach (var t in ties)
            {
                TieOrder[t] = _steps.Count;
                _steps.Add((_steps.Count, [plan.Ties[t].Home, plan.Ties[t].Away], true));
            }
        }

        if (recordEvery)
        {
            PlaceOverwritten = [.. plan.Groups.Select(g => new bool[g.Global.Length])];
            Ranks = [.. plan.Rankings.Select(r => new SlotRole[r.Groups.Length])];
            Ties = new (SlotRole, SlotRole)[plan.Ties.Length];
            return;
        }

        PlaceOverwritten = [.. plan.Groups.Select((g, i) => Enumerable.Range(0, g.Global.Length)
            .Select(p => Overwritten(new EntrantRef(EntrantKind.GroupPosition, i, p), GroupOrder[i])).ToArray())];
        Ranks = [.. plan.Rankings.Select((r, i) => Enumerable.Range(0, r.Groups.Length)
            .Select(k => Role(new EntrantRef(EntrantKind.Rank, i, k), RankingOrder[i])).ToArray())];
        Ties = [.. plan.Ties.Select((_, t) => (
            Role(new EntrantRef(EntrantKind.TieWinner, t, 0), TieOrder[t]),
            Role(new EntrantRef(EntrantKind.TieLoser, t, 0), TieOrder[t])))];
    }

    private int[] GroupOrder { get; }

    private int[] RankingOrder { get; }

    private int[] TieOrder { get; }

    /// <summary>Per group plan and place: whether a later step always gives the place's team another destination.</summary>
    public bool[][] PlaceOverwritten { get; }

    /// <summary>Per ranking plan and rank: the rank's role.</summary>
    public SlotRole[][] Ranks { get; }

    /// <summary>Per tie plan: the role of its winner and of its loser.</summary>
    public (SlotRole Winner, SlotRole Loser)[] Ties { get; }

    /// <summary>The roles of every slot of <paramref name="plan"/>.</summary>
    public static DestinationRoles Of(StagePlan plan) => new(plan, recordEvery: false);

    /// <summary>Every slot <see cref="SlotRole.Given"/>, none overwritten: every destination recorded, the reference the roles must match.</summary>
    public static DestinationRoles Recorded(StagePlan plan) => new(plan, recordEvery: true);

    /// <summary>The role of <paramref name="slot"/>, given at step <paramref name="order"/>.</summary>
    private SlotRole Role(EntrantRef slot, int order)
    {
        if (Overwritten(slot, order))
        {
            return SlotRole.Overwritten;
        }

        var held = new HashSet<EntrantRef>(Upstream(slot)) { slot };
        return _steps.Any(s => s.Order > order && s.Reads.SelectMany(Slots).Any(held.Contains)) ? SlotRole.Given : SlotRole.Final;
    }

    /// <summary>Whether a step after <paramref name="order"/> that gives destinations reads <paramref name="slot"/> itself.</summary>
    private bool Overwritten(EntrantRef slot, int order) => _steps.Any(s => s.Order > order && s.Gives && s.Reads.Contains(slot));

    /// <summary>The slots an entrant reads: itself, every rank an allocation table reads, every place of a draw.</summary>
    private IEnumerable<EntrantRef> Slots(EntrantRef entrant) => entrant.Kind switch
    {
        EntrantKind.GroupPosition or EntrantKind.Rank or EntrantKind.TieWinner or EntrantKind.TieLoser => [entrant],
        EntrantKind.Allocated => Enumerable.Range(0, _plan.Rankings[entrant.Index].Groups.Length).Select(k => new EntrantRef(EntrantKind.Rank, entrant.Index, k)),
        EntrantKind.Drawn => _plan.Draws[entrant.Index].Places.SelectMany(Slots),

        // A named team or a priority list's pick: the team itself is named (StageWorker.FinalPlaces).
        _ => [],
    };

    /// <summary>Every slot whose team can be <paramref name="slot"/>'s, given earlier in the simulation.</summary>
    private HashSet<EntrantRef> Upstream(EntrantRef slot)
    {
        if (_upstream.TryGetValue(slot, out var known))
        {
            return known;
        }

        IEnumerable<EntrantRef> reads = slot.Kind switch
        {
            EntrantKind.GroupPosition => _plan.Groups[slot.Index].Open?.Places ?? [],
            EntrantKind.Rank => _steps[RankingOrder[slot.Index]].Reads,
            _ => [_plan.Ties[slot.Index].Home, _plan.Ties[slot.Index].Away],
        };
        var upstream = new HashSet<EntrantRef>();
        foreach (var read in reads.SelectMany(Slots))
        {
            upstream.Add(read);
            upstream.UnionWith(Upstream(read));
        }

        _upstream[slot] = upstream;
        return upstream;
    }
}
