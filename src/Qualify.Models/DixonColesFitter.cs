using Qualify.Domain.Matches;

namespace Qualify.Models;

/// <summary>
/// Fits <see cref="DixonColesGoalModel"/> for a forecast as of a date: <see cref="DixonColesWindow.Fit"/> before the
/// next day, with the window and ξ of the options (by default the validated <see cref="DixonColesFitOptions.Default"/>,
/// the same as the evaluation).
/// </summary>
/// <param name="options">The window, ξ and fit settings.</param>
public sealed class DixonColesFitter(DixonColesFitOptions options) : IGoalModelFitter
{
    /// <summary>A fitter with <see cref="DixonColesFitOptions.Default"/>.</summary>
    public static DixonColesFitter Default { get; } = new(DixonColesFitOptions.Default);

    /// <summary>The window, ξ and fit settings.</summary>
    public DixonColesFitOptions Options { get; } = options ?? throw new ArgumentNullException(nameof(options));

    /// <inheritdoc />
    public ModelKind Kind => ModelKind.DixonColes;

    /// <summary>The first day of the window of a fit as of <paramref name="asOf"/>.</summary>
    public DateOnly WindowStart(DateOnly asOf) => DixonColesWindow.Start(asOf.AddDays(1), Options);

    /// <inheritdoc />
    public IGoalModel Fit(IReadOnlyList<Match> history, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(history);
        var played = history.Where(m => m.IsPlayed && m.Date <= asOf).OrderBy(m => m.Date).ToList();
        var model = DixonColesWindow.Fit(played, asOf.AddDays(1), Options)
            ?? throw new ArgumentException(FormattableString.Invariant($"no played match from {WindowStart(asOf):yyyy-MM-dd} to {asOf:yyyy-MM-dd}"), nameof(history));
        var description = FormattableString.Invariant(
            $"Dixon-Coles fitted on {model.MatchCount:N0} internationals from {WindowStart(asOf):yyyy-MM-dd} to {asOf:yyyy-MM-dd}, ξ = {Options.Xi} per day");
        return new Fitted(model, description);
    }

    private sealed class Fitted(DixonColesGoalModel model, string description) : IGoalModel
    {
        public IReadOnlyCollection<string> Teams => model.Teams;

        public string Description => description;

        public ScorelineDistribution Predict(Match fixture)
        {
            ArgumentNullException.ThrowIfNull(fixture);
            return model.Predict(fixture.Home, fixture.Away, fixture.Neutral);
        }
    }
}
