using System.Collections.Immutable;
using Qualify.Testing;

namespace Qualify.Ratings.Tests;

public sealed class RatingRunTests
{
    [Fact]
    public void Compute_SameDayMatches_RatesInInputOrder()
    {
        // Two friendlies (K 20, G 1) on one day, Zambia first in the input, although "Angola" sorts first by name.
        // Hand calculation, every team at 1500, home advantage 100 (We = 1/(10^(−100/400) + 1) = 0.640065):
        // Zambia 1-0 Botswana: Zambia +20·(1 − 0.640065) = +7.199 → 1507.199.
        // Angola 1-0 Zambia: We(Angola) = 1/(10^(−(1500 − 1507.199 + 100)/400) + 1) = 0.630464;
        // Zambia −20·(1 − 0.630464) = −7.391 → 1499.808.
        // In name order (Angola first) Zambia would end at 1492.801 + 7.391 = 1500.192 instead.
        var matches = new[]
        {
            MatchBuilder.Played("2021-09-02", "Zambia", 1, 0, "Botswana", "Friendly"),
            MatchBuilder.Played("2021-09-02", "Angola", 1, 0, "Zambia", "Friendly"),
        };

        var run = RatingRun.Elo(matches);

        RatingAssert.Near(1499.808, run.RatingOf("Zambia"), RatingAssert.HandCalculation);
    }

    [Fact]
    public void Rate_OneByOne_EqualsCompute()
    {
        // The walk-forward evaluation feeds the run match by match; the ratings must be those of the whole run.
        var matches = new[]
        {
            MatchBuilder.Played("2021-09-02", "A", 2, 0, "B"),
            MatchBuilder.Played("2021-09-05", "B", 1, 1, "C"),
            MatchBuilder.Played("2021-09-08", "C", 0, 3, "A", "Friendly"),
        };
        var stepped = RatingRun.Start(WorldFootballElo.Instance);

        foreach (var match in matches)
        {
            stepped.Rate(match);
        }

        var whole = RatingRun.Elo(matches);
        Assert.Equal(whole.Table().AsEnumerable(), stepped.Table());
    }

    [Fact]
    public void Rate_MatchBeforeTheLastRated_Throws()
    {
        // A run goes forward in time: rating an earlier match after a later one would be silently wrong.
        var run = RatingRun.Start(WorldFootballElo.Instance);
        run.Rate(MatchBuilder.Played("2021-09-05", "A", 1, 0, "B"));

        Assert.Throws<ArgumentException>(() => run.Rate(MatchBuilder.Played("2021-09-02", "B", 1, 0, "C")));
    }

    [Fact]
    public void Table_SeededTeamThatHasNotPlayed_HasNoLastMatch()
    {
        // A team of the seed keeps its seed points and has no rated match: no date (the CLI printed 0001-01-01).
        var seed = new RatingSeed(new DateOnly(2006, 1, 1), ImmutableDictionary<string, double>.Empty.Add("A", 1600).Add("B", 1596), 1596);

        var run = RatingRun.Compute(WorldFootballElo.Instance, [MatchBuilder.Played("2006-03-01", "B", 1, 0, "C")], seed: seed);

        var a = run.Table().Single(e => e.Team == "A");
        Assert.Equal((0, (DateOnly?)null), (a.Matches, a.LastMatch));
    }

    [Fact]
    public void LastDate_Seeded_IsTheSeedDateUntilAMatchIsRated()
    {
        // The seed's ratings come from matches up to its date: that is the run's data date before any match.
        var seed = new RatingSeed(new DateOnly(2006, 1, 1), ImmutableDictionary<string, double>.Empty.Add("A", 1600), 1600);
        var run = RatingRun.Start(WorldFootballElo.Instance, seed);

        var before = run.LastDate;
        run.Rate(MatchBuilder.Played("2006-03-01", "A", 1, 0, "B"));

        Assert.Equal((new DateOnly(2006, 1, 1), new DateOnly(2006, 3, 1)), (before, run.LastDate));
    }
}
