using System.Collections.Immutable;
using Qualify.Domain.Competitions;
using Qualify.Domain.Matches;
using Qualify.Domain.Standings;
using static Qualify.Testing.MatchBuilder;

namespace Qualify.Scenarios.Tests;

/// <summary>
/// UEFA's qualifying Group C for the FIFA World Cup 2026 (Denmark, Scotland, Greece, Belarus; the winner qualifies, the
/// runner-up goes to the play-offs) before its last matchday, 18 November 2025, with the scores of results.csv. The chains
/// are the two presets that re-apply head-to-head criteria: fifa-2026-qualifiers (overall points, goal difference and goals
/// first, as FIFA's regulations for the preliminary competition rank a league) and uefa (head-to-head first). On this
/// table points alone separate every position the last matchday can change, so both chains must agree with what happened.
/// </summary>
public sealed class UefaGroupCScenarioTests
{
    /// <summary>The first ten matches (results.csv lines 48584, 48585, 48636, 48637, 48713, 48714, 48787, 48788, 48929, 48930).</summary>
    private static readonly ImmutableArray<Match> Played =
    [
        Played("2025-09-05", "Denmark", 0, 0, "Scotland"),
        Played("2025-09-05", "Greece", 5, 1, "Belarus"),
        Played("2025-09-08", "Belarus", 0, 2, "Scotland"),
        Played("2025-09-08", "Greece", 0, 3, "Denmark"),
        Played("2025-10-09", "Scotland", 3, 1, "Greece"),
        Played("2025-10-09", "Belarus", 0, 6, "Denmark"),
        Played("2025-10-12", "Scotland", 2, 1, "Belarus"),
        Played("2025-10-12", "Denmark", 3, 1, "Greece"),
        Played("2025-11-15", "Denmark", 2, 2, "Belarus"),
        Played("2025-11-15", "Greece", 3, 2, "Scotland"),
    ];

    /// <summary>The last matchday as played (results.csv lines 49003 and 49004).</summary>
    private static readonly ImmutableArray<Match> LastMatchday =
    [
        Played("2025-11-18", "Scotland", 4, 2, "Denmark"),
        Played("2025-11-18", "Belarus", 0, 0, "Greece"),
    ];

    private static ScenarioProblem Before(string chain) => new("C", ["Denmark", "Scotland", "Greece", "Belarus"], Played,
        [.. LastMatchday.Select(m => m with { Score = null })], PointsScheme.ThreeOneZero, TieBreakerPresets.All[chain],
        [new SlotRule(1, 1, SlotKind.Qualified, null), new SlotRule(2, 2, SlotKind.Playoff, null), new SlotRule(3, 4, SlotKind.Eliminated, null)]);

    public static TheoryData<string> Chains() => ["fifa-2026-qualifiers", "uefa"];

    /// <summary>
    /// Before the last matchday (from the ten results above) Denmark have 11 points, Scotland 10, Greece 6 and Belarus 1: first
    /// is open between Denmark and Scotland, who have both clinched the top two (Greece can reach 9 at most); Greece are
    /// third whatever happens (Belarus can reach 4 at most).
    /// </summary>
    [Theory]
    [MemberData(nameof(Chains))]
    public void Analyse_BeforeLastMatchday_SettlesWhatPointsSettle(string chain)
    {
        var scenarios = ScenarioAnalyzer.Analyse(Before(chain));

        var answers = scenarios.Teams.ToDictionary(t => t.Team, t => (t.BestPosition, t.WorstPosition), StringComparer.Ordinal);
        Assert.Equal((1, 2), answers["Denmark"]);
        Assert.Equal((1, 2), answers["Scotland"]);
        Assert.Equal((3, 3), answers["Greece"]);
        Assert.Equal((4, 4), answers["Belarus"]);
    }

    /// <summary>What happened: Scotland beat Denmark 4-2 and won the group (13 points to Denmark's 11), Greece drew 0-0 in Belarus.</summary>
    [Theory]
    [MemberData(nameof(Chains))]
    public void Analyse_BeforeLastMatchday_ScotlandWinClinchesFirstForScotland(string chain)
    {
        var problem = Before(chain);
        var next = NextMatchdayAnalyzer.Analyse(problem);
        var combination = MatchdayCombination.Of([.. LastMatchday.Select(m => m.Score!.Value.Outcome)]).Index;

        var scotland = next.Teams.Single(t => t.Team == "Scotland");
        var qualified = ScenarioAnalyzer.SlotsOf(problem).ToList().FindIndex(s => s.Name == "qualified");
        Assert.Equal(SlotStatus.Clinched, scotland.Combinations[combination][qualified].Status);
        Assert.Equal(1, ScenarioProblem.PositionRange(problem.TableWith(LastMatchday), "Scotland").From);
    }
}
