using Qualify.Domain.Competitions;
using Qualify.Domain.Matches;
using Qualify.Models;

namespace Qualify.Simulation;

/// <summary>The ties of a <see cref="StagePlanBuilder"/>: their places, their state at the date, and their pairings' distributions.</summary>
internal sealed partial class StagePlanBuilder
{
    private readonly Dictionary<(int, int, bool), ScorelineDistribution> _predicted = [];

    private int AddTie(StageDefinition stage, TieDefinition tie, TieStanding standing, int draw, List<FixedResult> fixesLeft, HashSet<(string Home, string Away)> open)
    {
        var home = DrawnOr(draw, tie.Home, EntrantOf);
        var away = DrawnOr(draw, tie.Away, EntrantOf);
        var plan = new TiePlan
        {
            Tie = tie,
            Home = home,
            Away = away,
            Walkover = tie.Walkover is { } w ? TeamIndex(w) : -1,
            WinnerDestination = Destination(tie.Winner.Kind, tie.Winner.Label, tie.Winner.Destination, tie.Winner.LeadsTo),
            LoserDestination = Destination(tie.Loser.Kind, tie.Loser.Label, tie.Loser.Destination, tie.Loser.LeadsTo),
        };
        if (draw < 0 && standing is { Home: { } h, Away: { } a })
        {
            var legs = standing.Result?.Played ?? [];
            if (standing.Result?.Winner is null && tie.Walkover is null)
            {
                legs = [.. legs, .. FixedLegs(tie, h, a, legs.Length, fixesLeft, open)];
            }

            plan = Known(plan, TeamIndex(h), TeamIndex(a), standing.Result?.Winner, legs);
        }

        var homes = Candidates(plan.Home);
        var aways = Candidates(plan.Away);
        _tieCandidates.Add([.. homes, .. aways]);
        if (plan.Decided < 0)
        {
            var date = _request.AsOf ?? (_competition.SourceOf(stage) as HistoryFilterSource)?.To ?? tie.Fixtures.Select(m => m.Date).DefaultIfEmpty().Max();
            var tournament = (_competition.SourceOf(stage) as HistoryFilterSource)?.Tournament ?? "FIFA World Cup qualification";
            foreach (var x in homes)
            {
                foreach (var y in aways.Where(y => y != x))
                {
                    RequirePairings(tie, x, y, plan.PlayedLegs, date, tournament);
                }
            }
        }

        _ties.Add(plan);
        return _ties.Count - 1;
    }

    /// <summary>
    /// The legs of an undecided tie between known teams that what-ifs of <paramref name="fixesLeft"/> fix, in order, each
    /// removed from the list: the next leg to play (the first-named team at home in the first match, the other at home in
    /// the second leg), then the one after it. Its unfixed legs go to <paramref name="open"/>.
    /// </summary>
    /// <exception cref="UnusableFixException">A what-if fixes the second leg while the first is neither played nor fixed.</exception>
    private List<Match> FixedLegs(TieDefinition tie, string home, string away, int played, List<FixedResult> fixesLeft, HashSet<(string Home, string Away)> open)
    {
        var legs = tie.Format == PlayoffFormat.TwoLegs ? new[] { (home, away), (away, home) } : [(home, away)];
        var date = _request.AsOf ?? DateOnly.MaxValue;
        var fixedLegs = new List<Match>();
        for (var leg = played; leg < legs.Length; leg++)
        {
            var (h, a) = legs[leg];
            var fix = fixesLeft.FirstOrDefault(f => string.Equals(f.Home, h, StringComparison.Ordinal) && string.Equals(f.Away, a, StringComparison.Ordinal));
            if (fix is null)
            {
                open.UnionWith(legs.Skip(leg));
                if (leg + 1 < legs.Length && fixesLeft.FirstOrDefault(f => string.Equals(f.Home, legs[leg + 1].Item1, StringComparison.Ordinal)
                    && string.Equals(f.Away, legs[leg + 1].Item2, StringComparison.Ordinal)) is { } second)
                {
                    throw new UnusableFixException(second, $"it is the second leg of {tie.Name}, whose first leg ({h} v {a}) is neither played nor fixed: fix the first leg as well");
                }

                break;
            }

            fixesLeft.Remove(fix);
            fixedLegs.Add(new Match(date, h, a, fix.Score, string.Empty, string.Empty, string.Empty, tie.Neutral));
        }

        return fixedLegs;
    }

    /// <summary>Refuses a what-if between two teams that may meet in a tie whose teams are not known at the date.</summary>
    /// <exception cref="UnusableFixException">Such a what-if is left.</exception>
    private void EnsureNoFixOfAnOpenTie(List<FixedResult> fixesLeft)
    {
        foreach (var fix in fixesLeft)
        {
            var (home, away) = (_team.GetValueOrDefault(fix.Home, -1), _team.GetValueOrDefault(fix.Away, -1));
            for (var t = 0; t < _ties.Count; t++)
            {
                if ((_ties[t].Home.Kind != EntrantKind.Team || _ties[t].Away.Kind != EntrantKind.Team) && _ties[t].Decided < 0 && home >= 0 && away >= 0
                    && (Candidates(_ties[t].Home).Contains(home) || Candidates(_ties[t].Away).Contains(home))
                    && (Candidates(_ties[t].Home).Contains(away) || Candidates(_ties[t].Away).Contains(away)))
                {
                    throw new UnusableFixException(fix, $"{fix.Home} v {fix.Away} would be {_ties[t].Tie.Name}, whose teams are not known at the date: only a match between known teams can be fixed");
                }
            }
        }
    }

    /// <summary>A tie whose teams are known at the date: its legs played (or fixed by a what-if), and its winner once decided.</summary>
    private TiePlan Known(TiePlan plan, int home, int away, string? winner, IReadOnlyList<Match> legs)
    {
        var homeTeam = _teams[home];
        return new TiePlan
        {
            Tie = plan.Tie,
            Home = new EntrantRef(EntrantKind.Team, home, 0),
            Away = new EntrantRef(EntrantKind.Team, away, 0),
            Walkover = plan.Walkover,
            Decided = winner is not null ? TeamIndex(winner) : -1,
            PlayedLegs = legs.Count,
            HomeGoals = legs.Sum(m => m.GoalsOf(homeTeam)),
            AwayGoals = legs.Sum(m => m.GoalsOf(_teams[away])),
            HomeAwayGoals = legs.Where(m => string.Equals(m.Away, homeTeam, StringComparison.Ordinal)).Sum(m => m.Score!.Value.Away),
            AwayAwayGoals = legs.Where(m => string.Equals(m.Home, homeTeam, StringComparison.Ordinal)).Sum(m => m.Score!.Value.Away),
            WinnerDestination = plan.WinnerDestination,
            LoserDestination = plan.LoserDestination,
        };
    }

    private EntrantRef EntrantOf(Entrant entrant) => entrant switch
    {
        TeamEntrant team => new EntrantRef(EntrantKind.Team, TeamIndex(team.Name), 0),
        GroupPositionEntrant g => new EntrantRef(EntrantKind.GroupPosition, Find(_groups, p => string.Equals(p.Group.Name, g.Group, StringComparison.Ordinal)
            && (g.Stage is null || string.Equals(p.Stage, g.Stage, StringComparison.Ordinal)), g.Describe()), g.Position - 1),
        RankingEntrant r => new EntrantRef(EntrantKind.Rank, Find(_rankings, p => string.Equals(p.Ranking.Name, r.Ranking, StringComparison.Ordinal), r.Describe()), r.Rank - 1),
        AllocatedEntrant a => AllocatedOf(a),
        TieEntrant t => new EntrantRef(t.Winner ? EntrantKind.TieWinner : EntrantKind.TieLoser, Find(_ties, p => string.Equals(p.Tie.Name, t.Tie, StringComparison.Ordinal), t.Describe()), 0),
        ListEntrant l => new EntrantRef(EntrantKind.Listed, ListOf(l.List), l.Pick - 1),
        _ => throw new ArgumentOutOfRangeException(nameof(entrant), entrant, null),
    };

    /// <summary>The plan of <paramref name="list"/>, added on first use: each listed team with its group in the list's stage.</summary>
    private int ListOf(PriorityList list)
    {
        var index = _lists.FindIndex(p => string.Equals(p.Name, list.Name, StringComparison.Ordinal));
        if (index >= 0)
        {
            return index;
        }

        var teams = list.Teams.Select(TeamIndex).ToArray();
        var groups = teams.Select(t => _groups.FindIndex(g => string.Equals(g.Stage, list.Stage, StringComparison.Ordinal) && g.Global.Contains(t))).ToArray();
        if (groups.Any(g => g >= 0 && _groups[g].Open is not null))
        {
            throw new ArgumentException($"list '{list.Name}': a listed team's group in stage '{list.Stage}' has places still open at the date");
        }

        _lists.Add(new ListPlan { Name = list.Name, Teams = teams, Group = groups, Outside = list.Outside });
        return _lists.Count - 1;
    }

    private EntrantRef AllocatedOf(AllocatedEntrant entrant)
    {
        var ranking = Find(_rankings, p => string.Equals(p.Ranking.Name, entrant.Ranking, StringComparison.Ordinal), entrant.Describe());
        var column = _rankings[ranking].Ranking.Allocation?.Against.IndexOf(entrant.Against) ?? -1;
        return column >= 0
            ? new EntrantRef(EntrantKind.Allocated, ranking, column)
            : throw new ArgumentException($"{entrant.Describe()}: the ranking's allocation table has no column {entrant.Against}");
    }

    private static int Find<T>(List<T> items, Func<T, bool> match, string place)
    {
        var index = items.FindIndex(x => match(x));
        return index >= 0 ? index : throw new ArgumentException($"{place}: no earlier group, ranking or tie fills this place");
    }

    private HashSet<int> Candidates(EntrantRef entrant) => entrant.Kind switch
    {
        EntrantKind.Team => [entrant.Index],
        EntrantKind.GroupPosition => [.. _groups[entrant.Index].Global],
        EntrantKind.Rank or EntrantKind.Allocated => [.. _rankings[entrant.Index].Teams],
        EntrantKind.Drawn => DrawnCandidates(entrant.Index, entrant.Number),
        EntrantKind.Listed => [.. _lists[entrant.Index].Teams],
        _ => _tieCandidates[entrant.Index],
    };

    /// <summary>The distributions a tie between <paramref name="home"/> and <paramref name="away"/> may need: its remaining legs, and extra time.</summary>
    private void RequirePairings(TieDefinition tie, int home, int away, int playedLegs, DateOnly date, string tournament)
    {
        if (tie.Format == PlayoffFormat.SingleMatch)
        {
            Require(_regular, home, away, tie.Neutral, date, tournament);
            if (tie.ExtraTime)
            {
                Require(_extra, home, away, tie.Neutral, date, tournament);
            }

            return;
        }

        if (playedLegs == 0)
        {
            Require(_regular, home, away, false, date, tournament);
        }

        Require(_regular, away, home, false, date, tournament);
        if (tie.ExtraTime)
        {
            Require(_extra, away, home, false, date, tournament);
        }
    }

    private void Require(Dictionary<(int, int, bool), int> into, int home, int away, bool neutral, DateOnly date, string tournament)
    {
        var key = (home, away, neutral);
        if (into.ContainsKey(key))
        {
            return;
        }

        if (!_predicted.TryGetValue(key, out var regular))
        {
            regular = _request.Predict(new Match(date, _teams[home], _teams[away], null, tournament, string.Empty, string.Empty, neutral));
            _predicted[key] = regular;
        }

        into[key] = _sampler.Add(ReferenceEquals(into, _extra) ? PlayoffOdds.ExtraTime(regular) : regular);
    }

    /// <summary>The flat pairing tables of <see cref="StagePlan.Regular"/> and <see cref="StagePlan.Extra"/>.</summary>
    private (int[] Regular, int[] Extra) PairTables()
    {
        var n = _teams.Count;
        int[] Flatten(Dictionary<(int, int, bool), int> pairs)
        {
            var flat = new int[2 * n * n];
            Array.Fill(flat, -1);
            foreach (var ((home, away, neutral), index) in pairs)
            {
                flat[((neutral ? 1 : 0) * n * n) + (home * n) + away] = index;
            }

            return flat;
        }

        return (Flatten(_regular), Flatten(_extra));
    }
}
