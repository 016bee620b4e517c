using Qualify.Domain.Competitions;
using Qualify.Domain.Matches;
using Qualify.Domain.Standings;

namespace Qualify.Scenarios.Tests;

/// <summary>
/// The CP-SAT answers equal those of exhaustive enumeration under the same goal bound (no recheck at a larger bound,
/// so that both sides see exactly the same set of outcomes).
/// </summary>
public sealed class BruteForceEquivalenceTests
{
    private static readonly string[] Teams = ["A", "B", "C", "D"];

    /// <summary>A 4-team double round robin (by default the CONCACAF 2022 chain: h2h and two-team away goals) with random played scores.</summary>
    private static ScenarioProblem RandomGroup(int seed, int remaining, string chain = "concacaf-2022")
    {
        var random = new Random(seed);
        var fixtures = new List<Match>();
        var day = new DateOnly(2021, 9, 1);
        foreach (var home in Teams)
        {
            foreach (var away in Teams.Where(t => t != home))
            {
                fixtures.Add(new Match(day, home, away, null, "test", "x", "y", false));
                day = day.AddDays(1);
            }
        }

        fixtures = [.. fixtures.OrderBy(_ => random.Next())];
        // Small scores make ties on points, goal difference and goals frequent, so that every criterion is exercised.
        var played = fixtures.Take(fixtures.Count - remaining).Select(m => m with { Score = new Score(random.Next(3), random.Next(3)) });
        return new ScenarioProblem("test", [.. Teams], [.. played], [.. fixtures.Skip(fixtures.Count - remaining)],
            PointsScheme.ThreeOneZero, TieBreakerPresets.All[chain],
            [new SlotRule(1, 1, SlotKind.Qualified, null), new SlotRule(2, 2, SlotKind.Playoff, null)]);
    }

    private static void AssertSame(ScenarioProblem problem, int maxGoals)
    {
        var expected = BruteForce.Analyse(problem, maxGoals);
        var actual = ScenarioAnalyzer.Analyse(problem, new ScenarioOptions { MaxGoals = maxGoals, VerificationGoals = 0 });
        foreach (var team in actual.Teams)
        {
            var (best, worst, slots) = expected[team.Team];
            Assert.True((best, worst) == (team.BestPosition, team.WorstPosition), $"{team.Team}: brute force {best}-{worst}, solver {team.BestPosition}-{team.WorstPosition}");
            foreach (var slot in team.Slots)
            {
                Assert.True(slots[slot.Name] == slot.Status, $"{team.Team} {slot.Name}: brute force {slots[slot.Name]}, solver {slot.Status}");
            }
        }
    }

    public static TheoryData<int, int, int> Cases()
    {
        var data = new TheoryData<int, int, int>();
        for (var seed = 1; seed <= 6; seed++)
        {
            data.Add(seed, 6, 1);
            data.Add(seed, 5, 2);
            data.Add(seed, 4, 3);
            data.Add(seed, 3, 3);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Analyse_FourTeamDoubleRoundRobin_MatchesBruteForce(int seed, int remaining, int maxGoals) =>
        AssertSame(RandomGroup(seed, remaining), maxGoals);

    /// <summary>
    /// Seeds of 4-team groups with 2–4 matches left (one or two matchdays) under the chains that re-apply head-to-head
    /// criteria to subsets, chosen so that, within the goal bound, some completion is decided by the re-application (a
    /// three-way tie or larger whose head-to-head leaves two teams level): <see cref="Analyse_ReapplyingChain_MatchesBruteForce"/>
    /// asserts it, so that no case passes vacuously.
    /// </summary>
    public static TheoryData<string, int, int, int> ReapplyingCases() => new()
    {
        { "uefa", 2, 4, 2 },
        { "uefa", 10, 4, 2 },
        { "uefa", 11, 3, 3 },
        { "uefa", 19, 3, 3 },
        { "uefa", 7, 2, 4 },
        { "fifa-2026-qualifiers", 10, 4, 2 },
        { "fifa-2026-qualifiers", 21, 4, 2 },
        { "fifa-2026-qualifiers", 87, 3, 3 },
    };

    [Theory]
    [MemberData(nameof(ReapplyingCases))]
    public void Analyse_ReapplyingChain_MatchesBruteForce(string chain, int seed, int remaining, int maxGoals)
    {
        var problem = RandomGroup(seed, remaining, chain);

        Assert.True(BruteForce.ReappliedOutcomes(problem, maxGoals) > 0, $"{chain} seed {seed}: no completion is decided by the re-application");
        AssertSame(problem, maxGoals);
    }

    [Fact]
    public void Analyse_OctagonLastMatchday_MatchesBruteForce() => AssertSame(Octagon.At("2022-03-28"), 3);

    private static string Answers(GroupScenarios g) =>
        string.Join("; ", g.Teams.Select(t => $"{t.Team} {t.BestPosition}-{t.WorstPosition} {string.Join(",", t.Slots.Select(s => s.Status))}"));

    [Fact]
    public void Analyse_OctagonLastMatchday_SameAnswersAtTwelveAndFortyEightGoals()
    {
        var twelve = ScenarioAnalyzer.Analyse(Octagon.At("2022-03-28"), new ScenarioOptions { MaxGoals = 12, VerificationGoals = 0 });
        var fortyEight = ScenarioAnalyzer.Analyse(Octagon.At("2022-03-28"), new ScenarioOptions { MaxGoals = 48, VerificationGoals = 0 });

        Assert.Equal(Answers(twelve), Answers(fortyEight));
    }

    /// <summary>
    /// Margins matter on the last matchday (table of 28 March 2022): United States (25 points, +13) finish fourth only if Costa
    /// Rica (22, +3) beat them by six goals or more, which three goals a side cannot express.
    /// </summary>
    [Fact]
    public void Analyse_OctagonLastMatchday_ThreeGoalsIsTooSmallABound()
    {
        var three = ScenarioAnalyzer.Analyse(Octagon.At("2022-03-28"), new ScenarioOptions { MaxGoals = 3, VerificationGoals = 0 });
        var automatic = ScenarioAnalyzer.Analyse(Octagon.At("2022-03-28"), new ScenarioOptions { MaxGoals = 3 });

        Assert.Equal(SlotStatus.Clinched, three.Teams.Single(t => t.Team == "United States").Slots[0].Status);
        Assert.Equal(SlotStatus.Open, automatic.Teams.Single(t => t.Team == "United States").Slots[0].Status);
    }
}
