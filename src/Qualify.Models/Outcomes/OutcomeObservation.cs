using Qualify.Domain.Matches;

namespace Qualify.Models.Outcomes;

/// <summary>One past match as an outcome model sees it: the rating difference before the match, the venue and the outcome.</summary>
/// <param name="RatingDifference">
/// The home team's rating minus the away team's before the match, in rating points, including any home advantage
/// the rating system itself adds (World Football Elo: +100 when the home team plays at home).
/// </param>
/// <param name="Neutral">Whether the venue was neutral.</param>
/// <param name="Outcome">The outcome after extra time, from the home team's side (a shootout does not change it).</param>
public readonly record struct OutcomeObservation(double RatingDifference, bool Neutral, MatchOutcome Outcome);
