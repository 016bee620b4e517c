using System.Collections.Immutable;
using Qualify.Domain.Competitions;
using Qualify.Domain.Matches;
using Qualify.Domain.Standings;

namespace Qualify.Scenarios.Tests;

/// <summary>
/// The next-matchday analysis ranks each set of results it considers without building the reference table when the chain's
/// overall criteria separate every team (<c>MatchdayPass.SeparatedRanges</c>). These tests hold that shortcut to the
/// reference table (<see cref="StandingsCalculator"/> with <see cref="ScenarioProblem.PositionRanges"/>) on random groups.
/// </summary>
public sealed class MatchdayPassTests
{
    private static readonly string[] Teams = ["A", "B", "C", "D", "E"];

    /// <summary>
    /// A 5-team double round robin under <paramref name="chain"/>: 12 played matches with 0-2 goals a side (so that teams
    /// are often level), 8 left, and in odd seeds a deduction of 2 points for one team.
    /// </summary>
    private static ScenarioProblem RandomGroup(int seed, string chain)
    {
        var random = new Random(seed);
        var fixtures = Teams.SelectMany(home => Teams.Where(away => away != home).Select(away => (home, away)))
            .OrderBy(_ => random.Next())
            .Select((pair, i) => new Match(new DateOnly(2021, 9, 1).AddDays(i / 2), pair.home, pair.away, null, "test", "x", "y", false))
            .ToList();
        var played = fixtures.Take(12).Select(m => m with { Score = new Score(random.Next(3), random.Next(3)) });
        return new ScenarioProblem("test", [.. Teams], [.. played], [.. fixtures.Skip(12)], PointsScheme.ThreeOneZero,
            TieBreakerPresets.All[chain], [new SlotRule(1, 2, SlotKind.Qualified, null)])
        {
            Deductions = seed % 2 == 1 ? ImmutableDictionary<string, int>.Empty.Add(Teams[seed % Teams.Length], 2) : ImmutableDictionary<string, int>.Empty,
        };
    }

    private static MatchdayPass PassOf(ScenarioProblem problem)
    {
        var matchday = NextMatchdayAnalyzer.NextMatchday(problem).Select(m => problem.Remaining.IndexOf(m)).ToImmutableArray();
        return new MatchdayPass(problem, matchday, 2, new ScenarioOptions(), []);
    }

    /// <summary>The reference table's ranges, in the problem's team order.</summary>
    private static (int From, int To)[] Reference(ScenarioProblem problem, Score[] scores)
    {
        var ranges = ScenarioProblem.PositionRanges(problem.TableWith(problem.Remaining.Select((m, i) => m with { Score = scores[i] })));
        return [.. problem.Teams.Select(t => ranges[t])];
    }

    /// <summary>
    /// Under every preset chain, 20 groups × 40 random sets of remaining results (0-2 goals a side): wherever the shortcut
    /// answers, it gives the reference table's positions; and it answers in some cases and declines in others, so both
    /// paths are exercised.
    /// </summary>
    [Theory]
    [InlineData("concacaf-2022")]
    [InlineData("fifa-2026-qualifiers")]
    [InlineData("uefa")]
    [InlineData("overall")]
    public void SeparatedRanges_RandomResults_AgreeWithTheReferenceTable(string chain)
    {
        var (answered, declined) = (0, 0);
        for (var seed = 0; seed < 20; seed++)
        {
            var problem = RandomGroup(seed, chain);
            var pass = PassOf(problem);
            var random = new Random(seed);
            for (var k = 0; k < 40; k++)
            {
                Score[] scores = [.. problem.Remaining.Select(_ => new Score(random.Next(3), random.Next(3)))];
                if (pass.SeparatedRanges(scores) is { } ranges)
                {
                    Assert.Equal(Reference(problem, scores), ranges);
                    answered++;
                }
                else
                {
                    declined++;
                }
            }
        }

        Assert.True(answered > 0 && declined > 0, $"answered {answered}, declined {declined}");
    }

    /// <summary>
    /// Two teams level on points, goal difference and goals scored (every remaining match 0-0 after identical played
    /// results for A and B): the overall criteria do not separate them, so the shortcut declines and the full chain decides.
    /// </summary>
    [Fact]
    public void SeparatedRanges_TwoTeamsLevelOnEveryOverallCriterion_Null()
    {
        Match Played(string home, string away, int h, int a) => new(new DateOnly(2021, 9, 1), home, away, new Score(h, a), "test", "x", "y", false);
        var problem = new ScenarioProblem("test", ["A", "B", "C"],
            [Played("A", "C", 1, 0), Played("B", "C", 1, 0)],
            [new Match(new DateOnly(2021, 9, 8), "A", "B", null, "test", "x", "y", false)],
            PointsScheme.ThreeOneZero, TieBreakerPresets.All["fifa-2026-qualifiers"], [new SlotRule(1, 1, SlotKind.Qualified, null)]);

        Assert.Null(PassOf(problem).SeparatedRanges([new Score(0, 0)]));
    }
}
