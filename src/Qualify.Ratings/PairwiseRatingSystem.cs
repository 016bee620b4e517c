using Qualify.Domain.Matches;

namespace Qualify.Ratings;

/// <summary>
/// The update rule that the World Football Elo ratings and the FIFA/Coca-Cola "SUM" ranking share:
/// R_new = R_old + W·(S − S_expected), where S is the match result for the team (1 win, ½ draw, 0 loss, with each
/// system's own shootout rule), S_expected = 1 / (10^(−dr/Scale) + 1) with dr the rating difference (plus any home
/// advantage), and W the match weight. Each system supplies only what differs: the scale of the curve, the home
/// advantage, the weight, the shootout rule and whether a loss may cost points.
/// </summary>
public abstract class PairwiseRatingSystem
{
    /// <summary>The rating a team starts from.</summary>
    public abstract double InitialRating { get; }

    /// <summary>The divisor of the rating difference in the expectancy curve (400 for Elo, 600 for FIFA).</summary>
    public abstract double Scale { get; }

    /// <summary>The short name of the system ("elo", "fifa").</summary>
    public abstract string Name { get; }

    /// <summary>Rating points added to the home team's rating in the expectancy (0 at a neutral venue).</summary>
    public abstract double HomeAdvantage(Match match);

    /// <summary>The weight W of the match (Elo: K·G; FIFA: importance I).</summary>
    public abstract double Weight(Match match, CompetitionClass competitionClass);

    /// <summary>The result S for the home team and for the away team.</summary>
    public virtual (double Home, double Away) Results(Match match)
    {
        ArgumentNullException.ThrowIfNull(match);
        var score = match.Score ?? throw new ArgumentException("an unplayed match has no result", nameof(match));
        return score.Outcome switch
        {
            MatchOutcome.HomeWin => (1, 0),
            MatchOutcome.AwayWin => (0, 1),
            _ => (0.5, 0.5),
        };
    }

    /// <summary>Whether a team may lose points in this match (FIFA: not in the knockout rounds of final competitions).</summary>
    public virtual bool LossesCount(Match match, CompetitionClass competitionClass) => true;

    /// <summary>The expected result of a team rated <paramref name="difference"/> points above its opponent.</summary>
    public double Expected(double difference) => 1.0 / (Math.Pow(10.0, -difference / Scale) + 1.0);

    /// <summary>
    /// The rating changes of one match: (home change, away change). Not zero-sum when losses do not count.
    /// </summary>
    public (double Home, double Away) Update(double homeRating, double awayRating, Match match, CompetitionClass competitionClass)
    {
        ArgumentNullException.ThrowIfNull(match);
        var expectedHome = Expected(homeRating + HomeAdvantage(match) - awayRating);
        var (home, away) = Results(match);
        var weight = Weight(match, competitionClass);
        var homeChange = weight * (home - expectedHome);
        var awayChange = weight * (away - (1.0 - expectedHome));
        if (!LossesCount(match, competitionClass))
        {
            homeChange = Math.Max(0, homeChange);
            awayChange = Math.Max(0, awayChange);
        }

        return (homeChange, awayChange);
    }
}
