using Qualify.Domain.Matches;
using Qualify.Testing;

namespace Qualify.Ratings.Tests;

public sealed class FifaSumRankingTests
{
    private static readonly FifaSumRanking Ranking = new(_ => default);

    [Fact]
    public void Update_1300Beats1500AtImportance25_GivesFifasWorkedExample()
    {
        // FIFA, "Revision of the FIFA/Coca-Cola World Ranking" (2018), worked example: a team on 1300 points beats a
        // team on 1500 in a qualifier (I = 25): 1300 → 1317 and 1500 → 1483 (rounded to whole points).
        var match = MatchBuilder.Played("2019-09-05", "A", 1, 0, "B");

        var (home, away) = Ranking.Update(1300, 1500, match, CompetitionClass.WorldCupQualifier);

        RatingAssert.Near(1317, 1300 + home, RatingAssert.WholePoint);
        RatingAssert.Near(1483, 1500 + away, RatingAssert.WholePoint);
    }

    [Fact]
    public void Update_ShootoutWin_ScoresThreeQuartersAndHalf()
    {
        // FIFA 2018 revision: shootout winner W = 0.75, loser W = 0.5. Equal teams, I = 25 (qualifier):
        // winner 25·(0.75 − 0.5) = +6.25, loser 25·(0.5 − 0.5) = 0.
        var match = MatchBuilder.Played("2019-09-05", "A", 1, 1, "B") with { ShootoutWinner = "A" };

        var (home, away) = Ranking.Update(1500, 1500, match, CompetitionClass.WorldCupQualifier);

        Assert.Equal((6.25, 0.0), (home, away));
    }

    [Fact]
    public void Update_KnockoutLossInFinals_LosesNoPoints()
    {
        // FIFA 2018 revision: "no points are deducted" in the knockout rounds of final competitions.
        var knockout = new FifaSumRanking(_ => new FifaSumRanking.MatchContext(false, Knockout: true, QuarterFinalOrLater: true, false));
        var match = MatchBuilder.Played("2018-07-06", "A", 0, 2, "B", "FIFA World Cup");

        var (home, _) = knockout.Update(1600, 1400, match, CompetitionClass.WorldCupFinals);

        Assert.Equal(0.0, home);
    }

    [Theory]
    [InlineData(CompetitionClass.Friendly, false, false, false, 5)]
    [InlineData(CompetitionClass.Friendly, true, false, false, 10)]
    [InlineData(CompetitionClass.NationsLeague, true, false, false, 15)]
    [InlineData(CompetitionClass.NationsLeague, true, false, true, 25)]
    [InlineData(CompetitionClass.WorldCupQualifier, true, false, false, 25)]
    [InlineData(CompetitionClass.ContinentalQualifier, true, false, false, 25)]
    [InlineData(CompetitionClass.ContinentalFinals, false, false, false, 35)]
    [InlineData(CompetitionClass.ContinentalFinals, false, true, false, 40)]
    [InlineData(CompetitionClass.WorldCupFinals, false, false, false, 50)]
    [InlineData(CompetitionClass.WorldCupFinals, false, true, false, 60)]
    public void Importance_ByClassAndRound_FollowsFifaTable(CompetitionClass competitionClass, bool window, bool lateRound, bool nationsLeagueFinals, double expected)
    {
        // FIFA 2018 revision, table of match importance I.
        var context = new FifaSumRanking.MatchContext(window, lateRound, lateRound, nationsLeagueFinals);

        Assert.Equal(expected, FifaSumRanking.Importance(competitionClass, context, "any"));
    }

    [Fact]
    public void Importance_ConfederationsCup_IsForty()
    {
        // FIFA 2018 revision: the Confederations Cup has I = 40.
        Assert.Equal(40, FifaSumRanking.Importance(CompetitionClass.IntercontinentalMajor, default, "Confederations Cup"));
    }
}
