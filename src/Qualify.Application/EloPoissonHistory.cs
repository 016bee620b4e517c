using Qualify.Domain.Matches;
using Qualify.Models;
using Qualify.Ratings;

namespace Qualify.Application;

/// <summary>
/// The Elo-Poisson goal model on the full history, as <c>qualify forecast</c> builds it from the store and as the
/// built-in ratings of a competition definition record it: the World Football Elo ratings after every match up to a
/// date (<see cref="RatingRun"/>), and the coefficients of <see cref="EloPoissonGoalModel"/> fitted on the matches
/// from a start date, each with the two teams' ratings before it.
/// </summary>
/// <param name="Ratings">The Elo ratings after every match up to <see cref="AsOf"/>.</param>
/// <param name="Model">The fitted goal model.</param>
/// <param name="AsOf">The last date rated and fitted, inclusive.</param>
/// <param name="FitFrom">The first date fitted, inclusive.</param>
/// <param name="RatedMatches">The matches rated (every played match up to <see cref="AsOf"/>).</param>
/// <param name="FittedMatches">The matches fitted (those from <see cref="FitFrom"/>).</param>
public sealed record EloPoissonHistory(RatingRun Ratings, EloPoissonGoalModel Model, DateOnly AsOf, DateOnly FitFrom, int RatedMatches, int FittedMatches)
    : IGoalModel
{
    /// <summary>The teams rated (every team with a match up to <see cref="AsOf"/>).</summary>
    public IReadOnlyCollection<string> Teams => Ratings.Teams;

    /// <inheritdoc />
    public string Description => FormattableString.Invariant(
        $"Elo-Poisson on World Football Elo ratings after {RatedMatches:N0} matches to {AsOf:yyyy-MM-dd}; coefficients fitted on the {FittedMatches:N0} matches since {FitFrom:yyyy-MM-dd}");

    /// <summary>
    /// Rates <paramref name="matches"/> up to <paramref name="asOf"/> and fits the goal model on those from
    /// <paramref name="fitFrom"/>.
    /// </summary>
    /// <param name="matches">The matches (any order; same-day matches are rated in input order, for the dataset the order of <c>results.csv</c>).</param>
    /// <param name="asOf">The last date rated and fitted, inclusive.</param>
    /// <param name="fitFrom">The first date fitted, inclusive.</param>
    /// <exception cref="UserInputException">No fitted match has a goal (an as-of date in the first years of the history).</exception>
    public static EloPoissonHistory Fit(IReadOnlyList<Match> matches, DateOnly asOf, DateOnly fitFrom)
    {
        var run = RatingRun.Start(WorldFootballElo.Instance);
        var observations = new List<EloPoissonObservation>();
        var rated = 0;
        foreach (var m in RatingRun.InDateOrder(matches))
        {
            if (m.Date > asOf)
            {
                break;
            }

            if (m.Score is not { } score)
            {
                continue;
            }

            if (m.Date >= fitFrom)
            {
                observations.Add(new EloPoissonObservation(run.RatingOf(m.Home) - run.RatingOf(m.Away), m.Neutral, score));
            }

            run.Rate(m);
            rated++;
        }

        if (!observations.Any(o => o.Score.Home + o.Score.Away > 0))
        {
            throw new UserInputException(FormattableString.Invariant(
                $"as of {asOf:yyyy-MM-dd} the history store has no match with a goal since {fitFrom:yyyy-MM-dd} to fit the elo-poisson model on: choose a later --as-of"));
        }

        return new EloPoissonHistory(run, EloPoissonGoalModel.Fit(observations), asOf, fitFrom, rated, observations.Count);
    }

    /// <summary>The scoreline distribution of <paramref name="match"/> from the two teams' ratings (<see cref="IGoalModel.Predict"/>).</summary>
    public ScorelineDistribution Predict(Match match)
    {
        ArgumentNullException.ThrowIfNull(match);
        return Model.Predict(Ratings.RatingOf(match.Home) - Ratings.RatingOf(match.Away), match.Neutral);
    }
}
