using Qualify.Domain.Matches;

namespace Qualify.Ratings;

/// <summary>
/// The World Football Elo ratings, as published at eloratings.net ("About the ratings"):
/// R_n = R_o + K·G·(W − W_e), W_e = 1 / (10^(−dr/400) + 1), dr = R_home − R_away + 100 when the home team plays at
/// home (nothing at a neutral venue).
/// <list type="bullet">
/// <item>K: 60 World Cup finals; 50 continental championship finals and major intercontinental tournaments;
/// 40 World Cup and continental qualifiers and major tournaments (here: the nations leagues, and the qualification
/// rounds of other tournaments); 30 all other tournaments; 20 friendlies. Each tournament's class, with the reason
/// for it, is in <c>tournament-classes.csv</c>.</item>
/// <item>G, the goal-margin multiplier: 1 for a draw or a one-goal win, 1.5 for two goals, 1.75 for three, and
/// 1.75 + (N − 3)/8 for N ≥ 4.</item>
/// <item>W: 1 win, 0.5 draw, 0 loss, by the score after extra time: a penalty shootout does not change it. A draw
/// decided on penalties counts as a draw, as on eloratings.net; a second leg won on the day but lost on penalties
/// (the aggregate level) counts as the win it was.</item>
/// </list>
/// Initial rating: every team starts at 1500 at its first match in the dataset (eloratings.net does not publish its
/// seeds; 1500 is the conventional Elo mean). A team is <em>provisional</em> until it has played
/// <see cref="ProvisionalMatches"/> matches: its rating is computed as for any team but flagged, because early
/// ratings mostly reflect the arbitrary seed.
/// </summary>
public sealed class WorldFootballElo : PairwiseRatingSystem
{
    /// <summary>The one instance (the system has no settings).</summary>
    public static WorldFootballElo Instance { get; } = new();

    /// <summary>Matches a team must have played before its rating is no longer flagged provisional.</summary>
    public static int ProvisionalMatches => 30;

    /// <inheritdoc />
    public override double InitialRating => 1500;

    /// <inheritdoc />
    public override double Scale => 400;

    /// <inheritdoc />
    public override string Name => "elo";

    /// <inheritdoc />
    public override double HomeAdvantage(Match match)
    {
        ArgumentNullException.ThrowIfNull(match);
        return match.Neutral ? 0 : 100;
    }

    /// <inheritdoc />
    public override double Weight(Match match, CompetitionClass competitionClass)
    {
        ArgumentNullException.ThrowIfNull(match);
        var score = match.Score ?? throw new ArgumentException("an unplayed match has no weight", nameof(match));
        return KFactor(competitionClass) * GoalMarginMultiplier(Math.Abs(score.Home - score.Away));
    }

    /// <summary>K by the class of the tournament (eloratings.net).</summary>
    public static int KFactor(CompetitionClass competitionClass) => competitionClass switch
    {
        CompetitionClass.WorldCupFinals => 60,
        CompetitionClass.ContinentalFinals or CompetitionClass.IntercontinentalMajor => 50,
        CompetitionClass.WorldCupQualifier or CompetitionClass.ContinentalQualifier
            or CompetitionClass.NationsLeague or CompetitionClass.NationsLeagueQualifier or CompetitionClass.OtherQualifier => 40,
        CompetitionClass.OtherTournament => 30,
        _ => 20,
    };

    /// <summary>G for a goal margin of <paramref name="margin"/> (eloratings.net).</summary>
    public static double GoalMarginMultiplier(int margin) => margin switch
    {
        < 0 => throw new ArgumentOutOfRangeException(nameof(margin), margin, "a margin is not negative"),
        <= 1 => 1.0,
        2 => 1.5,
        3 => 1.75,
        _ => 1.75 + ((margin - 3) / 8.0),
    };
}
