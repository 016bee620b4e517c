using System.Collections.Immutable;
using Qualify.Domain.Competitions;
using Qualify.Domain.Matches;
using Qualify.Domain.Standings;
using Qualify.Models;

namespace Qualify.Simulation.Tests;

/// <summary>
/// Draws made inside the simulation, on a competition small enough to calculate by hand: two groups of two, played
/// (A1 beat A2 1-0, B1 beat B2 2-1), then a stage drawn after the date from two pots, winners and runners-up. Either two
/// ties (a pot-1 team at home against a pot-2 team) or two groups of two (one team from each pot, double round robin).
/// By symmetry each pot's two teams go to each tie or group with probability exactly 1/2, independently of the other
/// pot's, so a tie's winning chances follow from <see cref="PlayoffOdds.SingleMatchHomeWin"/> by hand.
/// </summary>
public sealed class StageDrawTests
{
    private const int MaxGoals = 3;
    private const long Simulations = 40_000;
    private static readonly DateOnly Day = new(2030, 1, 1);

    private static readonly Dictionary<string, double> Attack = new(StringComparer.Ordinal)
    {
        ["A1"] = 1.6, ["A2"] = 0.9, ["B1"] = 1.2, ["B2"] = 1.1,
    };

    [Fact]
    public void Forecast_DrawIntoTwoTies_EachTeamPlaysEachTieWithProbabilityOneHalf()
    {
        var forecast = StageForecaster.Forecast(Request(Ties(), DrawRule.SeededPots, null));

        // Each pot's two teams are shuffled over the two ties: 1/2 each (hand calculation); 5 standard errors of
        // √(¼ / 40,000) = 0.0025.
        foreach (var tie in forecast.Ties)
        {
            Assert.Equal(["A1", "A2", "B1", "B2"], tie.Teams.Select(t => t.Team).Order(StringComparer.Ordinal));
            Assert.All(tie.Teams, t => Assert.InRange(t.Plays, 0.5 - 0.0125, 0.5 + 0.0125));
        }
    }

    [Fact]
    public void Forecast_DrawIntoTwoTies_WinnerAtHomeWinsAsTheAverageOverItsTwoOpponents()
    {
        var forecast = StageForecaster.Forecast(Request(Ties(), DrawRule.SeededPots, null));

        // A1 (pot 1, at home) is in tie 1 with probability 1/2 and meets A2 or B2 with probability 1/2 each, independently:
        // P(A1 wins tie 1) = ½ · (½ · w(A1 v A2) + ½ · w(A1 v B2)), w the home side's chance after extra time and penalties.
        double Win(string away) => PlayoffOdds.SingleMatchHomeWin(Predict(new Match(Day, "A1", away, null, "Test", string.Empty, string.Empty, false)));
        var expected = 0.5 * ((0.5 * Win("A2")) + (0.5 * Win("B2")));
        var se = Math.Sqrt(expected * (1 - expected) / Simulations);

        var a1 = forecast.Ties[0].Teams.Single(t => t.Team == "A1");
        Assert.InRange(a1.Wins, expected - (5 * se), expected + (5 * se));
    }

    [Fact]
    public void Forecast_RankedPots_TheTwoBestRankedAreNeverDrawnTogether()
    {
        // The ranking puts A2 and B1 first, so ranked pots are {A2, B1} and {A1, B2}, not the places' {A1, B1} and {A2, B2}.
        var ranking = new Dictionary<string, double>(StringComparer.Ordinal) { ["A2"] = 900, ["B1"] = 800, ["A1"] = 700, ["B2"] = 600 };
        var forecast = StageForecaster.Forecast(Request(Groups(), DrawRule.RankedPots, ranking));

        // Each drawn group takes exactly one of A2 and B1, and one of A1 and B2: the probabilities of playing in it
        // (summed over positions) add up to 1 in each pair, exactly.
        foreach (var group in forecast.Groups.Where(g => g.Open))
        {
            double In(string team) => group.Teams.SingleOrDefault(t => t.Team == team)?.PositionProbabilities.Sum() ?? 0;
            Assert.Equal(1.0, In("A2") + In("B1"), 12);
            Assert.Equal(1.0, In("A1") + In("B2"), 12);
        }
    }

    [Fact]
    public void Forecast_SeededPots_DrawnGroupTakesOneTeamOfEachPotUniformly()
    {
        var forecast = StageForecaster.Forecast(Request(Groups(), DrawRule.SeededPots, null));

        // Pot 1 holds the winners A1 and B1, pot 2 the runners-up A2 and B2: each group takes one of each pot, each with
        // probability 1/2 (hand calculation; 5 standard errors of 0.0025).
        foreach (var group in forecast.Groups.Where(g => g.Open))
        {
            double In(string team) => group.Teams.SingleOrDefault(t => t.Team == team)?.PositionProbabilities.Sum() ?? 0;
            Assert.Equal(1.0, In("A1") + In("B1"), 12);
            Assert.Equal(1.0, In("A2") + In("B2"), 12);
            Assert.InRange(In("A1"), 0.5 - 0.0125, 0.5 + 0.0125);
            Assert.InRange(In("A2"), 0.5 - 0.0125, 0.5 + 0.0125);
        }
    }

    [Fact]
    public void Forecast_DrawnGroupsSameSeedOneOrFourThreads_IdenticalNumbers()
    {
        var ranking = new Dictionary<string, double>(StringComparer.Ordinal) { ["A2"] = 900, ["B1"] = 800, ["A1"] = 700, ["B2"] = 600 };
        var one = StageForecaster.Forecast(Request(Groups(), DrawRule.RankedPots, ranking, maxThreads: 1, simulations: 5_000));
        var four = StageForecaster.Forecast(Request(Groups(), DrawRule.RankedPots, ranking, maxThreads: 4, simulations: 5_000));

        Assert.Equal(Flatten(one), Flatten(four));
    }

    [Fact]
    public void RunChunk_DrawnGroupsAndTies_AllocatesNothing()
    {
        // The simulation loop's draws, open groups and drawn ties reuse the worker's buffers: no allocation once warm.
        var ranking = new Dictionary<string, double>(StringComparer.Ordinal) { ["A2"] = 900, ["B1"] = 800, ["A1"] = 700, ["B2"] = 600 };
        foreach (var request in new[] { Request(Groups(), DrawRule.RankedPots, ranking), Request(Ties(), DrawRule.SeededPots, null) })
        {
            var worker = new StageWorker(StagePlanBuilder.Build(request));
            worker.RunChunk(42, 0, 100);

            var before = GC.GetAllocatedBytesForCurrentThread();
            worker.RunChunk(42, 1, 1_000);
            Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
        }
    }

    [Fact]
    public void RunChunk_DrawnGroupsAndTies_SameDestinationsAsRecordingEveryOne()
    {
        // Destinations counted by slot role (DestinationRoles) against every destination recorded and each team's last
        // one counted: the same counts, simulation by simulation, for draws into ties and into groups.
        var ranking = new Dictionary<string, double>(StringComparer.Ordinal) { ["A2"] = 900, ["B1"] = 800, ["A1"] = 700, ["B2"] = 600 };
        foreach (var request in new[] { Request(Groups(), DrawRule.RankedPots, ranking), Request(Ties(), DrawRule.SeededPots, null) })
        {
            var plan = StagePlanBuilder.Build(request);
            var (byRole, recorded) = (new StageWorker(plan), new StageWorker(plan, recordEveryDestination: true));

            byRole.RunChunk(42, 0, 2_000);
            recorded.RunChunk(42, 0, 2_000);

            Assert.Equal(recorded.Destinations, byRole.Destinations);
        }
    }

    [Fact]
    public void Of_DrawIntoTies_DrawnPlacesAndTheFirstTieRecordedTheLastFinal()
    {
        // The first round's places are drawn into the ties (read through the draw, so a place's team may play either
        // tie): not overwritten in place. The second tie reads the draw after the first tie is played, and the roles
        // do not follow a team through the shuffle, so the first tie's outcomes are recorded (the same counts, more
        // work); no later step reads the draw or the second tie.
        var roles = DestinationRoles.Of(StagePlanBuilder.Build(Request(Ties(), DrawRule.SeededPots, null)));

        Assert.All(roles.PlaceOverwritten.Take(2), places => Assert.Equal([false, false], places));
        Assert.Equal([(SlotRole.Given, SlotRole.Given), (SlotRole.Final, SlotRole.Final)], roles.Ties);
    }

    private static IEnumerable<double> Flatten(StageForecast f) =>
        f.Teams.SelectMany(t => t.Probabilities)
            .Concat(f.Groups.SelectMany(g => g.Teams.SelectMany(t => t.PositionProbabilities.Append(t.ExpectedPoints))));

    private static ScorelineDistribution Predict(Match m) => ScorelineDistribution.FromPoisson(Attack[m.Home], Attack[m.Away] * 0.8, MaxGoals);

    private static ForecastRequest Request(StageDefinition drawn, DrawRule rule, Dictionary<string, double>? ranking, int? maxThreads = null, long simulations = Simulations) =>
        new(Competition(drawn with { Draw = Draw(rule) }), DefinitionMatches.Instance, Day, Predict, simulations, 42)
        {
            MaxThreads = maxThreads,
            DrawRanking = ranking,
        };

    private static GroupPositionEntrant Place(string group, int position, string team) => new("Groups", group, position, team);

    private static DrawDefinition Draw(DrawRule rule) =>
        new(Day.AddDays(10), rule, [[Place("A", 1, "A1"), Place("B", 1, "B1")], [Place("A", 2, "A2"), Place("B", 2, "B2")]], null);

    /// <summary>The real draw: A1 v B2 and B1 v A2, the pot-1 team at home.</summary>
    private static StageDefinition Ties() => new("Play-offs", [], [])
    {
        Ties =
        [
            new TieDefinition("Tie 1", Place("A", 1, "A1"), Place("B", 2, "B2"), PlayoffFormat.SingleMatch) { Winner = Qualified },
            new TieDefinition("Tie 2", Place("B", 1, "B1"), Place("A", 2, "A2"), PlayoffFormat.SingleMatch) { Winner = Qualified },
        ],
    };

    /// <summary>The real draw: groups {A1, B2} and {B1, A2}, double round robin, winners qualify.</summary>
    private static StageDefinition Groups()
    {
        GroupDefinition Group(string name, GroupPositionEntrant first, GroupPositionEntrant second) =>
            new(name, GroupFormat.DoubleRoundRobin, [first.Filled!, second.Filled!], [new SlotRule(1, 1, SlotKind.Qualified, null) { Destination = "wc" }], [])
            {
                Entrants = [first, second],
            };
        return new StageDefinition("Second round", [Group("C", Place("A", 1, "A1"), Place("B", 2, "B2")), Group("D", Place("B", 1, "B1"), Place("A", 2, "A2"))], []);
    }

    private static TieOutcome Qualified => new(SlotKind.Qualified, null) { Destination = "wc" };

    private static CompetitionDefinition Competition(StageDefinition drawn)
    {
        ImmutableArray<SlotRule> slots = [new SlotRule(1, 2, SlotKind.Advanced, null)];
        GroupDefinition Group(string name, string home, string away, int homeGoals, int awayGoals) =>
            new(name, GroupFormat.SingleRoundRobin, [home, away], slots, [new Match(Day.AddDays(-1), home, away, new Score(homeGoals, awayGoals), "Test", string.Empty, string.Empty, false)]);
        return new CompetitionDefinition
        {
            Id = "drawn",
            Name = "Drawn",
            TieBreakers = TieBreakerPresets.Overall3,
            Matches = new InlineFixturesSource(),
            Destinations = [new DestinationDefinition("wc", "World Cup")],
            Stages = [new StageDefinition("Groups", [Group("A", "A1", "A2", 1, 0), Group("B", "B1", "B2", 2, 1)], []), drawn],
        };
    }
}
