using System.Collections.Immutable;
using Qualify.Domain.Matches;
using Qualify.Models;
using Qualify.Models.Evaluation;
using Qualify.Ratings;
using Qualify.Domain.History;

namespace Qualify.Application;

/// <summary>
/// <c>qualify evaluate</c>: loads the store's played matches, checks the request, builds the ratings the evaluation
/// feeds (<see cref="RatingRun"/> for World Football Elo and, when asked, the FIFA SUM ranking from
/// <see cref="RatingSeed.Fifa"/>), and runs <see cref="WalkForwardEvaluation"/>, the modelling code of Qualify.Models.
/// </summary>
/// <remarks>
/// The ratings are built here because the models do not reference Qualify.Ratings: they read them through
/// <see cref="IMatchRatings"/>. The FIFA ranking is seeded at the first evaluated date: FIFA's own start,
/// 2018-06-06, when the evaluation starts on or after it; otherwise <see cref="EvaluationOptions.FifaBurnInYears"/>
/// before the first evaluated date, from the ratings known then. Its window and round contexts
/// (<see cref="FifaMatchContexts"/>) are inferred from the fixtures' dates and tournaments, information known when a
/// match is played.
/// </remarks>
public sealed class EvaluationService(IHistorySource history)
{
    /// <summary>Runs the evaluation with <see cref="EvaluationOptions.Default"/>.</summary>
    /// <exception cref="UserInputException">The dates are out of order, no model is named, the store is empty or holds no match in the period.</exception>
    public EvaluationResult Evaluate(EvaluationRequest request, IProgress<EvaluationProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Evaluate(request, EvaluationOptions.Default, progress, cancellationToken);

    /// <summary>Runs the evaluation of <paramref name="request"/> with <paramref name="options"/>.</summary>
    /// <exception cref="UserInputException">The dates are out of order, no model is named, the store is empty or holds no match in the period.</exception>
    public EvaluationResult Evaluate(EvaluationRequest request, EvaluationOptions options, IProgress<EvaluationProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(options);
        var models = request.Models.IsDefault ? [] : request.Models.Distinct().ToImmutableArray();
        if (models.IsEmpty)
        {
            throw new UserInputException("no model to evaluate");
        }

        if (request.To is { } end && end < request.From)
        {
            throw new UserInputException($"the period is empty: --from {request.From:yyyy-MM-dd} is after --to {end:yyyy-MM-dd}");
        }

        var matches = history.LoadMatches(new MatchQuery { To = request.To, InFileOrder = true }).Where(m => m.IsPlayed).OrderBy(m => m.Date).ToArray();
        var to = request.To ?? (matches.Length == 0 ? request.From : matches[^1].Date);
        if (!matches.Any(m => m.Date >= request.From))
        {
            throw new UserInputException($"no match in the history store from {request.From:yyyy-MM-dd} to {to:yyyy-MM-dd}");
        }

        // Nothing can be forecast before the first match: starting there keeps the burn-in and fitting windows, which
        // reach years back from the start, within the calendar whatever --from says.
        var from = request.From < matches[0].Date ? matches[0].Date : request.From;
        try
        {
            var ratings = Ratings(matches, from, models.Contains(ModelKind.Fifa), options);
            return WalkForwardEvaluation.Run(matches, from, to, models, options, ratings, progress, cancellationToken);
        }
        catch (EvaluationDataException e)
        {
            throw new UserInputException(e.Message, e);
        }
    }

    /// <summary>Fresh Elo ratings, and the FIFA ranking seeded for the first evaluated date when it is needed.</summary>
    private static EvaluationRatings Ratings(Match[] matches, DateOnly from, bool fifa, EvaluationOptions options)
    {
        var elo = new RunRatings(RatingRun.Start(WorldFootballElo.Instance));
        if (!fifa)
        {
            return new EvaluationRatings(elo, null, null);
        }

        var seed = RatingSeed.Fifa(matches, from, options.FifaBurnInYears);
        var ranking = new FifaSumRanking(new FifaMatchContexts(matches).Of);
        return new EvaluationRatings(elo, new RunRatings(RatingRun.Start(ranking, seed)), seed.Date);
    }

    /// <summary>A <see cref="RatingRun"/> as the evaluation reads it.</summary>
    private sealed class RunRatings(RatingRun run) : IMatchRatings
    {
        public double Scale => run.System.Scale;

        public DateOnly? LastDate => run.LastDate;

        public double HomeAdvantage(Match match) => run.System.HomeAdvantage(match);

        public double RatingOf(string team) => run.RatingOf(team);

        public void Rate(Match match) => run.Rate(match);
    }
}
