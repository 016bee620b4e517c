using System.Collections.Immutable;
using Qualify.Domain.Competitions;
using Qualify.Domain.Matches;
using Qualify.Domain.Standings;
using Qualify.Models;

namespace Qualify.Simulation.Tests;

/// <summary>
/// The stage-by-stage forecaster on a competition small enough to enumerate: two groups of two teams with one match
/// left each, a ranking of the two runners-up, and a final between the best runner-up and a fifth team. Every
/// probability is checked against the exact sum over the 16 × 16 scores of the two group matches (goals up to 3), with
/// the final's winning chance from <see cref="PlayoffOdds.SingleMatchHomeWin"/> (the same extra-time and penalty
/// assumptions the simulator draws from).
/// </summary>
public sealed class StageForecasterTests
{
    private const int MaxGoals = 3;
    private const long Simulations = 40_000;
    private static readonly DateOnly Day = new(2030, 1, 1);

    private static readonly Dictionary<string, double> Attack = new(StringComparer.Ordinal)
    {
        ["A1"] = 1.6, ["A2"] = 0.9, ["B1"] = 1.2, ["B2"] = 1.1, ["X"] = 1.4,
    };

    [Fact]
    public void Forecast_TinyCompetition_EveryDestinationWithinFiveStandardErrorsOfEnumeration()
    {
        var forecast = StageForecaster.Forecast(Request(maxThreads: null));
        var worldCup = forecast.Destinations.IndexOf(forecast.Destinations.Single(d => d.Id == "wc"));
        var exact = ExactQualification();

        foreach (var team in forecast.Teams)
        {
            var p = exact[team.Team];
            var se = Math.Sqrt(Math.Max(p * (1 - p), 1e-6) / Simulations);
            Assert.InRange(team.Probabilities[worldCup], p - (5 * se), p + (5 * se));
        }
    }

    [Fact]
    public void Forecast_TinyCompetition_RankingFirstWithinFiveStandardErrorsOfEnumeration()
    {
        var forecast = StageForecaster.Forecast(Request(maxThreads: null));
        var exact = ExactRankFirst();

        foreach (var team in forecast.Rankings.Single().Teams)
        {
            var p = exact[team.Team];
            var se = Math.Sqrt(Math.Max(p * (1 - p), 1e-6) / Simulations);
            Assert.InRange(team.RankProbabilities[0], p - (5 * se), p + (5 * se));
        }
    }

    [Fact]
    public void Forecast_TinyCompetition_EachTeamsDestinationsSumToOneAndTheFinalHasTwoTeams()
    {
        var forecast = StageForecaster.Forecast(Request(maxThreads: null));

        // Every team ends somewhere exactly once per simulation; two teams play the final and one wins it.
        Assert.All(forecast.Teams, t => Assert.Equal(1.0, t.Probabilities.Sum(), 9));
        Assert.Equal(2.0, forecast.Ties.Single().Teams.Sum(t => t.Plays), 9);
        Assert.Equal(1.0, forecast.Ties.Single().Teams.Sum(t => t.Wins), 9);
    }

    [Fact]
    public void Forecast_SameSeedOneOrFourThreads_IdenticalNumbers()
    {
        var one = StageForecaster.Forecast(Request(maxThreads: 1, simulations: 5_000));
        var four = StageForecaster.Forecast(Request(maxThreads: 4, simulations: 5_000));

        Assert.Equal(Flatten(one), Flatten(four));
    }

    [Fact]
    public void Of_TinyCompetition_RankedPlacesAndTheFinalistsRankOverwritten()
    {
        // Both runners-up are ranked (the ranking always gives them another destination); the best runner-up plays the
        // final (which always does), the other is named by no later step; nor is the final's winner or loser.
        var roles = DestinationRoles.Of(StagePlanBuilder.Build(Request(maxThreads: 1)));

        Assert.Equal([[false, true], [false, true]], roles.PlaceOverwritten);
        Assert.Equal([SlotRole.Overwritten, SlotRole.Final], roles.Ranks.Single());
        Assert.Equal((SlotRole.Final, SlotRole.Final), roles.Ties.Single());
    }

    [Fact]
    public void RunChunk_TinyCompetition_SameDestinationsAsRecordingEveryOne()
    {
        // Destinations counted by slot role against every destination recorded and each team's last one counted.
        var plan = StagePlanBuilder.Build(Request(maxThreads: 1));
        var (byRole, recorded) = (new StageWorker(plan), new StageWorker(plan, recordEveryDestination: true));

        byRole.RunChunk(7, 0, 4_000);
        recorded.RunChunk(7, 0, 4_000);

        Assert.Equal(recorded.Destinations, byRole.Destinations);
    }

    private static IEnumerable<double> Flatten(StageForecast f) =>
        f.Teams.SelectMany(t => t.Probabilities)
            .Concat(f.Rankings.SelectMany(r => r.Teams.SelectMany(t => t.RankProbabilities)))
            .Concat(f.Ties.SelectMany(t => t.Teams.SelectMany(x => new[] { x.Plays, x.Wins })))
            .Concat(f.Groups.SelectMany(g => g.Teams.Select(t => t.ExpectedPoints)));

    private static ScorelineDistribution Predict(Match m) => ScorelineDistribution.FromPoisson(Attack[m.Home], Attack[m.Away] * 0.8, MaxGoals);

    private static ForecastRequest Request(int? maxThreads, long simulations = Simulations) =>
        new(Competition(), DefinitionMatches.Instance, null, Predict, simulations, 42) { MaxThreads = maxThreads };

    private static CompetitionDefinition Competition()
    {
        ImmutableArray<SlotRule> slots = [new SlotRule(1, 1, SlotKind.Qualified, null) { Destination = "wc" }, new SlotRule(2, 2, SlotKind.Advanced, null)];
        GroupDefinition Group(string name, string home, string away) =>
            new(name, GroupFormat.SingleRoundRobin, [home, away], slots, [new Match(Day, home, away, null, "Test", string.Empty, string.Empty, false)]);
        var ranking = new CrossGroupRanking("Runners-up", 2, TieBreakerPresets.Overall3, DiscardRule.None,
            [new SlotRule(1, 1, SlotKind.Advanced, null) { LeadsTo = "Final" }, new SlotRule(2, 2, SlotKind.Eliminated, null)]);
        var final = new TieDefinition("Final", new RankingEntrant("Runners-up", 1, null), new TeamEntrant("X"), PlayoffFormat.SingleMatch)
        {
            Neutral = true,
            Winner = new TieOutcome(SlotKind.Qualified, null) { Destination = "wc" },
        };
        return new CompetitionDefinition
        {
            Id = "tiny",
            Name = "Tiny",
            TieBreakers = TieBreakerPresets.Overall3,
            Matches = new InlineFixturesSource(),
            Destinations = [new DestinationDefinition("wc", "World Cup")],
            Stages =
            [
                new StageDefinition("Groups", [Group("A", "A1", "A2"), Group("B", "B1", "B2")], [ranking]),
                new StageDefinition("Final", [], []) { Ties = [final] },
            ],
        };
    }

    /// <summary>Each team's exact chance of the World Cup: its group's winner, or the best runner-up that wins the final.</summary>
    private static Dictionary<string, double> ExactQualification()
    {
        var exact = Attack.Keys.ToDictionary(t => t, _ => 0.0, StringComparer.Ordinal);
        foreach (var (p, a, b) in Outcomes())
        {
            exact[a.Winner] += p;
            exact[b.Winner] += p;
            var best = BestRunnerUp(a, b);
            var win = PlayoffOdds.SingleMatchHomeWin(Predict(new Match(Day, best, "X", null, "Test", string.Empty, string.Empty, true)));
            exact[best] += p * win;
            exact["X"] += p * (1 - win);
        }

        return exact;
    }

    private static Dictionary<string, double> ExactRankFirst()
    {
        var exact = new[] { "A1", "A2", "B1", "B2" }.ToDictionary(t => t, _ => 0.0, StringComparer.Ordinal);
        foreach (var (p, a, b) in Outcomes())
        {
            exact[BestRunnerUp(a, b)] += p;
        }

        return exact;
    }

    /// <summary>A two-team group after its one match: winner, runner-up, and the runner-up's points, goal difference and goals.</summary>
    private sealed record Result(string Winner, string RunnerUp, int Points, int GoalDifference, int Goals);

    private static IEnumerable<(double P, Result A, Result B)> Outcomes()
    {
        var a = Predict(new Match(Day, "A1", "A2", null, "Test", string.Empty, string.Empty, false));
        var b = Predict(new Match(Day, "B1", "B2", null, "Test", string.Empty, string.Empty, false));
        for (var a1 = 0; a1 <= MaxGoals; a1++)
        {
            for (var a2 = 0; a2 <= MaxGoals; a2++)
            {
                for (var b1 = 0; b1 <= MaxGoals; b1++)
                {
                    for (var b2 = 0; b2 <= MaxGoals; b2++)
                    {
                        yield return (a.Probability(a1, a2) * b.Probability(b1, b2), Play("A1", "A2", a1, a2), Play("B1", "B2", b1, b2));
                    }
                }
            }
        }
    }

    /// <summary>3-1-0; level teams (a draw) are equal on points, goal difference and goals, so lots decide (seed 1).</summary>
    private static Result Play(string home, string away, int h, int a)
    {
        var homeFirst = h > a || (h == a && StandingsCalculator.Lot(1, home) < StandingsCalculator.Lot(1, away));
        var (winner, runnerUp) = homeFirst ? (home, away) : (away, home);
        var (mine, theirs) = homeFirst ? (a, h) : (h, a);
        return new Result(winner, runnerUp, h == a ? 1 : 0, mine - theirs, mine);
    }

    /// <summary>The better runner-up by points, goal difference, goals, then lots (the Overall3 chain).</summary>
    private static string BestRunnerUp(Result a, Result b)
    {
        var key = (Result r) => (r.Points, r.GoalDifference, r.Goals);
        var c = key(a).CompareTo(key(b));
        return c > 0 ? a.RunnerUp : c < 0 ? b.RunnerUp
            : StandingsCalculator.Lot(1, a.RunnerUp) < StandingsCalculator.Lot(1, b.RunnerUp) ? a.RunnerUp : b.RunnerUp;
    }
}
