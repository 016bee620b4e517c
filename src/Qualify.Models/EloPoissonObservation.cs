using Qualify.Domain.Matches;

namespace Qualify.Models;

/// <summary>One past match as <see cref="EloPoissonGoalModel"/> sees it.</summary>
/// <param name="RatingDifference">
/// The home team's World Football Elo rating minus the away team's before the match, in rating points, without the
/// rating system's home advantage (the model fits its own).
/// </param>
/// <param name="Neutral">Whether the venue was neutral.</param>
/// <param name="Score">The score after extra time.</param>
public readonly record struct EloPoissonObservation(double RatingDifference, bool Neutral, Score Score);
