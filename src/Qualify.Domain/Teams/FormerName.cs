namespace Qualify.Domain.Teams;

/// <summary>
/// A name a team played under in the past, from <c>former_names.csv</c> of the international results
/// dataset: the team is recorded under <paramref name="Current"/> in <c>results.csv</c> even for matches it
/// played as <paramref name="Former"/>.
/// </summary>
/// <param name="Current">The current name, as used in the match records.</param>
/// <param name="Former">The former name.</param>
/// <param name="Start">The first match date under the former name.</param>
/// <param name="End">The last match date under the former name.</param>
public sealed record FormerName(string Current, string Former, DateOnly Start, DateOnly End);
