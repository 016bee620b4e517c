using Qualify.Domain.History;
using Qualify.Domain.Matches;
using static Qualify.Domain.Tests.History.HistoryKit;
using static Qualify.Testing.MatchBuilder;
using Record = Qualify.Domain.History.Record;

namespace Qualify.Domain.Tests.History;

/// <summary>The head-to-head report on hand-made meetings of A and B (and one match of A against C, ignored).</summary>
public sealed class HeadToHeadReportTests
{
    private static readonly Match[] Matches =
    [
        Played("2001-05-01", "A", 2, 0, "B"),
        Played("2002-05-01", "B", 1, 1, "A", "Friendly"),
        Neutral("2003-05-01", "B", 3, 1, "A", "Gold Cup"),
        Played("2004-05-01", "B", 2, 1, "A"),
        Played("2005-05-01", "A", 4, 0, "C"),
        Neutral("2006-05-01", "A", 1, 0, "B", "Gold Cup"),
    ];

    private static readonly HeadToHeadReport Report = HeadToHeadReport.Build("A", "B", Matches, Day("2007-05-01"));

    [Fact]
    public void Build_Meetings_CountsFromAsSide()
    {
        // A: 2-0, 1-1, 1-3, 1-2, 1-0 (goals 6-6).
        Assert.Equal(new Record(5, 2, 1, 2, 6, 6), Report.Overall);
    }

    [Fact]
    public void Build_ByVenue_AHomeBHomeNeutral()
    {
        Assert.Equal((1, 2, 2), (Report.ByVenue[Venue.Home].Played, Report.ByVenue[Venue.Away].Played, Report.ByVenue[Venue.Neutral].Played));
    }

    [Fact]
    public void Build_ByCompetition_EveryGroupPresent()
    {
        // World Cup qualification 2, friendly 1, Gold Cup 2, World Cup finals none.
        Assert.Equal(
            (0, 2, 2, 1),
            (Report.ByCompetition[CompetitionGroup.WorldCupFinals].Played, Report.ByCompetition[CompetitionGroup.Qualifiers].Played,
                Report.ByCompetition[CompetitionGroup.Continental].Played, Report.ByCompetition[CompetitionGroup.Friendly].Played));
    }

    [Fact]
    public void Build_LastWins_WithDaysToTheReferenceDate()
    {
        // A: 2006-05-01, 365 days before 2007-05-01; B: 2004-05-01, 1095 days (2004-05-01 to 2007-05-01, no 29 Feb between).
        Assert.Equal((Day("2006-05-01"), 365), (Report.LastWinA!.Result.Match.Date, Report.LastWinA.DaysSince));
        Assert.Equal((Day("2004-05-01"), 1095), (Report.LastWinB!.Result.Match.Date, Report.LastWinB.DaysSince));
    }

    [Fact]
    public void Build_LastHomeWins_SkipNeutralVenues()
    {
        // A's 2006 win was neutral: its last home win is 2001; B's 2003 win was neutral: its last home win is 2004.
        Assert.Equal((Day("2001-05-01"), Day("2004-05-01")), (Report.LastHomeWinA!.Result.Match.Date, Report.LastHomeWinB!.Result.Match.Date));
    }

    [Fact]
    public void Build_BiggestWinsOfB_FromBsSide()
    {
        Assert.Equal(["3-1", "2-1"], Report.BiggestWinsB.Select(r => r.Score));
    }

    [Fact]
    public void Build_LastMeeting_IgnoresOtherOpponents()
    {
        Assert.Equal(Day("2006-05-01"), Report.LastMeeting!.Match.Date);
    }

    [Fact]
    public void Build_NoMeeting_EmptyWithoutLastResults()
    {
        var report = HeadToHeadReport.Build("A", "D", Matches, Day("2007-05-01"));

        Assert.Equal((0, null, null), (report.Overall.Played, report.LastMeeting, report.LastWinA));
    }
}
