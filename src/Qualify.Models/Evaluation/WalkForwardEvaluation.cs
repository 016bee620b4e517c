using System.Collections.Immutable;
using Qualify.Domain.Matches;

namespace Qualify.Models.Evaluation;

/// <summary>
/// Compares outcome forecasts walk-forward: every match dated in [from, to] is forecast only from matches dated
/// strictly before it, then scored with the ranked probability score, log-loss, Brier score and accuracy
/// (<see cref="Metrics"/>), overall and by competition group.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><b>Ratings</b> (<see cref="EvaluationRatings"/>) are fed match by match, same-day matches in input order
/// (for the dataset, the order of <c>results.csv</c>): the matches of one day are forecast with the ratings before
/// that day, then rated. No later score enters a forecast.</item>
/// <item><b>Fitted parameters</b> are refitted on a schedule (<see cref="EvaluationOptions"/>): the ordered logits and
/// Elo-Poisson quarterly on every earlier match since 1990 (with each match's ratings before it); Dixon-Coles, by
/// default, monthly with <see cref="DixonColesWindow"/> and <see cref="DixonColesFitOptions.Default"/> (the 16 years
/// before the refit date, ξ = 0.0006 per day, weights counted to the last match in the window), largest connected
/// component of teams.</item>
/// <item><b>Fallback.</b> A match with a team outside the fitted Dixon-Coles set (new, or not connected to the
/// largest component) — or with an expected goal count above <see cref="EvaluationOptions.DixonColesLargestMean"/> —
/// gets the Elo-Poisson forecast, counted in <see cref="ModelEvaluation.Fallbacks"/>.</item>
/// </list>
/// </remarks>
public static class WalkForwardEvaluation
{
    /// <summary>Runs the evaluation.</summary>
    /// <param name="playedByDate">Every played match up to <paramref name="to"/>, in date order (same-day matches in the order they are rated).</param>
    /// <param name="from">The first date evaluated, on or after the first match.</param>
    /// <param name="to">The last date evaluated.</param>
    /// <param name="models">The models, distinct, at least one.</param>
    /// <param name="options">The fitting options.</param>
    /// <param name="ratings">The ratings, fresh (nothing rated yet beyond their seeds); FIFA present when <see cref="ModelKind.Fifa"/> is evaluated.</param>
    /// <param name="progress">Reports progress.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <exception cref="EvaluationDataException">Too few matches before a refit date to fit the rating models.</exception>
    public static EvaluationResult Run(Match[] playedByDate, DateOnly from, DateOnly to, ImmutableArray<ModelKind> models, EvaluationOptions options,
        EvaluationRatings ratings, IProgress<EvaluationProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(playedByDate);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(ratings);
        if (models.Contains(ModelKind.Fifa) && ratings.Fifa is null)
        {
            throw new ArgumentException("the FIFA model needs the FIFA ratings", nameof(ratings));
        }

        return new WalkForward(playedByDate, from, to, models, options, ratings, progress, cancellationToken).Run();
    }
}
