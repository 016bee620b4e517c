using System.Collections.Immutable;
using Qualify.Domain.Competitions;
using Qualify.Domain.Standings;

namespace Qualify.Simulation;

/// <summary>Builds a <see cref="StagePlan"/> from a forecast request: the one-off work before the simulation loop.</summary>
internal sealed partial class StagePlanBuilder
{
    private readonly ForecastRequest _request;
    private readonly CompetitionDefinition _competition;
    private readonly CompetitionTable _table;
    private readonly Dictionary<string, int> _team = new(StringComparer.Ordinal);
    private readonly List<string> _teams = [];
    private readonly List<GroupPlan> _groups = [];
    private readonly List<RankingPlan> _rankings = [];
    private readonly List<TiePlan> _ties = [];
    private readonly List<HashSet<int>> _tieCandidates = [];
    private readonly Dictionary<(SlotKind, string, string?), int> _destinations = [];
    private readonly ScoreSampler _sampler = new();
    private readonly Dictionary<(int, int, bool), int> _regular = [];
    private readonly Dictionary<(int, int, bool), int> _extra = [];
    private readonly ImmutableDictionary<string, int> _deductions;

    private StagePlanBuilder(ForecastRequest request)
    {
        _request = request;
        _competition = request.Competition;
        _table = CompetitionTableBuilder.Build(_competition, request.MatchesOf, request.AsOf);
        _deductions = _competition.DeductionsByTeam();
        foreach (var team in _competition.Teams)
        {
            TeamIndex(team);
        }
    }

    /// <summary>Builds the plan.</summary>
    /// <exception cref="UnmatchedFixException">A what-if names no unplayed group fixture.</exception>
    /// <exception cref="ArgumentException">A ranking's criteria are not overall criteria.</exception>
    public static StagePlan Build(ForecastRequest request)
    {
        var builder = new StagePlanBuilder(request);
        return builder.Plan();
    }

    private StagePlan Plan()
    {
        var fixesLeft = _request.Fixes.ToList();
        var open = new HashSet<(string Home, string Away)>();
        var stages = new List<(int[] Draws, int[] Groups, int[] Rankings, int[] Ties)>();
        for (var s = 0; s < _competition.Stages.Length; s++)
        {
            var stage = _competition.Stages[s];
            var drawOpen = DrawOpen(stage);
            var draw = drawOpen ? AddDraw(stage) : -1;
            var groups = stage.Groups.Select(g => IsOpen(stage, g) ? AddOpenGroup(stage, g, draw) : AddGroup(stage, g, fixesLeft, open)).ToArray();
            var rankings = stage.CrossGroupRankings.Select(r => AddRanking(r, groups)).ToArray();
            var ties = stage.Ties.Select((t, i) => AddTie(stage, t, _table.Stages[s].Ties[i], draw, fixesLeft, open)).ToArray();
            stages.Add((drawOpen ? [draw] : [], groups, rankings, ties));
        }

        EnsureNoFixOfAnOpenTie(fixesLeft);
        GroupFixtures.EnsureAllUsed(fixesLeft, open);
        var (regular, extra) = PairTables();
        var order = _destinations.OrderBy(d => d.Key.Item1).ThenBy(d => d.Value).ToList();
        var remap = new int[order.Count];
        for (var i = 0; i < order.Count; i++)
        {
            remap[order[i].Value] = i;
        }

        Renumber(remap);
        _sampler.Freeze();
        var lots = _teams.Select((t, i) => (i, Lot: StandingsCalculator.Lot(_competition.LotsSeed, t))).OrderBy(x => x.Lot).Select(x => x.i).ToList();
        var lotsRank = new int[_teams.Count];
        for (var r = 0; r < lots.Count; r++)
        {
            lotsRank[lots[r]] = r;
        }

        return new StagePlan
        {
            Competition = _competition,
            Teams = [.. _teams],
            Stages = [.. stages],
            Groups = [.. _groups],
            Rankings = [.. _rankings],
            Ties = [.. _ties],
            Destinations = [.. order.Select(d => new ForecastDestination(d.Key.Item1, d.Key.Item2, d.Key.Item3))],
            Sampler = _sampler,
            Regular = regular,
            Extra = extra,
            RegularResult = _sampler.ResultsOf(regular),
            ExtraResult = _sampler.ResultsOf(extra),
            LotsRank = lotsRank,
            Draws = [.. _draws],
            Lists = [.. _lists],
            DrawRank = DrawRanks(),
            Notes = [.. _notes.Distinct(StringComparer.Ordinal)],
        };
    }

    private void Renumber(int[] remap)
    {
        foreach (var g in _groups)
        {
            Remap(g.SlotDestination, remap);
        }

        foreach (var r in _rankings)
        {
            Remap(r.SlotDestination, remap);
        }

        foreach (var t in _ties)
        {
            t.WinnerDestination = remap[t.WinnerDestination];
            t.LoserDestination = remap[t.LoserDestination];
        }

        static void Remap(int[] slots, int[] remap)
        {
            for (var i = 0; i < slots.Length; i++)
            {
                slots[i] = remap[slots[i]];
            }
        }
    }

    private int TeamIndex(string team)
    {
        if (!_team.TryGetValue(team, out var index))
        {
            index = _teams.Count;
            _team[team] = index;
            _teams.Add(team);
        }

        return index;
    }

    private int Destination(SlotKind kind, string? label, string? destination, string? leadsTo)
    {
        var named = destination is null ? null : _competition.Destinations.FirstOrDefault(d => string.Equals(d.Id, destination, StringComparison.Ordinal));
        var text = named?.Label ?? destination ?? (kind == SlotKind.Advanced ? leadsTo ?? label : label) ?? string.Empty;
        var key = (kind, text, destination);
        if (!_destinations.TryGetValue(key, out var index))
        {
            index = _destinations.Count;
            _destinations[key] = index;
        }

        return index;
    }

    private int[] SlotDestinations(ImmutableArray<SlotRule> slots, int count) =>
        [.. Enumerable.Range(1, count).Select(p => SlotRule.For(slots, p)).Select(s => Destination(s.Kind, s.Label, s.Destination, s.LeadsTo))];

    private int AddGroup(StageDefinition stage, GroupDefinition group, List<FixedResult> fixesLeft, HashSet<(string Home, string Away)> open)
    {
        var (counted, unplayed) = GroupFixtures.Of(_request, stage, group, fixesLeft, open);
        var index = group.Teams.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i, StringComparer.Ordinal);
        var compiled = new CompiledGroup(group.Teams, _competition.PointsOf(stage), _competition.TieBreakersOf(stage), _deductions, _competition.FairPlay, _competition.LotsSeed);
        var forecasts = unplayed.Select(m => new FixtureForecast(m, _request.Predict(m))).ToImmutableArray();
        var simulator = new GroupSimulator(
            compiled,
            counted.Select(m => (index[m.Home], index[m.Away], m.Score!.Value.Home, m.Score!.Value.Away)),
            [.. forecasts.Select(f => new SimulatedFixture(index[f.Match.Home], index[f.Match.Away], f.Distribution.CumulativeProbabilities.ToArray(), f.Distribution.MaxGoals))]);
        _groups.Add(new GroupPlan
        {
            Group = group,
            Stage = stage.Name,
            Simulator = simulator,
            Global = [.. group.Teams.Select(TeamIndex)],
            Forecasts = forecasts,
            SlotDestination = SlotDestinations(group.Slots, group.Teams.Length),
        });
        return _groups.Count - 1;
    }

    private int AddRanking(CrossGroupRanking ranking, int[] stageGroups)
    {
        var blocks = ranking.Criteria.Blocks;
        if (blocks.Any(b => b.Scope != TieBreakScope.Overall || b.ReapplyToSubsets || b.Steps.Any(s => s.OnlyWhenTwoTeamsConcerned)))
        {
            throw new ArgumentException($"ranking '{ranking.Name}': a forecast ranks teams across groups by overall criteria only, applied in turn; its chain '{ranking.Criteria.Name}' has another kind of step");
        }

        var covered = stageGroups.Where(g => ranking.Covers(_groups[g].Group.Name)).ToList();
        var smallest = covered.Min(g => _groups[g].Group.Teams.Length);
        var ranked = covered.Where(g => _groups[g].Group.Teams.Length >= ranking.Position).ToArray();
        var teams = ranked.SelectMany(g => _groups[g].Global).Distinct().ToArray();
        var localOf = new int[_teams.Count];
        Array.Fill(localOf, -1);
        for (var i = 0; i < teams.Length; i++)
        {
            localOf[teams[i]] = i;
        }

        var (allocation, qualifiers) = AllocationOf(ranking, ranked);
        _rankings.Add(new RankingPlan
        {
            Ranking = ranking,
            Groups = ranked,
            Smallest = smallest,
            Steps = [.. blocks.SelectMany(b => b.Steps.Select(s => s.Criterion)).Where(c => c != TieBreakCriterion.Lots), TieBreakCriterion.Lots],
            Teams = teams,
            LocalOf = localOf,
            SlotDestination = SlotDestinations(ranking.Slots, ranked.Length),
            Allocation = allocation,
            AllocationQualifiers = qualifiers,
        });
        return _rankings.Count - 1;
    }

    private (Dictionary<int, int[]>? Rows, int Qualifiers) AllocationOf(CrossGroupRanking ranking, int[] ranked)
    {
        if (ranking.Allocation is not { } table)
        {
            return (null, 0);
        }

        var bit = ranked.Select((g, i) => (Name: _groups[g].Group.Name, i)).ToDictionary(x => x.Name, x => x.i, StringComparer.Ordinal);
        var rows = new Dictionary<int, int[]>();
        foreach (var (key, row) in table.Rows)
        {
            var mask = key.Aggregate(0, (m, c) => m | (1 << bit[c.ToString()]));
            rows[mask] = [.. row.Select(c => bit[c.ToString()])];
        }

        return (rows, table.Rows.Keys.First().Length);
    }
}
