using Qualify.Models.Evaluation;

namespace Qualify.Models.Tests.Evaluation;

/// <summary><see cref="RefitSchedule"/>: refits at the first evaluated date, then on calendar period starts.</summary>
public sealed class RefitScheduleTests
{
    [Theory]
    [InlineData("2021-09-15", "2021-10-01")]
    [InlineData("2021-10-01", "2022-01-01")]
    [InlineData("2021-12-31", "2022-01-01")]
    [InlineData("2022-02-28", "2022-04-01")]
    public void Quarterly_NextAfter_IsTheNextQuarterStart(string date, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            RefitSchedule.Quarterly.NextAfter(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Monthly_Dates_StartAtTheFirstEvaluatedDate()
    {
        var dates = RefitSchedule.Monthly.Dates(new DateOnly(2021, 9, 15), new DateOnly(2021, 11, 16));

        Assert.Equal([new DateOnly(2021, 9, 15), new DateOnly(2021, 10, 1), new DateOnly(2021, 11, 1)], dates);
    }

    [Fact]
    public void Quarterly_Dates_OneYear_GivesFourQuarterStarts()
    {
        var dates = RefitSchedule.Quarterly.Dates(new DateOnly(2010, 1, 1), new DateOnly(2010, 12, 31));

        Assert.Equal([new DateOnly(2010, 1, 1), new DateOnly(2010, 4, 1), new DateOnly(2010, 7, 1), new DateOnly(2010, 10, 1)], dates);
    }

    [Fact]
    public void FromMonths_NotADivisorOfTheYear_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RefitSchedule.FromMonths(5));
    }
}
