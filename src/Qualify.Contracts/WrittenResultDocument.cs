using System.Globalization;
using Qualify.Domain.History;

namespace Qualify.Contracts;

/// <summary>
/// The JSON document of a write (<c>POST /api/competitions/{competition}/results</c>, docs/json.md): the match as
/// stored, with the competition's id and the teams' canonical names; the goals are <see langword="null"/> for a fixture.
/// </summary>
internal sealed record WrittenResultDocument(string Competition, string Date, string Home, string Away, int? HomeGoals, int? AwayGoals)
{
    public static WrittenResultDocument From(WrittenMatch match) => new(
        match.Competition, match.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), match.Home, match.Away, match.Score?.Home, match.Score?.Away);
}

/// <summary>The body of a write, as the API reads it: every field optional here, so that a missing one gets the service's message.</summary>
/// <param name="Date">The match's date, yyyy-MM-dd.</param>
/// <param name="Home">The home team (name or alias).</param>
/// <param name="Away">The away team (name or alias).</param>
/// <param name="HomeGoals">The home team's goals, or none for a fixture.</param>
/// <param name="AwayGoals">The away team's goals, or none for a fixture.</param>
public sealed record ResultWriteBody(string? Date, string? Home, string? Away, int? HomeGoals, int? AwayGoals);
