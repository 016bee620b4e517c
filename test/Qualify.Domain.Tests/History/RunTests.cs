using Qualify.Domain.History;
using static Qualify.Domain.Tests.History.HistoryKit;

namespace Qualify.Domain.Tests.History;

/// <summary>Runs of consecutive results, on hand-made sequences (one match a month from January 2000).</summary>
public sealed class RunTests
{
    [Fact]
    public void Longest_WinsBetweenOtherResults_ReturnsTheRunWithItsDates()
    {
        // Matches 3 to 5 (March to May 2000) are the three wins in a row.
        var run = Run.Longest("A", Results("A", "DLWWWLW"), RunKind.Winning);

        Assert.Equal(new Run("A", RunKind.Winning, 3, Day("2000-03-01"), Day("2000-05-01"), Ongoing: false), run);
    }

    [Fact]
    public void Longest_TwoRunsOfEqualLength_ReturnsTheEarliest()
    {
        var run = Run.Longest("A", Results("A", "WWLWW"), RunKind.Winning);

        Assert.Equal(Day("2000-01-01"), run!.From);
    }

    [Fact]
    public void Longest_RunUpToTheLastMatch_IsOngoing()
    {
        var run = Run.Longest("A", Results("A", "WLLL"), RunKind.Losing);

        Assert.Equal((3, true), (run!.Length, run.Ongoing));
    }

    [Fact]
    public void Longest_UnbeatenRun_CountsDraws()
    {
        // W D D W unbeaten (4), then a defeat.
        var run = Run.Longest("A", Results("A", "WDDWL"), RunKind.Unbeaten);

        Assert.Equal(4, run!.Length);
    }

    [Fact]
    public void Longest_WinlessRun_CountsDrawsAndDefeats()
    {
        var run = Run.Longest("A", Results("A", "WDLDW"), RunKind.Winless);

        Assert.Equal(3, run!.Length);
    }

    [Fact]
    public void Longest_NoResultOfTheKind_ReturnsNull()
    {
        Assert.Null(Run.Longest("A", Results("A", "DDL"), RunKind.Winning));
    }

    [Fact]
    public void All_EveryMaximalRun_OldestFirst()
    {
        var runs = Run.All("A", Results("A", "WWLWDWWW"), RunKind.Winning).Select(r => r.Length);

        Assert.Equal([2, 1, 3], runs);
    }

    [Fact]
    public void Top_AcrossTeams_OrdersByLengthThenStartThenTeam()
    {
        // A: wins of 2 (Jan–Feb) and 3 (Apr–Jun); B: 3 (Jan–Mar); C: 3 (Jan–Mar).
        var teams = new Dictionary<string, List<TeamResult>>
        {
            ["C"] = Results("C", "WWWL"),
            ["A"] = Results("A", "WWLWWW"),
            ["B"] = Results("B", "WWWD"),
        };

        var top = Run.Top(teams, RunKind.Winning, 3).Select(r => (r.Team, r.Length));

        Assert.Equal([("B", 3), ("C", 3), ("A", 3)], top);
    }

    [Fact]
    public void Top_TeamWithTwoLongRuns_AppearsTwice()
    {
        var teams = new Dictionary<string, List<TeamResult>> { ["A"] = Results("A", "LLLWLL"), ["B"] = Results("B", "LW") };

        var top = Run.Top(teams, RunKind.Losing, 2).Select(r => (r.Team, r.Length));

        Assert.Equal([("A", 3), ("A", 2)], top);
    }
}
