using Qualify.Domain.Competitions;
using Qualify.Domain.Teams;

namespace Qualify.Application;

/// <summary>Resolves a team name a user gives against the teams of one competition (aliases accepted).</summary>
public static class CompetitionTeams
{
    /// <summary>
    /// The competition's team that <paramref name="typed"/> names. A team that exists but plays elsewhere is refused
    /// as not of this competition, with a close name or the competition's teams as a way forward.
    /// </summary>
    /// <param name="competition">The competition.</param>
    /// <param name="typed">The name as typed: a team name or an alias (USA).</param>
    /// <param name="option">The option or argument that gave the name, for the message (e.g. <c>--team</c>).</param>
    /// <exception cref="UserInputException">No team of the competition has this name or alias.</exception>
    public static string Resolve(CompetitionDefinition competition, string typed, string option)
    {
        ArgumentNullException.ThrowIfNull(competition);
        ArgumentNullException.ThrowIfNull(typed);
        var directory = new TeamDirectory([.. competition.Teams]);
        if (directory.TryResolve(typed, out var team))
        {
            return team;
        }

        var suggestions = directory.Suggest(typed);
        var hint = suggestions.Count > 0
            ? $"did you mean {string.Join(" or ", suggestions.Select(s => $"'{s}'"))}?"
            : "its teams: " + string.Join(", ", competition.Teams.Order(StringComparer.Ordinal));
        throw new UserInputException($"{option}: '{typed}' is not a team of {competition.Id} ({hint})");
    }
}
