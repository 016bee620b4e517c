using Qualify.Domain.Competitions;

namespace Qualify.Application;

/// <summary>
/// What a forecast simulates today: the groups of a competition, each on its own. A definition with parts a forecast
/// would otherwise ignore (rankings across groups, knockout ties, groups whose teams come from an earlier stage) is
/// refused in one line rather than forecast with those parts silently left out.
/// </summary>
internal static class ForecastScope
{
    /// <summary>Checks that every part of <paramref name="competition"/> that decides a slot is simulated.</summary>
    /// <exception cref="UserInputException">A ranking across groups, a knockout tie, or a group fed by an earlier stage.</exception>
    public static void EnsureSimulated(CompetitionDefinition competition)
    {
        var parts = new List<string>();
        var ranking = competition.Stages.SelectMany(s => s.CrossGroupRankings).FirstOrDefault();
        if (ranking is not null)
        {
            parts.Add($"a ranking across groups ('{ranking.Name}')");
        }

        var tie = competition.Stages.FirstOrDefault(s => !s.Ties.IsEmpty);
        if (tie is not null)
        {
            parts.Add($"knockout ties (stage '{tie.Name}')");
        }

        var fed = competition.Stages.SelectMany(s => s.Groups).FirstOrDefault(g => g.Entrants.Any(e => e is not TeamEntrant));
        if (fed is not null)
        {
            parts.Add($"groups whose teams come from an earlier stage (group '{fed.Name}')");
        }

        if (parts.Count > 0)
        {
            throw new UserInputException(
                $"forecast: competition '{competition.Id}' has {string.Join(" and ", parts)}, which forecasts do not simulate yet; 'qualify table {competition.Id}' and 'qualify scenarios {competition.Id}' cover it");
        }
    }
}
