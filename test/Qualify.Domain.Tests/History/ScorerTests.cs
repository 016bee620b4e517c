using Qualify.Domain.History;
using Qualify.Domain.Matches;
using static Qualify.Domain.Tests.History.HistoryKit;
using static Qualify.Testing.MatchBuilder;

namespace Qualify.Domain.Tests.History;

/// <summary>Top scorers and the coverage of the scorer records, on hand-made goals.</summary>
public sealed class ScorerTests
{
    private static readonly Match First = Played("2001-01-01", "A", 3, 1, "B");
    private static readonly Match Second = Played("2002-01-01", "B", 0, 2, "A");

    // A scored 5 in the scores (3 + 2); the records name 3 scorers, one own goal by B's Zed, and one A goal without a name.
    private static readonly Goal[] Goals =
    [
        GoalBy(First, "A", "Xavi"),
        GoalBy(First, "A", "Yann", penalty: true),
        GoalBy(First, "A", "Zed", ownGoal: true),
        GoalBy(First, "B", "Bo"),
        GoalBy(Second, "A", "Yann"),
        GoalBy(Second, "A", null),
    ];

    [Fact]
    public void Top_OwnGoal_NotCountedForThePlayer()
    {
        var scorers = ScorerTotal.Top(Goals, 10);

        Assert.DoesNotContain(scorers, s => s.Scorer == "Zed");
    }

    [Fact]
    public void Top_PlayerWithMostGoals_FirstWithPenaltiesAndDates()
    {
        var top = ScorerTotal.Top(Goals.Where(g => g.Team == "A"), 10)[0];

        Assert.Equal(new ScorerTotal("Yann", "A", 2, 1, Day("2001-01-01"), Day("2002-01-01")), top);
    }

    [Fact]
    public void Top_EqualTotals_EarliestToReachTheTotalFirst()
    {
        // Xavi and Bo each have one goal on 2001-01-01; Bo comes first by name (same last-goal date).
        var names = ScorerTotal.Top(Goals, 10).Skip(1).Select(s => s.Scorer);

        Assert.Equal(["Bo", "Xavi"], names);
    }

    [Fact]
    public void TeamReportBuild_SomeGoalsWithoutScorer_CoverageCountsNamedGoalsAndOwnGoals()
    {
        // A's 5 goals: Xavi, Yann, Zed (own goal, named), Yann, unnamed → 4 of 5 named.
        var report = TeamReport.Build("A", [First, Second], Goals, []);

        Assert.Equal(new ScorerCoverage(5, 4), report.Coverage);
        Assert.Equal(0.8, report.Coverage.Share, 1e-12);
    }

    [Fact]
    public void TeamReportBuild_GoalOfAMatchOutsideThePeriod_Ignored()
    {
        var report = TeamReport.Build("A", [First], Goals, []);

        Assert.Equal(new ScorerCoverage(3, 3), report.Coverage);
    }

    [Fact]
    public void CoverageShare_NoGoals_IsOne()
    {
        Assert.Equal(1.0, new ScorerCoverage(0, 0).Share);
    }

    [Fact]
    public void CoverageShare_MoreRecordsThanGoals_CappedAtOne()
    {
        Assert.Equal(1.0, new ScorerCoverage(2, 3).Share);
    }

    [Fact]
    public void CoverageNoteScorers_NamesTheShareAndTheSource()
    {
        var note = CoverageNote.Scorers(new ScorerCoverage(523, 261), "Canada scored");

        Assert.StartsWith("Scorers: 261 of the 523 goals Canada scored in these matches (49.9%) have a named scorer in goalscorers.csv", note, StringComparison.Ordinal);
    }

    [Fact]
    public void Rank_TieAtTheCut_EarlierLastGoalListed()
    {
        // Two players on 3 goals compete for the second place: the one who reached 3 first (last goal in 2000) is listed.
        ScorerTotal[] totals =
        [
            new("D", "X", 1, 0, new DateOnly(1999, 1, 1), new DateOnly(1999, 1, 1)),
            new("B", "X", 3, 0, new DateOnly(1999, 1, 1), new DateOnly(2001, 1, 1)),
            new("A", "X", 5, 0, new DateOnly(1999, 1, 1), new DateOnly(2002, 1, 1)),
            new("C", "X", 3, 0, new DateOnly(1999, 1, 1), new DateOnly(2000, 1, 1)),
        ];

        var names = ScorerTotal.Rank(totals, 2).Select(t => t.Scorer);

        Assert.Equal(["A", "C"], names);
    }
}
