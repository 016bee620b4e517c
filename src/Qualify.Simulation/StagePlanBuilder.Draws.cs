using System.Collections.Immutable;
using System.Globalization;
using Qualify.Domain.Competitions;

namespace Qualify.Simulation;

/// <summary>
/// The draws and open groups of a <see cref="StagePlanBuilder"/>: a stage drawn after the date is drawn again in each
/// simulation from its pots, and a group whose teams are not all known at the date takes its teams from the simulation.
/// </summary>
internal sealed partial class StagePlanBuilder
{
    private readonly List<DrawPlan> _draws = [];
    private readonly List<string> _notes = [];
    private readonly List<ListPlan> _lists = [];

    /// <summary>Whether <paramref name="stage"/>'s draw is made after the date, so that each simulation makes it.</summary>
    private bool DrawOpen(StageDefinition stage) => _table.DrawIsOpen(stage);

    /// <summary>Whether a group's teams are not all known at the date.</summary>
    private bool IsOpen(StageDefinition stage, GroupDefinition group) => _table.UnknownTeams(stage, group) is not null;

    /// <summary>Adds the draw of <paramref name="stage"/>, made in each simulation; returns its index.</summary>
    /// <exception cref="ArgumentException">The draw's rule is not a draw by pots.</exception>
    private int AddDraw(StageDefinition stage)
    {
        var draw = stage.Draw!;
        if (draw.Rule is not (DrawRule.SeededPots or DrawRule.RankedPots))
        {
            throw new ArgumentException($"stage '{stage.Name}': a forecast draws only by pots, not by the rule {draw.Rule}");
        }

        var places = new List<EntrantRef>();
        var starts = new List<int>();
        foreach (var pot in draw.Pots)
        {
            starts.Add(places.Count);
            places.AddRange(pot.Select(EntrantOf));
        }

        starts.Add(places.Count);
        _draws.Add(new DrawPlan { Stage = stage, Places = [.. places], PotStart = [.. starts], Ranked = draw.Rule == DrawRule.RankedPots });
        var ranked = draw.Rule == DrawRule.RankedPots
            ? string.Create(CultureInfo.InvariantCulture, $"; the pots are set by the FIFA ranking computed as of {_request.AsOf:yyyy-MM-dd}, not at the draw's date")
            : "; the pots hold the places the definition lists";
        _notes.Add(string.Create(CultureInfo.InvariantCulture,
            $"Stage '{stage.Name}' is drawn on {draw.Date:yyyy-MM-dd}, after the date: each simulation draws it, one team from each of its {draw.Pots.Length} pots into each group or tie, uniformly{ranked}. Restrictions of the real draw (teams of one association, political pairings, hosts) are not modelled."));
        return _draws.Count - 1;
    }

    /// <summary>
    /// The place a group or tie of a stage drawn in the simulation takes: the pot place the definition's real draw put
    /// there (matched by the place's description), or <paramref name="otherwise"/> for a place no pot lists.
    /// </summary>
    private EntrantRef DrawnOr(int draw, Entrant entrant, Func<Entrant, EntrantRef> otherwise)
    {
        if (draw < 0)
        {
            return otherwise(entrant);
        }

        var places = _draws[draw].Stage.Draw!.Pots.SelectMany(p => p).ToList();
        var k = places.FindIndex(p => string.Equals(p.Describe(), entrant.Describe(), StringComparison.Ordinal));
        return k >= 0 ? new EntrantRef(EntrantKind.Drawn, draw, k) : otherwise(entrant);
    }

    /// <summary>Every team that can be drawn into place <paramref name="position"/> of draw <paramref name="draw"/>.</summary>
    private HashSet<int> DrawnCandidates(int draw, int position)
    {
        var plan = _draws[draw];
        var pot = Array.FindLastIndex(plan.PotStart, s => s <= position);
        var potPlaces = Enumerable.Range(plan.PotStart[pot], plan.PotStart[pot + 1] - plan.PotStart[pot]);
        var pooled = plan.Ranked ? Enumerable.Range(0, plan.Places.Length).Where(k => DrawPlan.IsRanked(plan.Places[k])) : [];
        return [.. potPlaces.Concat(pooled).SelectMany(k => Candidates(plan.Places[k]))];
    }

    /// <summary>
    /// Adds a group whose teams are resolved in each simulation. Its fixtures are the store's (or the definition's) where
    /// the draw is made and only places are open, each team replaced by its place; else its format's round robin: both
    /// ways for a double round robin, once at a neutral venue for a single one.
    /// </summary>
    private int AddOpenGroup(StageDefinition stage, GroupDefinition group, int draw)
    {
        var places = group.Entrants.Select((e, i) => DrawnOr(draw, e, x => _table.Decides(x) ? new EntrantRef(EntrantKind.Team, TeamIndex(group.Teams[i]), 0) : EntrantOf(x))).ToArray();
        var (played, fixtures) = draw >= 0 ? ([], RoundRobin(group)) : KnownFixtures(stage, group);
        var candidates = places.SelectMany(Candidates).Distinct().Order().ToArray();
        if (candidates.Any(c => _deductions.ContainsKey(_teams[c]) || _competition.FairPlay.ContainsKey(_teams[c])))
        {
            throw new ArgumentException($"group '{group.Name}' of stage '{stage.Name}': a team that can fill it has a points deduction or fair-play points, which a group of open places does not carry");
        }

        var candidateOf = new int[_teams.Count];
        Array.Fill(candidateOf, -1);
        for (var i = 0; i < candidates.Length; i++)
        {
            candidateOf[candidates[i]] = i;
        }

        var date = _request.AsOf ?? (_competition.SourceOf(stage) as HistoryFilterSource)?.From ?? group.Fixtures.Select(m => m.Date).DefaultIfEmpty().Min();
        var tournament = (_competition.SourceOf(stage) as HistoryFilterSource)?.Tournament ?? "FIFA World Cup qualification";
        foreach (var (home, away, venue) in fixtures)
        {
            foreach (var x in Candidates(places[home]))
            {
                foreach (var y in Candidates(places[away]).Where(y => y != x))
                {
                    Require(_regular, x, y, venue == 1, date, tournament);
                }
            }
        }

        var points = _competition.PointsOf(stage);
        var matches = Enumerable.Range(0, places.Length).Max(p => played.Count(m => m.Home == p || m.Away == p) + fixtures.Count(f => f.Home == p || f.Away == p));
        _groups.Add(new GroupPlan
        {
            Group = group,
            Stage = stage.Name,
            Simulator = new GroupSimulator(OpenGroupCompiled(stage, group), [], []),
            Global = candidates,
            Forecasts = [],
            SlotDestination = SlotDestinations(group.Slots, group.Teams.Length),
            Open = new OpenGroupPlan
            {
                Places = places,
                Played = [.. played],
                Fixtures = [.. fixtures],
                Candidates = candidates,
                CandidateOf = candidateOf,
                MaxPoints = matches * Math.Max(points.Win, Math.Max(points.Draw, points.Loss)),
                Compile = () => OpenGroupCompiled(stage, group),
            },
        });
        return _groups.Count - 1;
    }

    /// <summary>The chain and points of an open group over placeholder teams (no deduction, no fair play; lots set per simulation).</summary>
    private CompiledGroup OpenGroupCompiled(StageDefinition stage, GroupDefinition group) =>
        new([.. group.Teams.Select((_, i) => "#" + i.ToString(CultureInfo.InvariantCulture))], _competition.PointsOf(stage),
            _competition.TieBreakersOf(stage), ImmutableDictionary<string, int>.Empty, ImmutableDictionary<string, int>.Empty, _competition.LotsSeed);

    /// <summary>A group's round robin between its places: both ways at the home team's ground, or once at a neutral venue.</summary>
    /// <exception cref="ArgumentException">The group lists its fixtures instead of a round robin.</exception>
    private List<(int Home, int Away, int Venue)> RoundRobin(GroupDefinition group)
    {
        var n = group.Teams.Length;
        var pairs = Enumerable.Range(0, n).SelectMany(i => Enumerable.Range(0, n).Where(j => j != i).Select(j => (i, j)));
        switch (group.Format)
        {
            case GroupFormat.DoubleRoundRobin:
                return [.. pairs.Select(p => (p.i, p.j, 0))];
            case GroupFormat.SingleRoundRobin:
                _notes.Add($"Group '{group.Name}' is drawn in the simulation: its single round robin is played at a neutral venue.");
                return [.. pairs.Where(p => p.i < p.j).Select(p => (p.i, p.j, 1))];
            default:
                throw new ArgumentException($"group '{group.Name}' lists its fixtures, which a forecast cannot pair before its draw");
        }
    }

    /// <summary>
    /// The matches of a drawn group whose places are still open: those counted at the date, and those left, with each
    /// team replaced by its place in the group (the schedule the store or the definition holds).
    /// </summary>
    private (List<(int Home, int Away, int HomeGoals, int AwayGoals)> Played, List<(int Home, int Away, int Venue)> Fixtures) KnownFixtures(StageDefinition stage, GroupDefinition group)
    {
        var progress = GroupProgress.Of(_competition, stage, group, _request.MatchesOf.OfGroup(stage, group), _request.AsOf);
        if (progress.Counted.Length + progress.Remaining.Length == 0)
        {
            return ([], RoundRobin(group));
        }

        var local = group.Teams.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i, StringComparer.Ordinal);
        var open = group.Entrants.Select((e, i) => (e, i)).Where(x => !_table.Decides(x.e)).Select(x => x.i).ToHashSet();
        if (progress.Counted.Any(m => open.Contains(local[m.Home]) || open.Contains(local[m.Away])))
        {
            throw new ArgumentException($"group '{group.Name}' of stage '{stage.Name}' has a match played by a place not decided at the date");
        }

        _notes.Add($"Group '{group.Name}' of stage '{stage.Name}' takes a place still open: each simulation puts there the team its results give, on the group's schedule.");
        return ([.. progress.Counted.Select(m => (local[m.Home], local[m.Away], m.Score!.Value.Home, m.Score!.Value.Away))],
            [.. progress.Remaining.Select(m => (local[m.Home], local[m.Away], m.Neutral ? 1 : 0))]);
    }

    /// <summary>Each global team's place in the ranking that sets ranked pots (<see cref="StagePlan.DrawRank"/>).</summary>
    private int[] DrawRanks()
    {
        var ranking = _request.DrawRanking;
        if (_draws.Any(d => d.Ranked) && ranking is null)
        {
            throw new ArgumentException("a draw by ranked pots needs the ranking that sets them (ForecastRequest.DrawRanking)");
        }

        var order = Enumerable.Range(0, _teams.Count)
            .OrderByDescending(t => ranking is not null && ranking.TryGetValue(_teams[t], out var points) ? points : double.NegativeInfinity)
            .ThenBy(t => _teams[t], StringComparer.Ordinal).ToList();
        var rank = new int[_teams.Count];
        for (var r = 0; r < order.Count; r++)
        {
            rank[order[r]] = r;
        }

        return rank;
    }
}
