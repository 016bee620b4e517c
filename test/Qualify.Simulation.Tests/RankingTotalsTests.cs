using Qualify.Domain.Competitions;
using Qualify.Domain.Standings;

namespace Qualify.Simulation.Tests;

/// <summary>
/// A team's totals for a ranking across groups (<see cref="RankingTotals"/>): summed from packed per-match totals on
/// the fast path, they must equal the totals summed from the goals, whatever matches the discard rule drops.
/// </summary>
public sealed class RankingTotalsTests
{
    [Fact]
    public void Pack_ThreeMatches_SumHoldsEachTotal()
    {
        // Hand calculation under 3-1-0: won 2-1 at home (3 points), drew 0-0 away (1), lost 1-3 away (0): 4 points,
        // 3 goals for, 4 against, 1 away goal, 1 win, no away win.
        var group = new CompiledGroup(["A", "B"], PointsScheme.ThreeOneZero, TieBreakerPresets.Overall3,
            new Dictionary<string, int>(), new Dictionary<string, int>(), lotsSeed: 1);

        var sum = RankingTotals.Pack(group, 2, 1, 0) + RankingTotals.Pack(group, 0, 0, 1) + RankingTotals.Pack(group, 1, 3, 1);

        Assert.Equal((4, 3, 4, 1, 1, 0), RankingTotals.Unpack(sum));
    }

    [Fact]
    public void SumWithout_RandomTablesAndDiscards_EqualSumsFromGoals()
    {
        // Random six-team double round robins (some matches played, the rest simulated, scores 0-3) and a random set
        // of dropped opponents for each team: the packed sum over the team's played and simulated matches, less those
        // against the dropped teams, must equal the totals summed from the goals on every total.
        var random = new Random(3);
        var mismatches = 0;
        for (var g = 0; g < 40; g++)
        {
            var (simulator, group) = GroupSimulatorEquivalenceTests.Build(TieBreakerPresets.Fifa2026Qualifiers, random);
            simulator.Replay((ulong)g, 50, w =>
            {
                Assert.True(RankingTotals.CanSumPacked(w));
                for (var team = 0; team < group.TeamCount; team++)
                {
                    var dropped = Enumerable.Range(0, group.TeamCount).Select(_ => random.Next(3) == 0 ? 1 : 0).ToArray();
                    var droppedTeams = Enumerable.Range(0, group.TeamCount).Where(t => dropped[t] == 1).ToArray();
                    var sum = RankingTotals.Unpack(RankingTotals.SumWithout(w, team, droppedTeams));
                    mismatches += sum == RankingTotals.Sums(group, w, team, dropped) ? 0 : 1;
                }
            });
        }

        Assert.Equal(0, mismatches);
    }
}
