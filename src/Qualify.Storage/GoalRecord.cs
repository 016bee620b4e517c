namespace Qualify.Storage;

/// <summary>A stored goal with its match's key (the dataset's date, home team and away team).</summary>
/// <param name="Date">The match date.</param>
/// <param name="Home">The match's home team.</param>
/// <param name="Away">The match's away team.</param>
/// <param name="Team">The team credited with the goal (for an own goal, the team that benefited).</param>
/// <param name="Scorer">The scorer, or <see langword="null"/> when the dataset does not know (<c>NA</c>).</param>
/// <param name="Minute">The minute, or <see langword="null"/> when the dataset does not know (<c>NA</c>).</param>
/// <param name="OwnGoal">Whether it was an own goal.</param>
/// <param name="Penalty">Whether it was scored from a penalty kick in play.</param>
public sealed record GoalRecord(DateOnly Date, string Home, string Away, string Team, string? Scorer, int? Minute, bool OwnGoal, bool Penalty);
