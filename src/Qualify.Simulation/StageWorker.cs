namespace Qualify.Simulation;

/// <summary>
/// One thread's simulation of a competition stage by stage (<see cref="StagePlan"/>): its buffers and its counts.
/// Each simulation plays every group's fixtures and ranks the group, ranks the teams across groups, then plays every
/// tie with its teams resolved from those results; each team's last slot or tie outcome is its destination.
/// </summary>
internal sealed partial class StageWorker
{
    private readonly StagePlan _plan;
    private readonly GroupSimulator.Worker[] _groups;
    private readonly OpenGroupWorker?[] _open;
    private readonly int[][] _drawn;
    private readonly int[] _pooled;
    private readonly int[][] _groupOrder;
    private readonly int[][] _rankCandidates;
    private readonly int[][] _rankOrder;
    private readonly int[] _identity;
    private readonly long[] _values;
    private readonly long[] _rankKeys;
    private readonly int[] _tieHome;
    private readonly int[] _tieAway;
    private readonly int[] _tieWinner;
    private readonly int[] _destination;
    private readonly int _teamCount;
    private readonly RankingKeys?[] _rankingKeys;
    private readonly long[][] _linearKeys;
    private readonly KnownGroup?[] _known;
    private readonly bool[][] _finalPlace;
    private readonly bool[][] _namedLater;
    private readonly bool[] _named;
    private readonly DestinationRoles _roles;
    private readonly long[][] _folded;
    private readonly bool[] _touched;
    private readonly int[] _touchedTeams;
    private int _touchedCount;

    /// <summary>A worker for <paramref name="plan"/>.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="recordEveryDestination">
    /// Record every destination given and count each team's last at the end of the simulation
    /// (<see cref="DestinationRoles.Recorded"/>), for tests that check the roles against it; the same counts.
    /// </param>
    public StageWorker(StagePlan plan, bool recordEveryDestination = false)
    {
        _plan = plan;
        _teamCount = plan.Teams.Length;
        _groups = [.. plan.Groups.Select(g => g.Simulator.NewWorker())];
        _open = [.. plan.Groups.Select(g => g.Open is null ? null : new OpenGroupWorker(g))];
        _drawn = [.. plan.Draws.Select(d => new int[d.Places.Length])];
        _pooled = new int[plan.Draws.Select(d => d.Places.Length).DefaultIfEmpty().Max()];
        _groupOrder = [.. plan.Groups.Select(g => new int[g.Global.Length])];
        _rankCandidates = [.. plan.Rankings.Select(r => new int[r.Groups.Length])];
        _rankOrder = [.. plan.Rankings.Select(r => new int[r.Groups.Length])];
        _identity = [.. Enumerable.Range(0, plan.Rankings.Select(r => r.Groups.Length).DefaultIfEmpty().Max())];
        _values = new long[plan.Rankings.Select(r => r.Groups.Length * r.Steps.Length).DefaultIfEmpty().Max()];
        _tieHome = new int[plan.Ties.Length];
        _tieAway = new int[plan.Ties.Length];
        _tieWinner = new int[plan.Ties.Length];
        _destination = new int[_teamCount];
        _touched = new bool[_teamCount];
        _touchedTeams = new int[_teamCount];
        (_finalPlace, _namedLater, _named) = FinalPlaces(plan);
        _roles = recordEveryDestination ? DestinationRoles.Recorded(plan) : DestinationRoles.Of(plan);
        _folded = [.. plan.Groups.Select(g => new long[g.Global.Length * g.Global.Length])];
        _rankKeys = new long[_values.Length];
        _rankingKeys = [.. plan.Rankings.Select(r => r.Groups.All(g => RankingTotals.CanSumPacked(_groups[g].Workspace)) ? RankingKeys.For(plan, r) : null)];
        _linearKeys = [.. plan.Rankings.Select(r => new long[r.Groups.Length])];
        _known = [.. plan.Groups.Select((g, i) => g.Open is not null ? null : KnownGroup.Of(this, i))];
        Ranks = [.. plan.Rankings.Select(r => new long[r.Teams.Length * r.Groups.Length])];
        Plays = new long[plan.Ties.Length * _teamCount];
        Wins = new long[plan.Ties.Length * _teamCount];
        Destinations = new long[_teamCount * plan.Destinations.Length];
    }

    /// <summary>Each group's worker, which counts its positions and points.</summary>
    public IReadOnlyList<GroupSimulator.Worker> Groups => _groups;

    /// <summary>Each open group's worker (<see langword="null"/> for a group of known teams).</summary>
    public IReadOnlyList<OpenGroupWorker?> OpenGroups => _open;

    /// <summary>Per ranking: [ranking team × ranked groups + rank].</summary>
    public long[][] Ranks { get; }

    /// <summary>[tie × teams + team]: how often the team played the tie.</summary>
    public long[] Plays { get; }

    /// <summary>[tie × teams + team]: how often the team won the tie.</summary>
    public long[] Wins { get; }

    /// <summary>[team × destinations + destination]; complete at the end of each <see cref="RunChunk"/>.</summary>
    public long[] Destinations { get; }

    /// <summary>Runs <paramref name="count"/> simulations from stream <paramref name="chunk"/> of <paramref name="seed"/>.</summary>
    public void RunChunk(ulong seed, ulong chunk, int count)
    {
        var rng = new Xoshiro256StarStar(seed, chunk);
        for (var s = 0; s < count; s++)
        {
            SimulateOne(ref rng);
        }

        FoldFinalPlaces();
    }

    private void SimulateOne(ref Xoshiro256StarStar rng)
    {
        foreach (var (draws, groups, rankings, ties) in _plan.Stages)
        {
            foreach (var draw in draws)
            {
                Draw(draw, ref rng);
            }

            foreach (var g in groups)
            {
                PlayGroup(g, ref rng);
            }

            foreach (var r in rankings)
            {
                RankAcrossGroups(r);
            }

            foreach (var t in ties)
            {
                PlayTie(t, ref rng);
            }
        }

        CountDestinations();
    }

    private void PlayGroup(int g, ref Xoshiro256StarStar rng)
    {
        if (_known[g] is not { } known)
        {
            PlayOpenGroup(g, _plan.Groups[g].Open!, ref rng);
            return;
        }

        var worker = known.Worker;
        worker.SimulateAndCount(ref rng);
        var w = worker.Workspace;
        var order = w.Order;
        var (global, slots) = (known.Global, known.SlotDestination);
        if (known.Teams is { } teams)
        {
            for (var p = 0; p < order.Length && p < teams.Length; p++)
            {
                teams[p] = global[order[p]];
            }
        }

        if (known.NamedLater is { } namedLater)
        {
            for (var p = 0; p < order.Length; p++)
            {
                if ((!known.FinalPlace[p] || namedLater[order[p]]) && !known.Overwritten[p])
                {
                    SetDestination(global[order[p]], slots[p]);
                }
            }
        }
        else
        {
            foreach (var p in known.Given)
            {
                SetDestination(global[order[p]], slots[p]);
            }
        }

        // The key of the team at each linear ranking's position, while the group's totals are at hand.
        foreach (var ranked in known.Ranked)
        {
            var local = order[ranked.Place];
            ranked.Candidates[ranked.Index] = global[local];
            ranked.Keys[ranked.Index] = ranked.Linear.Key(ranked.Index, local, RankingTotals.SumWithout(w, local, order.AsSpan(ranked.DiscardFrom)));
        }
    }

    /// <summary>
    /// Ranks the teams at the ranking's position across its groups (the semantics of
    /// <c>CompetitionTableBuilder.RankAcrossGroups</c>): each team's results in its group, without those against the
    /// teams the discard rule names, compared criterion by criterion, then by lots.
    /// </summary>
    private void RankAcrossGroups(int r)
    {
        var plan = _plan.Rankings[r];
        var steps = plan.Steps.Length;
        var order = _rankOrder[r];
        var keys = _rankKeys;

        // Each team's criteria packed into one key, 12 bits a criterion (value + 2048), the first highest, so that one
        // comparison applies them all, as long as every value fits its field; otherwise criterion by criterion.
        var packed = steps <= 5;
        if (_rankingKeys[r] is not null)
        {
            // Every value fits: each key, linear in the candidate's packed totals less those against the discarded,
            // was taken when its group was played (PlayGroup); at most five criteria (RankingKeys.For), so the keys are
            // packed and the placement below writes the whole order.
            keys = _linearKeys[r];
        }
        else
        {
            packed = FillKeys(r, plan, steps, packed);
        }

        if (packed)
        {
            // The group sort's branch-free counting placement: the keys change at random from one simulation to the
            // next, so an insertion sort's branches would be mispredicted.
            Span<long> sortedKeys = stackalloc long[order.Length];
            FastRanker.Place(keys, _identity, 0, order.Length, order, sortedKeys);
        }
        else
        {
            // Insertion sort, best first, stable: at most a dozen teams.
            for (var i = 1; i < order.Length; i++)
            {
                var x = order[i];
                var j = i - 1;
                while (j >= 0 && Better(x, order[j], steps))
                {
                    order[j + 1] = order[j];
                    j--;
                }

                order[j + 1] = x;
            }
        }

        var ranks = Ranks[r];
        var roles = _roles.Ranks[r];
        for (var rank = 0; rank < order.Length; rank++)
        {
            var team = _rankCandidates[r][order[rank]];
            ranks[(plan.LocalOf[team] * order.Length) + rank]++;
            Give(team, plan.SlotDestination[rank], roles[rank]);
        }
    }

    /// <summary>Each ranked team's criteria values and key, criterion by criterion; whether every key is packed.</summary>
    private bool FillKeys(int r, RankingPlan plan, int steps, bool packed)
    {
        var order = _rankOrder[r];
        var keys = _rankKeys;
        for (var k = 0; k < plan.Groups.Length; k++)
        {
            var g = plan.Groups[k];
            _rankCandidates[r][k] = _groupOrder[g][plan.Ranking.Position - 1];
            var (workspace, teams) = _open[g] is { } o ? (o.Workspace, o.Teams) : (_groups[g].Workspace, _plan.Groups[g].Global);
            var values = _values.AsSpan(k * steps, steps);
            RankingTotals.Fill(_plan, plan, g, workspace, teams, values);
            long key = 0;
            foreach (var value in values)
            {
                packed &= (ulong)(value + 2048) < 4096;
                key = (key << 12) | ((value + 2048) & 4095);
            }

            keys[k] = key;
            order[k] = k;
        }

        return packed;
    }

    private bool Better(int a, int b, int steps)
    {
        for (var s = 0; s < steps; s++)
        {
            var va = _values[(a * steps) + s];
            var vb = _values[(b * steps) + s];
            if (va != vb)
            {
                return va > vb;
            }
        }

        return false;
    }

    /// <summary>
    /// Pick <paramref name="pick"/> (0-based) of list <paramref name="list"/>: its teams in order, passing over those this
    /// simulation placed in the top places of their group (<c>ListEntrant.Choose</c>, the rule the tables apply).
    /// </summary>
    /// <exception cref="ListExhaustedException">The list runs out: more listed teams finished in the top places than it can spare.</exception>
    private int Listed(int list, int pick)
    {
        var plan = _plan.Lists[list];
        var left = pick;
        for (var i = 0; i < plan.Teams.Length; i++)
        {
            var team = plan.Teams[i];
            var g = plan.Group[i];
            if (g >= 0 && Array.IndexOf(_groupOrder[g], team) is var position && position >= 0 && position < plan.Outside)
            {
                continue;
            }

            if (left-- == 0)
            {
                return team;
            }
        }

        throw new ListExhaustedException(plan.Name, plan.Teams.Length, plan.Outside);
    }

    private int Resolve(EntrantRef entrant) => entrant.Kind switch
    {
        EntrantKind.Team => entrant.Index,
        EntrantKind.GroupPosition => _groupOrder[entrant.Index][entrant.Number],
        EntrantKind.Rank => _rankCandidates[entrant.Index][_rankOrder[entrant.Index][entrant.Number]],
        EntrantKind.Allocated => Allocated(entrant.Index, entrant.Number),
        EntrantKind.TieWinner => _tieWinner[entrant.Index],
        EntrantKind.Drawn => _drawn[entrant.Index][entrant.Number],
        EntrantKind.Listed => Listed(entrant.Index, entrant.Number),
        _ => _tieWinner[entrant.Index] == _tieHome[entrant.Index] ? _tieAway[entrant.Index] : _tieHome[entrant.Index],
    };

    /// <summary>The team an allocation table sends against column <paramref name="column"/>: the row of the qualifiers' groups names its group.</summary>
    private int Allocated(int r, int column)
    {
        var plan = _plan.Rankings[r];
        var order = _rankOrder[r];
        var mask = 0;
        for (var q = 0; q < plan.AllocationQualifiers; q++)
        {
            mask |= 1 << order[q];
        }

        return _rankCandidates[r][plan.Allocation![mask][column]];
    }

    private void PlayTie(int t, ref Xoshiro256StarStar rng)
    {
        var plan = _plan.Ties[t];
        var home = Resolve(plan.Home);
        var away = Resolve(plan.Away);
        _tieHome[t] = home;
        _tieAway[t] = away;
        var winner = plan.Decided >= 0 ? plan.Decided
            : plan.Walkover == home || plan.Walkover == away ? plan.Walkover
            : TieSimulation.Winner(_plan, plan, home, away, ref rng);
        _tieWinner[t] = winner;
        var loser = winner == home ? away : home;
        Plays[(t * _teamCount) + home]++;
        Plays[(t * _teamCount) + away]++;
        Wins[(t * _teamCount) + winner]++;
        var (winnerRole, loserRole) = _roles.Ties[t];
        Give(winner, plan.WinnerDestination, winnerRole);
        Give(loser, plan.LoserDestination, loserRole);
    }

    /// <summary>The teams of an open group's places, then the group played, ranked and counted.</summary>
    private void PlayOpenGroup(int g, OpenGroupPlan open, ref Xoshiro256StarStar rng)
    {
        var worker = _open[g]!;
        var teams = worker.Teams;
        for (var i = 0; i < teams.Length; i++)
        {
            teams[i] = Resolve(open.Places[i]);
        }

        worker.Play(_plan, open, ref rng);
        var order = worker.Workspace.Order;
        var slots = _plan.Groups[g].SlotDestination;
        for (var p = 0; p < order.Length; p++)
        {
            var team = teams[order[p]];
            _groupOrder[g][p] = team;
            SetDestination(team, slots[p]);
        }
    }

    /// <summary>
    /// Makes draw <paramref name="d"/>: each place of its pots takes its team; for ranked pots, the teams of the places
    /// that are not named are ordered by <see cref="StagePlan.DrawRank"/> and put back in order; then each pot's teams
    /// are shuffled (Fisher-Yates, uniform) over its places.
    /// </summary>
    private void Draw(int d, ref Xoshiro256StarStar rng)
    {
        var plan = _plan.Draws[d];
        var drawn = _drawn[d];
        for (var k = 0; k < drawn.Length; k++)
        {
            drawn[k] = Resolve(plan.Places[k]);
        }

        if (plan.Ranked)
        {
            Recut(plan, drawn);
        }

        for (var pot = 0; pot + 1 < plan.PotStart.Length; pot++)
        {
            var start = plan.PotStart[pot];
            for (var i = plan.PotStart[pot + 1] - 1; i > start; i--)
            {
                var j = start + (int)(rng.NextUInt64() % (ulong)(i - start + 1));
                (drawn[i], drawn[j]) = (drawn[j], drawn[i]);
            }
        }
    }

    /// <summary>Orders the teams of a ranked draw's unnamed places by the draw ranking, best first, in those places' order.</summary>
    private void Recut(DrawPlan plan, int[] drawn)
    {
        var rank = _plan.DrawRank;
        var count = 0;
        for (var k = 0; k < drawn.Length; k++)
        {
            if (!DrawPlan.IsRanked(plan.Places[k]))
            {
                continue;
            }

            // Insertion sort, best first: at most a few dozen teams.
            var team = drawn[k];
            var j = count - 1;
            while (j >= 0 && rank[_pooled[j]] > rank[team])
            {
                _pooled[j + 1] = _pooled[j];
                j--;
            }

            _pooled[j + 1] = team;
            count++;
        }

        var next = 0;
        for (var k = 0; k < drawn.Length; k++)
        {
            if (DrawPlan.IsRanked(plan.Places[k]))
            {
                drawn[k] = _pooled[next++];
            }
        }
    }
}
