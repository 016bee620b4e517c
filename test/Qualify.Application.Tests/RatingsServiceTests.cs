using Qualify.Testing;

namespace Qualify.Application.Tests;

/// <summary><see cref="RatingsService"/>: the rows and series a ratings request shows.</summary>
public sealed class RatingsServiceTests
{
    // Two matches (hand-made): Canada 2-0 Honduras on 2021-09-02, Mexico 1-1 Canada on 2021-10-07; three teams rated.
    private static readonly InMemoryHistorySource History = new(
    [
        MatchBuilder.Played("2021-09-02", "Canada", 2, 0, "Honduras"),
        MatchBuilder.Played("2021-10-07", "Mexico", 1, 1, "Canada"),
    ]);

    [Fact]
    public void Compute_NoTeam_FirstTopRowsOfTheTable()
    {
        var result = new RatingsService(History).Compute(new RatingsRequest(RatingSystemKind.Elo, null, null, WithHistory: false, Top: 2));

        Assert.Equal(result.Run.Table().Take(2), result.Rows);
        Assert.Null(result.Series);
    }

    [Fact]
    public void Compute_TeamWithHistory_ItsRowAloneAndItsRatingAfterEachMatch()
    {
        var result = new RatingsService(History).Compute(new RatingsRequest(RatingSystemKind.Elo, null, "Canada", WithHistory: true, Top: 10));

        Assert.Equal("Canada", Assert.Single(result.Rows).Team);
        Assert.Equal([new DateOnly(2021, 9, 2), new DateOnly(2021, 10, 7)], result.Series!.Select(p => p.Date));
    }

    [Fact]
    public void Compute_TeamWithoutAMatchByTheDate_ThrowsNamingTheDate()
    {
        // Mexico's only match is on 2021-10-07: by 2021-09-30 it has none.
        var request = new RatingsRequest(RatingSystemKind.Elo, new DateOnly(2021, 9, 30), "Mexico", WithHistory: false, Top: 10);

        var error = Assert.Throws<UserInputException>(() => new RatingsService(History).Compute(request));

        Assert.Equal("Mexico has no rated match by 2021-09-30", error.Message);
    }
}
