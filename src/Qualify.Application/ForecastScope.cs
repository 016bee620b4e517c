using System.Globalization;
using Qualify.Domain.Competitions;

namespace Qualify.Application;

/// <summary>
/// What a forecast simulates: a definition of plain groups goes through the per-group forecaster; one with rankings
/// across groups, knockout ties or groups fed by an earlier stage is simulated stage by stage. A group whose teams are
/// not known at the date (its feeding stage is still open, or its stage is drawn later) cannot be simulated and is
/// refused in one line rather than forecast with made-up teams.
/// </summary>
internal static class ForecastScope
{
    /// <summary>Whether <paramref name="competition"/> needs the stage-by-stage forecaster.</summary>
    public static bool NeedsStages(CompetitionDefinition competition) =>
        competition.Stages.Any(s => !s.CrossGroupRankings.IsEmpty || !s.Ties.IsEmpty || s.Groups.Any(g => g.Entrants.Any(e => e is not TeamEntrant)));

    /// <summary>Checks that every group's and every drawn tie's teams are known at <paramref name="table"/>'s date.</summary>
    /// <exception cref="UserInputException">A stage drawn after the date, or a group with a place still open at the date.</exception>
    public static void EnsureSimulated(CompetitionDefinition competition, CompetitionTable table)
    {
        var asOf = table.AsOf;
        var at = asOf is { } d ? " as of " + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty;
        var later = $"; forecast as of a later date, or see 'qualify table {competition.Id}' and 'qualify scenarios {competition.Id}'";
        foreach (var stage in competition.Stages)
        {
            if (stage.Draw is { } draw && asOf is { } date && draw.Date > date)
            {
                throw new UserInputException(FormattableString.Invariant(
                    $"forecast: competition '{competition.Id}'{at}: stage '{stage.Name}' is drawn on {draw.Date:yyyy-MM-dd}, so its pairings are not known yet{later}"));
            }

            foreach (var group in stage.Groups)
            {
                var open = group.Entrants.FirstOrDefault(e => !Decided(competition, table, e));
                if (open is not null)
                {
                    throw new UserInputException(
                        $"forecast: competition '{competition.Id}'{at}: group '{group.Name}' of stage '{stage.Name}' takes the {open.Describe()}, which is not decided yet{later}");
                }
            }
        }
    }

    private static bool Decided(CompetitionDefinition competition, CompetitionTable table, Entrant entrant) => entrant switch
    {
        GroupPositionEntrant g => table.Stages.Where(s => g.Stage is null || string.Equals(s.Name, g.Stage, StringComparison.Ordinal))
            .SelectMany(s => s.Groups).First(t => string.Equals(t.Group, g.Group, StringComparison.Ordinal)).MatchesRemaining == 0,
        RankingEntrant r => RankingComplete(competition, table, r.Ranking),
        AllocatedEntrant a => RankingComplete(competition, table, a.Ranking),
        TieEntrant t => table.Stages.SelectMany(s => s.Ties).First(x => string.Equals(x.Tie.Name, t.Tie, StringComparison.Ordinal)).Result?.Winner is not null,
        _ => true,
    };

    private static bool RankingComplete(CompetitionDefinition competition, CompetitionTable table, string ranking)
    {
        var index = competition.Stages.ToList().FindIndex(s => s.CrossGroupRankings.Any(r => string.Equals(r.Name, ranking, StringComparison.Ordinal)));
        var definition = competition.Stages[index].CrossGroupRankings.First(r => string.Equals(r.Name, ranking, StringComparison.Ordinal));
        return table.Stages[index].Groups.Where(g => definition.Covers(g.Group)).All(g => g.MatchesRemaining == 0);
    }
}
