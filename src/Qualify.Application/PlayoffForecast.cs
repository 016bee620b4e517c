using System.Collections.Immutable;
using Qualify.Domain.Competitions;
using Qualify.Domain.Matches;
using Qualify.Models;
using Qualify.Simulation;

namespace Qualify.Application;

/// <summary>
/// The play-off against a known opponent at the end of a competition, and each team's probability of reaching the
/// final tournament through its group and that play-off.
/// </summary>
/// <param name="Group">The group whose slot leads to the play-off.</param>
/// <param name="Slot">That slot.</param>
/// <param name="Playoff">The play-off, with the opponent actually used.</param>
/// <param name="OpponentOverridden">Whether the opponent was given by the user instead of the definition.</param>
/// <param name="Teams">One entry per team of the group, in the group forecast's order.</param>
public sealed record PlayoffForecast(GroupForecast Group, SlotRule Slot, PlayoffDefinition Playoff, bool OpponentOverridden, ImmutableArray<WorldCupForecast> Teams)
{
    /// <summary>The entry of <paramref name="team"/>.</summary>
    /// <exception cref="InvalidOperationException">The team is not in the group.</exception>
    public WorldCupForecast this[string team] => Teams.Single(t => string.Equals(t.Team, team, StringComparison.Ordinal));

    /// <summary>
    /// Computes the play-off outlook of every team of <paramref name="group"/>: its probability of winning the play-off
    /// (<see cref="WinProbability"/>) and of reaching the final tournament (<see cref="WorldCupForecast.From"/>).
    /// </summary>
    /// <param name="group">The group's forecast.</param>
    /// <param name="slot">The group's slot that leads to <paramref name="playoff"/>.</param>
    /// <param name="playoff">The play-off, opponent resolved.</param>
    /// <param name="opponentOverridden">Whether the opponent was given by the user.</param>
    /// <param name="predict">The goal model of the forecast (the same ratings, as of the same date).</param>
    /// <param name="date">The date given to the model's matches (the forecast's as-of date).</param>
    public static PlayoffForecast Compute(GroupForecast group, SlotRule slot, PlayoffDefinition playoff, bool opponentOverridden,
        Func<Match, ScorelineDistribution> predict, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(slot);
        ArgumentNullException.ThrowIfNull(playoff);
        ArgumentNullException.ThrowIfNull(predict);
        var teams = group.Teams.Select(t => WorldCupForecast.From(t, group.Group, slot, WinProbability(predict, t.Team, playoff, date), group.Simulations));
        return new PlayoffForecast(group, slot, playoff, opponentOverridden, [.. teams]);
    }

    /// <summary>
    /// The probability that <paramref name="team"/> wins <paramref name="playoff"/>, from the scoreline distributions the
    /// model gives its match or legs (<see cref="PlayoffOdds"/>: 90 minutes, extra time at the same scoring rate,
    /// penalties 50/50). A one-match play-off at a neutral venue lists the team first and has no home advantage.
    /// </summary>
    /// <param name="predict">The goal model.</param>
    /// <param name="team">The team that reaches the play-off slot.</param>
    /// <param name="playoff">The play-off.</param>
    /// <param name="date">The date given to the model's matches.</param>
    public static double WinProbability(Func<Match, ScorelineDistribution> predict, string team, PlayoffDefinition playoff, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(predict);
        ArgumentNullException.ThrowIfNull(playoff);
        var opponent = playoff.Opponent;
        ScorelineDistribution Leg(string home, string away, bool neutral) =>
            predict(new Match(date, home, away, null, "FIFA World Cup qualification", string.Empty, string.Empty, neutral));
        return playoff.Venue switch
        {
            PlayoffVenue.Neutral => PlayoffOdds.SingleMatchHomeWin(Leg(team, opponent, neutral: true)),
            PlayoffVenue.Home => PlayoffOdds.SingleMatchHomeWin(Leg(team, opponent, neutral: false)),
            PlayoffVenue.Away => 1 - PlayoffOdds.SingleMatchHomeWin(Leg(opponent, team, neutral: false)),
            PlayoffVenue.HomeFirst => PlayoffOdds.TwoLegsFirstHomeWin(Leg(team, opponent, false), Leg(opponent, team, false), playoff.AwayGoals),
            PlayoffVenue.AwayFirst => 1 - PlayoffOdds.TwoLegsFirstHomeWin(Leg(opponent, team, false), Leg(team, opponent, false), playoff.AwayGoals),
            _ => throw new ArgumentOutOfRangeException(nameof(playoff), playoff.Venue, "not a play-off venue"),
        };
    }
}

/// <summary>A team's chance of reaching the final tournament through its group and the play-off.</summary>
/// <param name="Team">The team.</param>
/// <param name="PlayoffWin">P(win the play-off | the team plays it), exact for the model.</param>
/// <param name="WorldCup">P(reach the final tournament) = P(qualified slot) + P(play-off slot) × <paramref name="PlayoffWin"/>.</param>
/// <param name="StandardError">The Monte Carlo standard error of <paramref name="WorldCup"/>.</param>
public sealed record WorldCupForecast(string Team, double PlayoffWin, double WorldCup, double StandardError)
{
    /// <summary>
    /// Combines a team's simulated final positions with its play-off win probability w. The opponent and the ratings
    /// are fixed at the forecast's date, so w does not depend on how the group ends, and
    /// P(final tournament) = Σₖ cₖ·pₖ exactly, with pₖ the probability of position k, cₖ = 1 for a qualified position,
    /// w for a position of the play-off slot and 0 otherwise. Its estimate from N simulations is the mean of c over
    /// the simulations, whose standard error is √((Σₖ cₖ²·pₖ − (Σₖ cₖ·pₖ)²)/N); with 0/1 weights this is the
    /// √(p(1 − p)/N) of every other probability of the forecast.
    /// </summary>
    /// <param name="team">The team's forecast.</param>
    /// <param name="group">Its group.</param>
    /// <param name="slot">The group's slot that leads to the play-off.</param>
    /// <param name="playoffWin">w.</param>
    /// <param name="simulations">N.</param>
    public static WorldCupForecast From(TeamForecast team, GroupDefinition group, SlotRule slot, double playoffWin, long simulations)
    {
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(group);
        ArgumentOutOfRangeException.ThrowIfLessThan(simulations, 1);
        double mean = 0, meanOfSquares = 0;
        for (var k = 0; k < team.PositionProbabilities.Length; k++)
        {
            var rule = SlotRule.For(group.Slots, k + 1);
            var weight = rule.Kind == SlotKind.Qualified ? 1 : rule.Equals(slot) ? playoffWin : 0;
            mean += weight * team.PositionProbabilities[k];
            meanOfSquares += weight * weight * team.PositionProbabilities[k];
        }

        var worldCup = Math.Clamp(mean, 0, 1);
        return new WorldCupForecast(team.Team, playoffWin, worldCup, Math.Sqrt(Math.Max(0, meanOfSquares - (mean * mean)) / simulations));
    }
}
