using Qualify.Domain.Matches;
using Qualify.Testing;

namespace Qualify.Ratings.Tests;

public sealed class FifaSeedTests
{
    // A small history: three World Cup qualifiers in 2005, then matches that reverse the order years later.
    private static readonly Match[] Early =
    [
        MatchBuilder.Played("2005-06-01", "A", 3, 0, "B"),
        MatchBuilder.Played("2005-06-05", "B", 3, 0, "C"),
        MatchBuilder.Played("2005-06-09", "A", 2, 0, "C"),
        MatchBuilder.Played("2008-10-11", "C", 1, 0, "B", "Friendly"),
        MatchBuilder.Played("2009-06-06", "B", 1, 1, "A", "Friendly"),
    ];

    private static readonly Match[] Later =
    [
        MatchBuilder.Played("2010-01-02", "C", 5, 0, "A"),
        MatchBuilder.Played("2010-01-03", "C", 4, 0, "B"),
        MatchBuilder.Played("2014-06-12", "C", 3, 0, "A", "FIFA World Cup"),
        MatchBuilder.Played("2017-10-10", "B", 2, 0, "A"),
        MatchBuilder.Played("2018-03-27", "C", 6, 0, "A", "Friendly"),
    ];

    private static readonly DateOnly AsOf = new(2010, 1, 1);

    [Fact]
    public void Fifa_AsOfBefore2018_SeedsOneWorldCupCycleBefore()
    {
        // The rule: before FIFA's own start (2018-06-06) the ranking starts four years before the as-of date.
        var seed = RatingSeed.Fifa(Early, AsOf);

        Assert.Equal(new DateOnly(2006, 1, 1), seed.Date);
    }

    [Fact]
    public void Fifa_AsOfAfterFifasStart_SeedsAtFifasStart()
    {
        // FIFA, "Revision of the FIFA/Coca-Cola World Ranking" (2018): the SUM method started from the June 2018 order.
        var seed = RatingSeed.Fifa([.. Early, .. Later], new DateOnly(2021, 11, 17));

        Assert.Equal(new DateOnly(2018, 6, 6), seed.Date);
    }

    [Fact]
    public void FifaAt_TeamsOfTheLastWorldCupCycle_Get1600Minus4PerRank()
    {
        // FIFA 2018 revision: 1600 points for the first team, 4 fewer for each next. Elo order on 2006-01-01 of the
        // 2005 qualifiers: A beat B 3-0 and C 2-0, B beat C 3-0 → A, B, C.
        var seed = RatingSeed.FifaAt(Early, new DateOnly(2006, 1, 1));

        Assert.Equal([("A", 1600.0), ("B", 1596.0), ("C", 1592.0)], seed.Points.OrderByDescending(kv => kv.Value).Select(kv => (kv.Key, kv.Value)));
    }

    [Fact]
    public void Fifa_MatchesAfterTheAsOfDate_DoNotChangeTheRanking()
    {
        // The later matches reverse the Elo order (C first by 2018) and lie within the window test's four days of
        // the as-of date: neither the seed, the windows nor the results after 2010-01-01 may enter the ranking then.
        var known = RatingRun.Fifa(Early, AsOf).Table();

        var withLater = RatingRun.Fifa([.. Early, .. Later], AsOf).Table();

        Assert.Equal(known.AsEnumerable(), withLater);
    }

    [Fact]
    public void Fifa_AsOf2010_EveryTeamHasPlayedSinceTheSeed()
    {
        // Seeded on 2006-01-01 from the 2005 qualifiers, the three teams have played since: a last match each
        // (B: 2009-06-06, the last match of the history).
        var table = RatingRun.Fifa(Early, AsOf).Table();

        Assert.Equal(new DateOnly(2009, 6, 6), table.Single(e => e.Team == "B").LastMatch);
    }
}
