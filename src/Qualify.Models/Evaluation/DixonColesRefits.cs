using Qualify.Domain.Matches;

namespace Qualify.Models.Evaluation;

/// <summary>
/// Dixon-Coles fitted at every refit date of an evaluation (<see cref="DixonColesWindow"/>), in parallel: each fit
/// reads only the matches before its date. <see cref="AdvanceTo"/> then walks forward through the fits.
/// </summary>
internal sealed class DixonColesRefits
{
    private readonly IReadOnlyList<DateOnly> _dates;
    private readonly Fitted<DixonColesGoalModel>?[] _fits;
    private int _index = -1;

    private DixonColesRefits(IReadOnlyList<DateOnly> dates, Fitted<DixonColesGoalModel>?[] fits)
    {
        _dates = dates;
        _fits = fits;
    }

    /// <summary>The fit in force at the date of the last <see cref="AdvanceTo"/>; <see langword="null"/> before the first or for an empty window.</summary>
    public Fitted<DixonColesGoalModel>? Current => _index >= 0 ? _fits[_index] : null;

    /// <summary>The fits made (windows with at least one match).</summary>
    public int Count => _fits.Count(f => f is not null);

    /// <summary>The last fit made.</summary>
    public Fitted<DixonColesGoalModel>? Latest => _fits.LastOrDefault(f => f is not null);

    /// <summary>Fits at every date of <see cref="EvaluationOptions.DixonColesRefits"/> in [from, to].</summary>
    public static DixonColesRefits Fit(Match[] playedByDate, DateOnly from, DateOnly to, EvaluationOptions options,
        IProgress<EvaluationProgress>? progress, CancellationToken cancellationToken)
    {
        var dates = options.DixonColesRefits.Dates(from, to);
        var fits = new Fitted<DixonColesGoalModel>?[dates.Count];
        var done = 0;
        progress?.Report(new EvaluationProgress(EvaluationProgress.FittingDixonColes, 0, dates.Count));
        Parallel.For(0, dates.Count, new ParallelOptions { CancellationToken = cancellationToken }, k =>
        {
            if (DixonColesWindow.Fit(playedByDate, dates[k], options.DixonColes) is { } fit)
            {
                // The weights count to the last match of the window: the latest data of the fit.
                fits[k] = new(fit, fit.ReferenceDate);
            }

            progress?.Report(new EvaluationProgress(EvaluationProgress.FittingDixonColes, Interlocked.Increment(ref done), dates.Count));
        });

        return new DixonColesRefits(dates, fits);
    }

    /// <summary>Moves to the latest fit dated on or before <paramref name="date"/>.</summary>
    public void AdvanceTo(DateOnly date)
    {
        while (_index + 1 < _dates.Count && _dates[_index + 1] <= date)
        {
            _index++;
        }
    }
}
