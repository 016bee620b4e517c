using Qualify.Domain.History;
using static Qualify.Testing.MatchBuilder;

namespace Qualify.Domain.Tests.History;

/// <summary>Biggest wins and defeats, on hand-made results.</summary>
public sealed class BiggestWinsTests
{
    private static readonly List<TeamResult> Results = TeamResult.Of("A",
    [
        Played("2001-01-01", "A", 3, 0, "B"),
        Played("2002-01-01", "C", 1, 4, "A"),
        Played("2003-01-01", "A", 5, 2, "D"),
        Played("2004-01-01", "A", 0, 0, "B"),
        Played("2005-01-01", "B", 6, 1, "A"),
        Played("2006-01-01", "A", 3, 0, "C"),
    ]);

    [Fact]
    public void Biggest_EqualMargins_MoreGoalsScoredFirstThenEarliest()
    {
        // Margin 3 four times: 5-2 (2003) has most goals; then 1-4 (2002, four goals for A); then 3-0 in 2001 before 2006.
        var wins = HeadToHeadReport.Biggest(Results, 5).Select(r => r.Match.Date.Year);

        Assert.Equal([2003, 2002, 2001, 2006], wins);
    }

    [Fact]
    public void Biggest_SameMarginGoalsAndDate_OrderedByWinnerThenOpponent()
    {
        // Three 2-0 wins on one day, given in reverse: the winners' names decide (B before C), then the opponents' (D before E).
        var day = new[] { Played("2001-01-01", "C", 2, 0, "F"), Played("2001-01-01", "B", 2, 0, "E"), Played("2001-01-01", "B", 2, 0, "D") };
        var results = day.Select(m => new TeamResult(m, m.Home));

        var wins = HeadToHeadReport.Biggest(results, 3).Select(r => $"{r.Team}-{r.Opponent}");

        Assert.Equal(["B-D", "B-E", "C-F"], wins);
    }

    [Fact]
    public void Biggest_DrawsAndDefeats_LeftOut()
    {
        var wins = HeadToHeadReport.Biggest(Results, 10);

        Assert.All(wins, r => Assert.Equal(Outcome.Win, r.Outcome));
    }

    [Fact]
    public void TeamReportBuild_BiggestDefeat_FromTheTeamsSide()
    {
        var report = TeamReport.Build("A", Results.Select(r => r.Match), [], []);

        var defeat = Assert.Single(report.BiggestDefeats);
        Assert.Equal(("1-6", "B"), (defeat.Score, defeat.Opponent));
    }
}
