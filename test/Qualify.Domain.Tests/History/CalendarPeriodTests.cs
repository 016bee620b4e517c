using Qualify.Domain.History;
using static Qualify.Domain.Tests.History.HistoryKit;

namespace Qualify.Domain.Tests.History;

/// <summary>Spans in calendar years, months and days, as "days since" figures are read aloud.</summary>
public sealed class CalendarPeriodTests
{
    [Fact]
    public void Between_CanadasWinOverMexicoToTheNextMeeting_21Years8Months27Days()
    {
        // results.csv line 24212: 2000-02-20,Mexico,Canada,1,2,Gold Cup,San Diego,United States,TRUE, to 2021-11-16
        // (line 44760): 2000-02-20 + 21 years = 2021-02-20, + 8 months = 2021-10-20, + 27 days = 2021-11-16.
        var period = CalendarPeriod.Between(Day("2000-02-20"), Day("2021-11-16"));

        Assert.Equal(new CalendarPeriod(21, 8, 27), period);
        Assert.Equal("21 years, 8 months, 27 days", period.ToString());
    }

    [Fact]
    public void Between_FromTheLastDayOfAMonth_CountsTheShorterMonthWhole()
    {
        // 31 January + 1 month = 29 February 2024 (clamped), then 1 day to 1 March.
        Assert.Equal(new CalendarPeriod(0, 1, 1), CalendarPeriod.Between(Day("2024-01-31"), Day("2024-03-01")));
    }

    [Fact]
    public void Between_SameDay_ZeroDays()
    {
        Assert.Equal("0 days", CalendarPeriod.Between(Day("2024-01-31"), Day("2024-01-31")).ToString());
    }
}
