using Qualify.Domain.Competitions;
using Qualify.Testing;

namespace Qualify.Domain.Tests.Stages;

/// <summary>
/// <see cref="TieDecider"/> on real ties of the dataset (results.csv and shootouts.csv line numbers cited) and on
/// hand-built legs for the away-goals rule.
/// </summary>
public sealed class TieDeciderTests
{
    private static readonly TieDefinition OneMatch = new("Final", new TeamEntrant("Australia"), new TeamEntrant("Peru"), PlayoffFormat.SingleMatch);

    private static readonly TieDefinition TwoLegs = new("Tie", new TeamEntrant("A"), new TeamEntrant("B"), PlayoffFormat.TwoLegs);

    [Fact]
    public void Decide_OneMatchWon_WinnerByTheScore()
    {
        // results.csv line 45412: 2022-06-14, Costa Rica 1-0 New Zealand (inter-confederation play-off).
        var tie = OneMatch with { Home = new TeamEntrant("Costa Rica"), Away = new TeamEntrant("New Zealand") };

        var result = TieDecider.Decide(tie, "Costa Rica", "New Zealand", [MatchBuilder.Played("2022-06-14", "Costa Rica", 1, 0, "New Zealand")]);

        Assert.Equal(("Costa Rica", TieDecision.Score), (result.Winner, result.Decision));
    }

    [Fact]
    public void Decide_OneMatchLevelWithShootout_WinnerOnPenalties()
    {
        // results.csv line 45398: 2022-06-13, Australia 0-0 Peru after extra time; shootouts.csv: Australia won 5-4.
        var leg = MatchBuilder.Played("2022-06-13", "Australia", 0, 0, "Peru") with { ShootoutWinner = "Australia" };

        var result = TieDecider.Decide(OneMatch, "Australia", "Peru", [leg]);

        Assert.Equal(("Australia", TieDecision.Penalties), (result.Winner, result.Decision));
    }

    [Fact]
    public void Decide_LevelWithNoShootoutRecorded_ThrowsNamingTheTie()
    {
        var error = Assert.Throws<CompetitionDataException>(() =>
            TieDecider.Decide(OneMatch, "Australia", "Peru", [MatchBuilder.Played("2022-06-13", "Australia", 0, 0, "Peru")]));

        Assert.Equal("tie 'Final' (Australia v Peru) is level after its match and the data records no shoot-out winner: add \"penalties\" to the fixture", error.Message);
    }

    [Fact]
    public void Decide_FirstLegOnly_StaysOpen()
    {
        var result = TieDecider.Decide(TwoLegs, "A", "B", [MatchBuilder.Played("2020-01-01", "A", 3, 0, "B")]);

        Assert.Equal((null, TieDecision.Open, 3, 0), (result.Winner, result.Decision, result.HomeGoals, result.AwayGoals));
    }

    [Fact]
    public void Decide_TwoLegsAggregate_WinnerByTheAggregate()
    {
        // Hand calculation: A 3-1 B, then B 1-0 A: A scored 3 + 0 = 3, B 1 + 1 = 2.
        var result = TieDecider.Decide(TwoLegs, "A", "B", [MatchBuilder.Played("2020-01-01", "A", 3, 1, "B"), MatchBuilder.Played("2020-01-05", "B", 1, 0, "A")]);

        Assert.Equal(("A", TieDecision.Score, 3, 2), (result.Winner, result.Decision, result.HomeGoals, result.AwayGoals));
    }

    [Fact]
    public void Decide_LevelAggregateWithAwayGoals_WinnerScoredMoreAway()
    {
        // A 1-2 B, B 0-1 A: aggregate 2-2; away goals A 1 (in the second leg), B 2 (in the first): B goes through.
        var legs = new[] { MatchBuilder.Played("2020-01-01", "A", 1, 2, "B"), MatchBuilder.Played("2020-01-05", "B", 0, 1, "A") };

        var result = TieDecider.Decide(TwoLegs with { AwayGoals = true }, "A", "B", legs);

        Assert.Equal(("B", TieDecision.AwayGoals), (result.Winner, result.Decision));
    }

    [Fact]
    public void Decide_LevelAggregateWithoutAwayGoalsRule_GoesToPenalties()
    {
        // The same legs under the post-2021 rule: level on aggregate, the second leg's shoot-out decides.
        var legs = new[] { MatchBuilder.Played("2020-01-01", "A", 1, 2, "B"), MatchBuilder.Played("2020-01-05", "B", 0, 1, "A") with { ShootoutWinner = "A" } };

        var result = TieDecider.Decide(TwoLegs, "A", "B", legs);

        Assert.Equal(("A", TieDecision.Penalties), (result.Winner, result.Decision));
    }

    [Fact]
    public void Decide_Walkover_WinnerWithoutAMatch()
    {
        // UEFA 2022 play-off path B: Russia v Poland was not played; Poland went through by walkover.
        var tie = OneMatch with { Home = new TeamEntrant("Russia"), Away = new TeamEntrant("Poland"), Walkover = "Poland" };

        var result = TieDecider.Decide(tie, "Russia", "Poland", []);

        Assert.Equal(("Poland", TieDecision.Walkover, "Russia"), (result.Winner, result.Decision, result.Loser));
    }

    [Fact]
    public void Decide_MoreMatchesThanLegs_ThrowsNamingTheCount()
    {
        var legs = new[] { MatchBuilder.Played("2022-06-13", "Australia", 0, 0, "Peru"), MatchBuilder.Played("2022-06-20", "Peru", 1, 0, "Australia") };

        var error = Assert.Throws<CompetitionDataException>(() => TieDecider.Decide(OneMatch, "Australia", "Peru", legs));

        Assert.Equal("tie 'Final' (Australia v Peru) has 2 matches in the data, but its format has 1", error.Message);
    }
}
