using System.Collections.Immutable;
using Qualify.Domain.Competitions;
using Qualify.Domain.Standings;
using static Qualify.Testing.MatchBuilder;

namespace Qualify.Scenarios.Tests;

/// <summary>
/// Hand-built groups where a criterion beyond the overall ones decides: head-to-head re-applied to the two teams a
/// three-way tie leaves level, and fair play after overall criteria in a custom chain.
/// </summary>
public sealed class TieBreakChainScenarioTests
{
    private static readonly ImmutableArray<SlotRule> FirstQualifiesSecondPlayoff =
        [new SlotRule(1, 1, SlotKind.Qualified, null), new SlotRule(2, 2, SlotKind.Playoff, null)];

    /// <summary>
    /// A single round robin of A, B, C, D with B–D left to play. Played: A 1-0 B, C 2-1 A, B 2-1 C, A 1-0 D, C 2-0 D.
    /// Hand calculation of every outcome of B–D:
    /// <list type="bullet">
    /// <item>B win (any margin k): A, B, C all 6 points. Among them A has 3 pts, GD 0, 2 goals (1-0, 1-2); B 3 pts, GD 0, 2 goals
    /// (0-1, 2-1); C 3 pts, GD 0, 3 goals (2-1, 1-2): C first. Re-applied to A and B: A beat B 1-0, so A 2nd, B 3rd, D 4th.</item>
    /// <item>Draw: A 6, C 6, B 4, D 1; C beat A, so C, A, B, D.</item>
    /// <item>D win: A 6, C 6, B 3, D 3; C, A, then D (beat B) and B.</item>
    /// </list>
    /// So A is 2nd whatever happens. Applied once (no re-application), A and B would go on to overall goal difference after a
    /// B win by k: A +1, B k, so B would pass A for k ≥ 2.
    /// </summary>
    private static ScenarioProblem ThreeWayTie(TieBreakerChain chain) => new("three-way", ["A", "B", "C", "D"],
        [Played("A", 1, 0, "B"), Played("C", 2, 1, "A"), Played("B", 2, 1, "C"), Played("A", 1, 0, "D"), Played("C", 2, 0, "D")],
        [Fixture("2000-01-02", "B", "D")],
        PointsScheme.ThreeOneZero, chain, FirstQualifiesSecondPlayoff);

    private static TeamScenario Team(GroupScenarios scenarios, string team) => scenarios.Teams.Single(t => t.Team == team);

    [Fact]
    public void Analyse_ThreeWayTieReappliedToTwoTeams_ClinchesSecondPlace()
    {
        var scenarios = ScenarioAnalyzer.Analyse(ThreeWayTie(TieBreakerPresets.Uefa));

        // Hand calculation above: A is 2nd after every outcome of B–D.
        var a = Team(scenarios, "A");
        Assert.Equal((2, 2), (a.BestPosition, a.WorstPosition));
        Assert.Equal(SlotStatus.Clinched, a.Slots.Single(s => s.Name == "playoff").Status);
    }

    [Fact]
    public void Analyse_ThreeWayTieReappliedToTwoTeams_LeavesBThirdAtBest()
    {
        var scenarios = ScenarioAnalyzer.Analyse(ThreeWayTie(TieBreakerPresets.Uefa));

        // Hand calculation above: B is 3rd after a win or a draw, 4th after a defeat.
        var b = Team(scenarios, "B");
        Assert.Equal((3, 4), (b.BestPosition, b.WorstPosition));
    }

    [Fact]
    public void Analyse_ThreeWayTieAppliedOnce_LetsBPassA()
    {
        var scenarios = ScenarioAnalyzer.Analyse(ThreeWayTie(BruteForce.WithoutReapplication(TieBreakerPresets.Uefa)));

        // Hand calculation above: without re-application a B win by 2 or more puts B (GD +2 or better) above A (+1): A 2nd–3rd.
        var a = Team(scenarios, "A");
        Assert.Equal((2, 3), (a.BestPosition, a.WorstPosition));
    }

    /// <summary>
    /// The custom chain "points, goal-difference, fair-play": the definition reader puts fair play into the overall block of
    /// points and goal difference (CompetitionDefinitionReader.MapChain appends a criterion of the same scope to the block
    /// before), then drawing of lots is appended.
    /// </summary>
    private static readonly TieBreakerChain PointsGoalDifferenceFairPlay = new("custom", [new TieBreakBlock(TieBreakScope.Overall,
        [new TieBreakStep(TieBreakCriterion.Points), new TieBreakStep(TieBreakCriterion.GoalDifference), new TieBreakStep(TieBreakCriterion.FairPlay)])]);

    /// <summary>
    /// <see cref="PointsGoalDifferenceFairPlay"/> on a single round robin of A, B, C, D, every played match 1-1, B–C left to play;
    /// fair-play points A 0, B −1, C −2, D −3. Hand calculation: B or C wins, then A and D have 3 points and goal difference 0
    /// and A is above on fair play (0 against −3): A 2nd, D 3rd; a draw leaves all four on 3 points and goal difference 0, in
    /// fair-play order A, B, C, D. So A is 1st or 2nd and D 3rd or 4th.
    /// </summary>
    private static ScenarioProblem FairPlayAfterOverall() => new("fair-play", ["A", "B", "C", "D"],
        [Played("A", 1, 1, "B"), Played("C", 1, 1, "D"), Played("A", 1, 1, "C"), Played("B", 1, 1, "D"), Played("A", 1, 1, "D")],
        [Fixture("2000-01-02", "B", "C")],
        PointsScheme.ThreeOneZero, PointsGoalDifferenceFairPlay, FirstQualifiesSecondPlayoff)
    {
        FairPlay = new Dictionary<string, int>(StringComparer.Ordinal) { ["A"] = 0, ["B"] = -1, ["C"] = -2, ["D"] = -3 },
    };

    [Fact]
    public void Analyse_FairPlayAfterOverallCriteria_ClinchesTopTwoForA()
    {
        var scenarios = ScenarioAnalyzer.Analyse(FairPlayAfterOverall());

        // Hand calculation above: A is 1st after a draw and 2nd on fair play after either win.
        var a = Team(scenarios, "A");
        Assert.Equal((1, 2), (a.BestPosition, a.WorstPosition));
        Assert.Equal(SlotStatus.Clinched, a.Slots.Single(s => s.Name == "playoffOrBetter").Status);
    }

    /// <summary>
    /// Issue #13's crash: with fair play in the block of overall criteria nothing was encoded, so a witness claimed positions
    /// 1-4 where goal difference separates (the check against the reference table threw "witness for A claims positions 1-4
    /// but the reference table gives 3-3"). The three-way-tie group under <see cref="PointsGoalDifferenceFairPlay"/>: after a
    /// B win by k, A (+1), B (k) and C (+2) are level on 6 points and goal difference separates them.
    /// </summary>
    [Fact]
    public void Analyse_FairPlayAfterOverallCriteria_MatchesBruteForce()
    {
        var problem = ThreeWayTie(PointsGoalDifferenceFairPlay) with
        {
            FairPlay = new Dictionary<string, int>(StringComparer.Ordinal) { ["A"] = -2, ["B"] = -1, ["C"] = 0, ["D"] = -5 },
        };
        var expected = BruteForce.Analyse(problem, 3);

        var actual = ScenarioAnalyzer.Analyse(problem, new ScenarioOptions { MaxGoals = 3, VerificationGoals = 0 });

        // The reference: all 16 completions of B–D up to 3 goals a side, ranked by StandingsCalculator.
        Assert.All(actual.Teams, t => Assert.Equal((expected[t.Team].Best, expected[t.Team].Worst), (t.BestPosition, t.WorstPosition)));
    }
}
