using Qualify.Domain.Matches;
using Qualify.Models;

namespace Qualify.Application;

/// <summary>
/// Fits the Elo-Poisson goal model for a forecast as of a date (<see cref="EloPoissonHistory.Fit"/>): Elo over the
/// full history up to the date, coefficients fitted on the <see cref="FitYears"/> years before it. It lives beside
/// <see cref="EloPoissonHistory"/> because it needs the Elo ratings (Qualify.Ratings), which the models do not reference.
/// </summary>
public sealed class EloPoissonFitter : IGoalModelFitter
{
    /// <summary>Years of matches the Elo-Poisson coefficients are fitted on, before the as-of date.</summary>
    public const int FitYears = 8;

    /// <summary>The one instance.</summary>
    public static EloPoissonFitter Instance { get; } = new();

    private EloPoissonFitter()
    {
    }

    /// <inheritdoc />
    public ModelKind Kind => ModelKind.EloPoisson;

    /// <inheritdoc />
    /// <exception cref="UserInputException">No fitted match has a goal (an as-of date in the first years of the history).</exception>
    public IGoalModel Fit(IReadOnlyList<Match> history, DateOnly asOf)
    {
        // Saturates at the first representable day: an as-of date in the first years of the calendar is valid input.
        var fitFrom = asOf.Year > FitYears ? asOf.AddYears(-FitYears) : DateOnly.MinValue;
        return EloPoissonHistory.Fit(history, asOf, fitFrom);
    }
}
