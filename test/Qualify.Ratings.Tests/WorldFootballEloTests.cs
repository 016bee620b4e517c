using Qualify.Domain.Matches;
using Qualify.Testing;

namespace Qualify.Ratings.Tests;

public sealed class WorldFootballEloTests
{
    [Theory]
    [InlineData(0, 1.0)]
    [InlineData(1, 1.0)]
    [InlineData(2, 1.5)]
    [InlineData(3, 1.75)]
    [InlineData(4, 1.875)]
    [InlineData(7, 2.25)]
    public void GoalMarginMultiplier_ByMargin_FollowsEloratings(int margin, double expected)
    {
        // eloratings.net: G = 1 (draw or one goal), 1.5 (two), 1.75 (three), 1.75 + (N − 3)/8 (N ≥ 4).
        Assert.Equal(expected, WorldFootballElo.GoalMarginMultiplier(margin));
    }

    [Theory]
    [InlineData(CompetitionClass.WorldCupFinals, 60)]
    [InlineData(CompetitionClass.ContinentalFinals, 50)]
    [InlineData(CompetitionClass.IntercontinentalMajor, 50)]
    [InlineData(CompetitionClass.WorldCupQualifier, 40)]
    [InlineData(CompetitionClass.ContinentalQualifier, 40)]
    [InlineData(CompetitionClass.OtherQualifier, 40)]
    [InlineData(CompetitionClass.OtherTournament, 30)]
    [InlineData(CompetitionClass.Friendly, 20)]
    public void KFactor_ByClass_FollowsEloratings(CompetitionClass competitionClass, int expected)
    {
        // eloratings.net: K = 60, 50, 40, 30, 20 by match type.
        Assert.Equal(expected, WorldFootballElo.KFactor(competitionClass));
    }

    [Fact]
    public void Update_EqualTeamsHomeWinByTwoInQualifier_MatchesHandCalculation()
    {
        // Hand calculation: dr = 0 + 100 (home) → We = 1/(10^(−100/400) + 1) = 0.640065; K·G = 40·1.5 = 60;
        // change = 60·(1 − 0.640065) = 21.596.
        var match = MatchBuilder.Played("2021-09-02", "A", 2, 0, "B");

        var (home, away) = WorldFootballElo.Instance.Update(1500, 1500, match, CompetitionClass.WorldCupQualifier);

        RatingAssert.Near(21.596, home, RatingAssert.HandCalculation);
        RatingAssert.Near(-21.596, away, RatingAssert.HandCalculation);
    }

    [Fact]
    public void Update_NeutralVenue_HasNoHomeAdvantage()
    {
        // At a neutral venue dr = 0, We = 0.5: a draw between equal teams changes nothing.
        var match = MatchBuilder.Played("2021-09-02", "A", 1, 1, "B") with { Neutral = true };

        var (home, away) = WorldFootballElo.Instance.Update(1500, 1500, match, CompetitionClass.Friendly);

        Assert.Equal((0.0, 0.0), (home, away));
    }

    [Fact]
    public void Update_DrawWonOnPenalties_CountsAsDraw()
    {
        // eloratings.net counts a match decided on penalties as a draw: neutral 1-1 between equals, winner on
        // penalties → no change.
        var match = MatchBuilder.Played("2021-09-02", "A", 1, 1, "B") with { Neutral = true, ShootoutWinner = "A" };

        var (home, _) = WorldFootballElo.Instance.Update(1500, 1500, match, CompetitionClass.ContinentalFinals);

        Assert.Equal(0.0, home);
    }

    [Fact]
    public void Update_SecondLegWonOnTheDayLostOnPenalties_CountsAsTheWin()
    {
        // results.csv line 45073: 2022-03-29 Senegal 1-0 Egypt, FIFA World Cup qualification, at home (shootouts.csv
        // line 590: Senegal won the shootout after 1-1 on aggregate). The score says a home win, whoever took the
        // shootout. Hand calculation from equal ratings: We = 0.640065 (100 at home), K·G = 40·1;
        // Senegal +40·(1 − 0.640065) = +14.397, Egypt −14.397.
        var match = MatchBuilder.Played("2022-03-29", "Senegal", 1, 0, "Egypt") with { ShootoutWinner = "Senegal" };

        var (home, away) = WorldFootballElo.Instance.Update(1500, 1500, match, CompetitionClass.WorldCupQualifier);

        RatingAssert.Near(14.397, home, RatingAssert.HandCalculation);
        RatingAssert.Near(-14.397, away, RatingAssert.HandCalculation);
    }

    [Fact]
    public void Update_AwayWinOnTheDayHomeWinOnPenalties_CountsAsTheAwayWin()
    {
        // results.csv line 45123: 2022-03-29 Kazakhstan 0-1 Moldova, UEFA Nations League play-out second leg at home
        // (shootouts.csv line 589: Kazakhstan won the shootout). The loser on the day loses points: from equal ratings,
        // Kazakhstan 40·(0 − 0.640065) = −25.603 (K 40 nations league, G 1).
        var match = MatchBuilder.Played("2022-03-29", "Kazakhstan", 0, 1, "Moldova", "UEFA Nations League") with { ShootoutWinner = "Kazakhstan" };

        var (home, _) = WorldFootballElo.Instance.Update(1500, 1500, match, CompetitionClass.NationsLeague);

        RatingAssert.Near(-25.603, home, RatingAssert.HandCalculation);
    }

    [Theory]
    [InlineData("CFU Caribbean Cup qualification", 40)]
    [InlineData("AFC Challenge Cup qualification", 40)]
    [InlineData("AFF Championship qualification", 40)]
    [InlineData("Arab Cup qualification", 40)]
    [InlineData("CCCF Championship", 30)]
    [InlineData("NAFC Championship", 30)]
    [InlineData("NAFU Championship", 30)]
    [InlineData("Intercontinental Cup", 30)]
    [InlineData("FIFA 75th Anniversary Cup", 30)]
    [InlineData("Mundialito", 50)]
    [InlineData("CONMEBOL–UEFA Cup of Champions", 50)]
    public void KFactor_BorderlineTournament_FollowsEloratingsCategory(string tournament, int expected)
    {
        // eloratings.net, "About the ratings": 50 continental championship finals and major intercontinental
        // tournaments; 40 World Cup and continental qualifiers; 30 all other tournaments. The decision for each name
        // is cited in tournament-classes.csv.
        Assert.Equal(expected, WorldFootballElo.KFactor(CompetitionClassifier.Classify(tournament)));
    }
}
