using Qualify.Domain.History;
using Qualify.Domain.Matches;
using static Qualify.Domain.Tests.History.HistoryKit;
using static Qualify.Testing.MatchBuilder;

namespace Qualify.Domain.Tests.History;

/// <summary>Records across every team and of one team, on hand-made matches.</summary>
public sealed class RecordsReportTests
{
    private static readonly Match[] Matches =
    [
        Played("2001-01-01", "A", 1, 0, "B"),
        Played("2001-02-01", "C", 0, 6, "A"),
        Played("2001-03-01", "B", 5, 0, "C"),
        Played("2001-04-01", "A", 1, 0, "C"),
        Played("2001-05-01", "B", 2, 2, "A"),
    ];

    private static readonly Goal[] Goals = [GoalBy(Matches[1], "A", "Ann"), GoalBy(Matches[1], "A", "Ann"), GoalBy(Matches[2], "B", "Ben")];

    [Fact]
    public void Build_EveryTeam_BiggestWinsFromTheWinnersSide()
    {
        var report = RecordsReport.Build(null, Matches, Goals, 2);

        Assert.Equal([("A", "6-0"), ("B", "5-0")], report.BiggestWins.Select(r => (r.Team, r.Score)));
    }

    [Fact]
    public void Build_EveryTeam_LongestRunsAcrossTeams()
    {
        // A won its first three matches; C lost all three of its matches.
        var report = RecordsReport.Build(null, Matches, Goals, 1);

        Assert.Equal(("A", 3), (report.LongestRuns[RunKind.Winning][0].Team, report.LongestRuns[RunKind.Winning][0].Length));
        Assert.Equal(("C", 3, true), (report.LongestRuns[RunKind.Losing][0].Team, report.LongestRuns[RunKind.Losing][0].Length, report.LongestRuns[RunKind.Losing][0].Ongoing));
    }

    [Fact]
    public void Build_EveryTeam_CoverageOverEveryGoalInTheScores()
    {
        // Scores hold 1 + 6 + 5 + 1 + 4 = 17 goals; 3 have a named scorer.
        var report = RecordsReport.Build(null, Matches, Goals, 10);

        Assert.Equal(new ScorerCoverage(17, 3), report.Coverage);
    }

    [Fact]
    public void Build_OneTeam_OnlyItsResultsAndGoals()
    {
        var report = RecordsReport.Build("B", Matches, Goals, 10);

        Assert.Equal((3, "Ben", 1), (report.Matches, report.TopScorers.Single().Scorer, report.BiggestWins.Length));
        Assert.All(report.LongestRuns.Values.SelectMany(r => r), r => Assert.Equal("B", r.Team));
    }
}
