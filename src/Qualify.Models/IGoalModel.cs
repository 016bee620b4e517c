using Qualify.Domain.Matches;

namespace Qualify.Models;

/// <summary>A goal model fitted at a date: the scoreline distribution of any fixture between two teams it rates.</summary>
public interface IGoalModel
{
    /// <summary>The teams it rates; <see cref="Predict"/> accepts fixtures between two of them.</summary>
    IReadOnlyCollection<string> Teams { get; }

    /// <summary>What the model was fitted on, for the reader (one sentence, no final full stop).</summary>
    string Description { get; }

    /// <summary>The scoreline distribution of <paramref name="fixture"/> (its teams and venue; any score is ignored).</summary>
    ScorelineDistribution Predict(Match fixture);
}

/// <summary>Fits a goal model of one <see cref="ModelKind"/> on the matches up to a date.</summary>
public interface IGoalModelFitter
{
    /// <summary>The model fitted: one of <see cref="ModelKinds.GoalModels"/>.</summary>
    ModelKind Kind { get; }

    /// <summary>Fits the model on <paramref name="history"/>, using only matches dated on or before <paramref name="asOf"/>.</summary>
    /// <param name="history">Matches in file order (fixtures without a score are ignored).</param>
    /// <param name="asOf">The last day whose matches the fit may use.</param>
    /// <exception cref="ArgumentException">No match to fit on.</exception>
    IGoalModel Fit(IReadOnlyList<Match> history, DateOnly asOf);
}
