using System.Collections.Immutable;
using Qualify.Domain.Competitions;
using Qualify.Domain.Matches;
using Qualify.Domain.Standings;

namespace Qualify.Scenarios.Tests;

/// <summary>
/// The ranking across groups (<see cref="RankingAnalyzer"/>) against exhaustive enumeration: every combination of scores
/// across the groups and every drawing of lots in each group table, ranked by the reference
/// <see cref="CompetitionTableBuilder.RankAcrossGroups"/>, under the same goal bound (no recheck at a larger one).
/// </summary>
public sealed class RankingBruteForceTests
{
    private const string Stage = "First round";

    public static TheoryData<int, int[], DiscardRule, int> Cases()
    {
        var data = new TheoryData<int, int[], DiscardRule, int>();
        for (var seed = 1; seed <= 6; seed++)
        {
            // Best runner-up (slot 1, then 2-3 a suffix and 1-3 every rank) or best two (1-2), without and with a discard rule.
            data.Add(seed, [3, 3, 3], DiscardRule.None, 1 + (seed % 2));
            data.Add(seed, [4, 3, 3], DiscardRule.BeyondSmallestGroup, 1 + (seed % 2));
            data.Add(seed, [3, 3, 2], DiscardRule.BeyondSmallestGroup, 2 - (seed % 2));
            data.Add(seed, [3, 3, 3], DiscardRule.LastPlaced, 2);
        }

        // Seeds above 6: group A complete, so its runner-up is surely there (a slot can be clinched).
        for (var seed = 7; seed <= 9; seed++)
        {
            data.Add(seed, [3, 3, 3], DiscardRule.None, 1);
            data.Add(seed, [4, 3, 3], DiscardRule.BeyondSmallestGroup, 2);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Analyse_RandomRunnersUpRanking_MatchesEnumeration(int seed, int[] sizes, DiscardRule discard, int qualifiers)
    {
        var (problem, maxGoals) = RandomRanking(seed, sizes, discard, qualifiers);
        var options = new ScenarioOptions { MaxGoals = maxGoals, VerificationGoals = 0 };
        var answers = problem.Groups.Select(g => ScenarioAnalyzer.Analyse(g, options)).ToList();

        var actual = RankingAnalyzer.Analyse(problem, answers, options);
        var expected = Enumerate(problem, maxGoals);

        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Teams.Select(t => t.Team).Order(StringComparer.Ordinal));
        foreach (var team in actual.Teams)
        {
            var (best, worst, statuses) = expected[team.Team];
            Assert.True((best, worst) == (team.BestRank, team.WorstRank), $"seed {seed}: {team.Team} ranks {team.BestRank}-{team.WorstRank}, enumeration {best}-{worst}");
            foreach (var slot in team.Slots)
            {
                Assert.True(statuses[slot.Name] == slot.Status, $"seed {seed}: {team.Team} {slot.Name} {slot.Status}, enumeration {statuses[slot.Name]}");
            }
        }
    }

    [Fact]
    public void Analyse_AllCases_EveryStatusOccurs()
    {
        // Guard against vacuous comparisons: across the cases, some ranking slot is clinched, some eliminated, some open.
        var statuses = Cases().SelectMany(c =>
        {
            var (problem, maxGoals) = RandomRanking((int)c[0], (int[])c[1], (DiscardRule)c[2], (int)c[3]);
            var options = new ScenarioOptions { MaxGoals = maxGoals, VerificationGoals = 0 };
            var answers = problem.Groups.Select(g => ScenarioAnalyzer.Analyse(g, options)).ToList();
            return RankingAnalyzer.Analyse(problem, answers, options).Teams.SelectMany(t => t.Slots.Select(s => s.Status));
        }).ToHashSet();

        Assert.Equal([SlotStatus.Clinched, SlotStatus.Eliminated, SlotStatus.Open], statuses.Order());
    }

    [Fact]
    public void Analyse_DiscardRuleCases_SomeRankDependsOnTheDiscardedTeam()
    {
        // Guard against a vacuous discard test: in at least one case the team discarded in the 4-team group is open, so
        // a runner-up's record there depends on which team ends last.
        var open = Cases().Select(c => ((int)c[0], (int[])c[1], (DiscardRule)c[2], (int)c[3]))
            .Where(c => c.Item3 == DiscardRule.BeyondSmallestGroup && c.Item2[0] == 4)
            .Count(c =>
            {
                var (problem, maxGoals) = RandomRanking(c.Item1, c.Item2, c.Item3, c.Item4);
                var group = problem.Groups[0];
                var lasts = BruteForce.Outcomes(group, maxGoals).SelectMany(r => ScenarioProblem.PositionRanges(group.TableWith(r)).Where(x => x.Value.To == 4).Select(x => x.Key)).ToHashSet(StringComparer.Ordinal);
                return lasts.Count > 1;
            });

        Assert.True(open > 0);
    }

    /// <summary>
    /// Three single round-robin groups of the given sizes with random played scores (0-2 goals a side, so ties are frequent)
    /// and one or two matches left each (none in group A for seeds above 6), ranked at position 2 on points, goal difference and goals scored; goals 0…2 a
    /// side when four matches or fewer are left in all, else 0…1 (so that enumeration stays small).
    /// </summary>
    private static (RankingProblem Problem, int MaxGoals) RandomRanking(int seed, int[] sizes, DiscardRule discard, int qualifiers)
    {
        var random = new Random(seed * 7919 + sizes.Sum() + (int)discard);
        var problems = new List<ScenarioProblem>();
        var groups = new List<GroupDefinition>();
        var left = 0;
        for (var g = 0; g < sizes.Length; g++)
        {
            var name = ((char)('A' + g)).ToString();
            var teams = Enumerable.Range(1, sizes[g]).Select(i => $"{name}{i}").ToImmutableArray();
            var day = new DateOnly(2025, 1, 1);
            var fixtures = new List<Match>();
            for (var i = 0; i < teams.Length; i++)
            {
                for (var j = i + 1; j < teams.Length; j++)
                {
                    fixtures.Add(new Match(day, teams[i], teams[j], null, "test", "x", "y", false));
                    day = day.AddDays(1);
                }
            }

            fixtures = [.. fixtures.OrderBy(_ => random.Next())];
            var remaining = seed > 6 && g == 0 ? 0 : Math.Min(fixtures.Count, 1 + random.Next(2));
            left += remaining;
            var played = fixtures.Take(fixtures.Count - remaining).Select(m => m with { Score = new Score(random.Next(3), random.Next(3)) });
            problems.Add(new ScenarioProblem(name, teams, [.. played], [.. fixtures.Skip(fixtures.Count - remaining)],
                PointsScheme.ThreeOneZero, TieBreakerPresets.Fifa2026Qualifiers, [])
            { Stage = Stage, LotsSeed = 7 });
            groups.Add(new GroupDefinition(name, GroupFormat.SingleRoundRobin, teams, [], [.. fixtures]));
        }

        var ranking = new CrossGroupRanking("Runners-up", 2, TieBreakerPresets.Overall3, discard,
            qualifiers == 1
                ? [new SlotRule(1, 1, SlotKind.Advanced, null), new SlotRule(2, 3, SlotKind.Playoff, null)]
                : [new SlotRule(1, 2, SlotKind.Advanced, null), new SlotRule(3, 3, SlotKind.Eliminated, null)]);
        var stage = new StageDefinition(Stage, [.. groups], [ranking]);
        var competition = new CompetitionDefinition
        {
            Id = "test",
            Name = "test",
            TieBreakers = TieBreakerPresets.Fifa2026Qualifiers,
            Stages = [stage],
            Matches = new InlineFixturesSource(),
            LotsSeed = 7,
        };
        return (new RankingProblem(competition, stage, ranking, [.. problems]), left <= 4 ? 2 : 1);
    }

    /// <summary>
    /// Every combination of scores 0…<paramref name="maxGoals"/> across the groups and every drawing of lots in each group
    /// table, ranked by the reference; per team that some combination puts at position 2: its best and worst rank (lots
    /// in the ranking going either way) and each slot's status (a team away from position 2 is out of every slot).
    /// </summary>
    private static Dictionary<string, (int Best, int Worst, Dictionary<string, SlotStatus> Statuses)> Enumerate(RankingProblem problem, int maxGoals)
    {
        var slots = RankingAnalyzer.SlotsOf(problem);
        var perGroup = problem.Groups.Select(g => BruteForce.Outcomes(g, maxGoals)
            .SelectMany(results => Drawings(g.TableWith(results)).Select(table => ((IReadOnlyList<Match>)[.. g.Played, .. results], table)))
            .ToList()).ToList();
        var ranks = new Dictionary<string, List<(int From, int To)>>(StringComparer.Ordinal);
        var away = new HashSet<string>(StringComparer.Ordinal);
        var competition = problem.Competition with { FairPlay = ImmutableDictionary<string, int>.Empty };
        foreach (var combination in Product(perGroup))
        {
            var ranking = CompetitionTableBuilder.RankAcrossGroups(competition, problem.Stage, problem.Ranking, combination);
            foreach (var (team, range) in ScenarioProblem.PositionRanges(ranking.Table))
            {
                if (!ranks.TryGetValue(team, out var list))
                {
                    ranks[team] = list = [];
                }

                list.Add(range);
            }

            foreach (var (_, table) in combination)
            {
                away.UnionWith(table.Rows.Where(r => r.Position != problem.Position).Select(r => r.Team));
            }
        }

        return ranks.ToDictionary(kv => kv.Key, kv =>
        {
            var best = kv.Value.Min(r => r.From);
            var worst = kv.Value.Max(r => r.To);
            var statuses = slots.ToDictionary(s => s.Name, s =>
            {
                var inside = kv.Value.Any(r => r.From <= s.To && r.To >= s.From);
                var outside = away.Contains(kv.Key) || kv.Value.Any(r => r.From < s.From || r.To > s.To);
                return !inside ? SlotStatus.Eliminated : outside ? SlotStatus.Open : SlotStatus.Clinched;
            });
            return (best, worst, statuses);
        }, StringComparer.Ordinal);
    }

    /// <summary>Every order of <paramref name="table"/>'s rows that a drawing of lots can give (rows level up to lots permuted).</summary>
    private static IEnumerable<GroupStandings> Drawings(GroupStandings table)
    {
        var runs = table.Rows.GroupBy(r => ScenarioProblem.PositionRange(table, r.Team)).Select(g => g.ToList()).ToList();
        IEnumerable<List<StandingsRow>> Orders(int k) => k == runs.Count
            ? [[]]
            : Permutations(runs[k]).SelectMany(p => Orders(k + 1).Select(rest => p.Concat(rest).ToList()));
        return Orders(0).Select(rows => table with { Rows = [.. rows.Select((r, i) => r with { Position = i + 1 })] });
    }

    private static IEnumerable<List<T>> Permutations<T>(List<T> items) => items.Count <= 1
        ? [items]
        : items.SelectMany((x, i) => Permutations(items.Where((_, j) => j != i).ToList()).Select(rest => (List<T>)[x, .. rest]));

    private static IEnumerable<List<T>> Product<T>(List<List<T>> lists) => lists.Count == 0
        ? [[]]
        : lists[0].SelectMany(x => Product(lists.Skip(1).ToList()).Select(rest => (List<T>)[x, .. rest]));
}
