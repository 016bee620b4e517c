using System.Collections.Immutable;
using Qualify.Domain.Competitions;
using Qualify.Domain.Matches;
using Qualify.Domain.Standings;

namespace Qualify.Simulation.Tests;

/// <summary>
/// The simulator's hot path (alias sampling, first-block keys kept match by match, lazy totals for later blocks) must
/// rank every simulated table exactly as the reference engine (<see cref="StandingsCalculator"/>, the one behind
/// <c>qualify table</c>) ranks the same results. Scores are drawn from 0–3 with random probabilities so that ties on
/// points, goal difference and goals are frequent; deductions and fair-play points exercise the key constants.
/// </summary>
public sealed class GroupSimulatorEquivalenceTests
{
    private const int Outcomes = 100_000;
    private const int MaxGoals = 3;
    private static readonly ImmutableArray<string> Teams = ["A", "B", "C", "D", "E", "F"];
    private static readonly ImmutableDictionary<string, int> Deductions = ImmutableDictionary<string, int>.Empty.Add("B", 1);
    private static readonly ImmutableDictionary<string, int> FairPlay = ImmutableDictionary<string, int>.Empty.Add("C", -2).Add("D", -1);

    public static TheoryData<string> Presets => [.. TieBreakerPresets.All.Keys.Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Presets))]
    public void Replay_RandomOutcomes_EqualsStandingsCalculator(string preset)
    {
        var mismatches = CountMismatches(TieBreakerPresets.All[preset], Outcomes / TieBreakerPresets.All.Count);

        Assert.Equal(0, mismatches);
    }

    [Fact]
    public void Replay_ChainStartingWithHeadToHead_EqualsStandingsCalculator()
    {
        // A chain whose first block is not overall points takes the simulator's general path (totals recomputed
        // for every table); it must agree with the engine as well.
        var chain = new TieBreakerChain("custom",
        [
            new TieBreakBlock(TieBreakScope.HeadToHead, [new TieBreakStep(TieBreakCriterion.Points), new TieBreakStep(TieBreakCriterion.GoalDifference)], ReapplyToSubsets: true),
            new TieBreakBlock(TieBreakScope.Overall, [new TieBreakStep(TieBreakCriterion.Points), new TieBreakStep(TieBreakCriterion.GoalsFor), new TieBreakStep(TieBreakCriterion.Wins)]),
        ]);

        Assert.Equal(0, CountMismatches(chain, 20_000));
    }

    [Fact]
    public void Run_OneChunk_CountsEqualTallyOfReplayedTables()
    {
        // Run counts chunk 0 with the same generator as Replay: its position and points counts must be the tally
        // of the replayed tables, points after deductions recomputed here from the results (3-1-0).
        var (simulator, _) = Build(TieBreakerPresets.Concacaf2022, new Random(5));
        const int Simulations = 5_000;
        var positions = new long[Teams.Length, Teams.Length];
        var points = new Dictionary<(int Team, int Points), long>();
        simulator.Replay(11, Simulations, w =>
        {
            for (var p = 0; p < Teams.Length; p++)
            {
                positions[w.Order[p], p]++;
            }

            var totals = new int[Teams.Length];
            for (var m = 0; m < w.MatchCount; m++)
            {
                var (hg, ag) = (w.HomeGoals[m], w.AwayGoals[m]);
                totals[w.Home[m]] += hg > ag ? 3 : hg == ag ? 1 : 0;
                totals[w.Away[m]] += ag > hg ? 3 : hg == ag ? 1 : 0;
            }

            for (var t = 0; t < Teams.Length; t++)
            {
                var key = (t, totals[t] - Deductions.GetValueOrDefault(Teams[t]));
                points[key] = points.GetValueOrDefault(key) + 1;
            }
        });

        var counts = simulator.Run(Simulations, 11, maxThreads: 1);

        for (var t = 0; t < Teams.Length; t++)
        {
            for (var p = 0; p < Teams.Length; p++)
            {
                Assert.Equal(positions[t, p], counts.PositionCounts[t][p]);
            }

            for (var i = 0; i < counts.PointsCounts[t].Length; i++)
            {
                Assert.Equal(points.GetValueOrDefault((t, i - counts.PointsOffset)), counts.PointsCounts[t][i]);
            }
        }
    }

    private static int CountMismatches(TieBreakerChain chain, int outcomes)
    {
        var random = new Random(20211117);
        var mismatches = 0;
        var perSimulator = 500;
        for (var done = 0; done < outcomes; done += perSimulator)
        {
            var (simulator, group) = Build(chain, random);
            simulator.Replay((ulong)done, perSimulator, w =>
            {
                var matches = new List<Match>(w.MatchCount);
                for (var m = 0; m < w.MatchCount; m++)
                {
                    matches.Add(new Match(new DateOnly(2021, 9, 2), Teams[w.Home[m]], Teams[w.Away[m]], new Score(w.HomeGoals[m], w.AwayGoals[m]), "T", "C", "K", false));
                }

                var reference = StandingsCalculator.Compute(new StandingsInput("G", Teams, matches, PointsScheme.ThreeOneZero, chain)
                {
                    LotsSeed = 7,
                    Deductions = Deductions,
                    FairPlay = FairPlay,
                });
                if (!reference.Rows.Select(r => r.Team).SequenceEqual(w.Order.Select(i => group.Teams[i])))
                {
                    mismatches++;
                }
            });
        }

        return mismatches;
    }

    /// <summary>A double round-robin of six teams with a random number of matches played (scores 0–3) and the rest simulated from random score distributions.</summary>
    internal static (GroupSimulator Simulator, CompiledGroup Group) Build(TieBreakerChain chain, Random random)
    {
        var group = new CompiledGroup(Teams, PointsScheme.ThreeOneZero, chain, Deductions, FairPlay, lotsSeed: 7);
        var pairs = (from h in Enumerable.Range(0, Teams.Length) from a in Enumerable.Range(0, Teams.Length) where h != a select (h, a)).ToArray();
        random.Shuffle(pairs);
        var played = random.Next(0, pairs.Length);
        var results = pairs.Take(played).Select(p => (p.h, p.a, random.Next(MaxGoals + 1), random.Next(MaxGoals + 1))).ToList();
        var fixtures = pairs.Skip(played).Select(p => new SimulatedFixture(p.h, p.a, RandomCumulative(random), MaxGoals)).ToList();
        return (new GroupSimulator(group, results, fixtures), group);
    }

    private static double[] RandomCumulative(Random random)
    {
        var weights = Enumerable.Range(0, (MaxGoals + 1) * (MaxGoals + 1)).Select(_ => random.NextDouble()).ToArray();
        var total = weights.Sum();
        var cumulative = new double[weights.Length];
        double running = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            running += weights[i] / total;
            cumulative[i] = running;
        }

        cumulative[^1] = 1;
        return cumulative;
    }
}
