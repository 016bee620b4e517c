using System.Collections.Immutable;
using Qualify.Domain.Competitions;
using Qualify.Domain.Matches;

namespace Qualify.Domain.Standings;

/// <summary>What a group table is computed from.</summary>
/// <param name="Group">The group's name.</param>
/// <param name="Teams">The group's teams.</param>
/// <param name="Matches">The played matches to count (scores present, decisions already applied).</param>
/// <param name="Points">The points scheme.</param>
/// <param name="TieBreakers">The tie-breaker chain.</param>
public sealed record StandingsInput(
    string Group,
    ImmutableArray<string> Teams,
    IReadOnlyList<Match> Matches,
    PointsScheme Points,
    TieBreakerChain TieBreakers)
{
    /// <summary>Points deducted per team.</summary>
    public IReadOnlyDictionary<string, int> Deductions { get; init; } = ImmutableDictionary<string, int>.Empty;

    /// <summary>Fair-play points per team (higher is better); teams absent count 0.</summary>
    public IReadOnlyDictionary<string, int> FairPlay { get; init; } = ImmutableDictionary<string, int>.Empty;

    /// <summary>The seed of the drawing of lots.</summary>
    public int LotsSeed { get; init; } = 1;

    /// <summary>The slots by position.</summary>
    public ImmutableArray<SlotRule> Slots { get; init; } = [];

    /// <summary>Matches of the group still to play, for the table's footer.</summary>
    public int MatchesRemaining { get; init; }

    /// <summary>
    /// Whether matches against teams outside <see cref="Teams"/> count for the team inside (a ranking across
    /// groups). When <see langword="false"/>, such a match is an error.
    /// </summary>
    public bool CountOpponentsOutsideTable { get; init; }
}

/// <summary>
/// Computes a group table under a tie-breaker chain: the statistics of every team, then a strict order built
/// block by block. Teams level on every criterion of a block go on to the next block; in a head-to-head block
/// the teams concerned are those level when the block starts, and with re-application a smaller subset still
/// level restarts the block over its own mini-league. Drawing of lots ends every chain.
/// </summary>
public static class StandingsCalculator
{
    /// <summary>Computes the table.</summary>
    /// <exception cref="ArgumentException">A match involves a team outside the group.</exception>
    public static GroupStandings Compute(StandingsInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var teams = input.Teams;
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < teams.Length; i++)
        {
            index[teams[i]] = i;
        }

        var games = new List<(int Home, int Away, Score Score)>(input.Matches.Count);
        foreach (var match in input.Matches)
        {
            if (match.Score is not { } score)
            {
                continue;
            }

            var h = index.GetValueOrDefault(match.Home, -1);
            var a = index.GetValueOrDefault(match.Away, -1);
            if ((h < 0 || a < 0) && !(input.CountOpponentsOutsideTable && (h >= 0 || a >= 0)))
            {
                throw new ArgumentException($"match {match} involves a team outside group '{input.Group}'", nameof(input));
            }

            games.Add((h, a, score));
        }

        var context = new RankingContext(input, games);
        var all = Enumerable.Range(0, teams.Length).ToList();
        var overall = context.Totals(all, restrictToSet: false);
        var ranked = context.Rank(all, 0);

        var rows = ImmutableArray.CreateBuilder<StandingsRow>(teams.Length);
        for (var p = 0; p < ranked.Count; p++)
        {
            var (team, separation) = ranked[p];
            var t = overall[team];
            rows.Add(new StandingsRow
            {
                Position = p + 1,
                Team = teams[team],
                Played = t.Played,
                Won = t.Won,
                Drawn = t.Drawn,
                Lost = t.Lost,
                GoalsFor = t.GoalsFor,
                GoalsAgainst = t.GoalsAgainst,
                Points = t.Points,
                Deduction = context.Deduction(team),
                Slot = SlotRule.For(input.Slots, p + 1),
                DecidedBy = separation,
            });
        }

        return new GroupStandings(input.Group, rows.MoveToImmutable(), games.Count, input.MatchesRemaining);
    }

    /// <summary>
    /// A deterministic lot for a team: a SplitMix64 hash of the seed and the team's name, so that the drawn order
    /// depends on neither the input order nor the platform.
    /// </summary>
    public static ulong Lot(int seed, string team)
    {
        var x = unchecked((ulong)(uint)seed * 0x9E3779B97F4A7C15UL);
        foreach (var c in team)
        {
            x = Mix(x ^ c);
        }

        return Mix(x);
    }

    private static ulong Mix(ulong z)
    {
        unchecked
        {
            z += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    internal struct Totals
    {
        public int Played;
        public int Won;
        public int Drawn;
        public int Lost;
        public int GoalsFor;
        public int GoalsAgainst;
        public int AwayGoalsFor;
        public int AwayWins;
        public int Points;
    }

    private sealed class RankingContext(StandingsInput input, List<(int Home, int Away, Score Score)> games)
    {
        private readonly ImmutableArray<TieBreakBlock> _blocks = input.TieBreakers.Blocks;

        public int Deduction(int team) => input.Deductions.TryGetValue(input.Teams[team], out var d) ? d : 0;

        public Totals[] Totals(IReadOnlyList<int> set, bool restrictToSet)
        {
            var totals = new Totals[input.Teams.Length];
            var member = new bool[input.Teams.Length];
            foreach (var t in set)
            {
                member[t] = true;
            }

            var scheme = input.Points;
            var outsider = default(Totals);
            foreach (var (home, away, score) in games)
            {
                if (restrictToSet && !(home >= 0 && away >= 0 && member[home] && member[away]))
                {
                    continue;
                }

                // An opponent outside the table (a ranking across groups) accumulates into a scratch record.
                ref var h = ref home >= 0 ? ref totals[home] : ref outsider;
                ref var a = ref away >= 0 ? ref totals[away] : ref outsider;
                AddMatch(ref h, ref a, score, scheme);
            }

            if (!restrictToSet)
            {
                for (var t = 0; t < totals.Length; t++)
                {
                    totals[t].Points -= Deduction(t);
                }
            }

            return totals;
        }

        /// <summary>Adds one match to its home team's and away team's totals under <paramref name="scheme"/>.</summary>
        private static void AddMatch(ref Totals h, ref Totals a, Score score, PointsScheme scheme)
        {
            h.Played++;
            a.Played++;
            h.GoalsFor += score.Home;
            h.GoalsAgainst += score.Away;
            a.GoalsFor += score.Away;
            a.GoalsAgainst += score.Home;
            a.AwayGoalsFor += score.Away;
            switch (score.Outcome)
            {
                case MatchOutcome.HomeWin:
                    h.Won++;
                    a.Lost++;
                    h.Points += scheme.Win;
                    a.Points += scheme.Loss;
                    break;
                case MatchOutcome.AwayWin:
                    a.Won++;
                    a.AwayWins++;
                    h.Lost++;
                    a.Points += scheme.Win;
                    h.Points += scheme.Loss;
                    break;
                default:
                    h.Drawn++;
                    a.Drawn++;
                    h.Points += scheme.Draw;
                    a.Points += scheme.Draw;
                    break;
            }
        }

        private int Value(TieBreakCriterion criterion, Totals[] totals, int team) => criterion switch
        {
            TieBreakCriterion.Points => totals[team].Points,
            TieBreakCriterion.GoalDifference => totals[team].GoalsFor - totals[team].GoalsAgainst,
            TieBreakCriterion.GoalsFor => totals[team].GoalsFor,
            TieBreakCriterion.AwayGoalsFor => totals[team].AwayGoalsFor,
            TieBreakCriterion.Wins => totals[team].Won,
            TieBreakCriterion.AwayWins => totals[team].AwayWins,
            TieBreakCriterion.FairPlay => input.FairPlay.TryGetValue(input.Teams[team], out var fp) ? fp : 0,
            _ => throw new ArgumentOutOfRangeException(nameof(criterion), criterion, null),
        };

        /// <summary>Orders <paramref name="set"/> from block <paramref name="blockIndex"/> on.</summary>
        public List<(int Team, Separation? Separation)> Rank(List<int> set, int blockIndex)
        {
            if (set.Count == 1)
            {
                return [(set[0], null)];
            }

            var block = _blocks[blockIndex];
            var subsets = Partition(set, block);
            var result = new List<(int Team, Separation? Separation)>(set.Count);
            foreach (var (subset, separation) in subsets)
            {
                if (result.Count > 0)
                {
                    result[^1] = (result[^1].Team, separation);
                }

                var reapply = block.ReapplyToSubsets && subset.Count > 1 && subset.Count < set.Count;
                result.AddRange(subset.Count == 1 ? [(subset[0], null)] : Rank(subset, reapply ? blockIndex : blockIndex + 1));
            }

            return result;
        }

        /// <summary>
        /// Splits <paramref name="set"/> by the block's criteria in turn, over the block's scope. Returns the
        /// subsets in order, each with the separation from the subset before it.
        /// </summary>
        private List<(List<int> Subset, Separation? Separation)> Partition(List<int> set, TieBreakBlock block)
        {
            if (block.Steps is [{ Criterion: TieBreakCriterion.Lots }])
            {
                var drawn = set.OrderBy(t => Lot(input.LotsSeed, input.Teams[t])).ToList();
                return [.. drawn.Select((t, i) => (new List<int> { t },
                    i == 0 ? null : new Separation(block.Scope, TieBreakCriterion.Lots, string.Empty, string.Empty)))];
            }

            var totals = Totals(set, restrictToSet: block.Scope == TieBreakScope.HeadToHead);
            var parts = new List<(List<int> Subset, Separation? Separation)> { (set, null) };
            foreach (var step in block.Steps)
            {
                if (step.OnlyWhenTwoTeamsConcerned && set.Count != 2)
                {
                    continue;
                }

                var next = new List<(List<int> Subset, Separation? Separation)>();
                foreach (var (subset, separation) in parts)
                {
                    if (subset.Count == 1)
                    {
                        next.Add((subset, separation));
                        continue;
                    }

                    var groups = subset.GroupBy(t => Value(step.Criterion, totals, t)).OrderByDescending(g => g.Key).ToList();
                    for (var g = 0; g < groups.Count; g++)
                    {
                        var sep = g == 0
                            ? separation
                            : new Separation(block.Scope, step.Criterion,
                                TieBreakText.Value(step.Criterion, groups[g - 1].Key),
                                TieBreakText.Value(step.Criterion, groups[g].Key));
                        next.Add((groups[g].ToList(), sep));
                    }
                }

                parts = next;
            }

            return parts;
        }
    }
}
