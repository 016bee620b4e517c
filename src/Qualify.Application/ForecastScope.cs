using System.Globalization;
using Qualify.Domain.Competitions;

namespace Qualify.Application;

/// <summary>
/// What a forecast simulates: a definition of plain groups goes through the per-group forecaster; one with rankings
/// across groups, knockout ties or groups fed by an earlier stage is simulated stage by stage. A stage drawn after the
/// date is drawn in each simulation when its draw is by pots and its groups are round robins; any other draw is refused
/// in one line rather than forecast with made-up pairings.
/// </summary>
internal static class ForecastScope
{
    /// <summary>Whether <paramref name="competition"/> needs the stage-by-stage forecaster.</summary>
    public static bool NeedsStages(CompetitionDefinition competition) =>
        competition.Stages.Any(s => !s.CrossGroupRankings.IsEmpty || !s.Ties.IsEmpty || s.Groups.Any(g => g.Entrants.Any(e => e is not TeamEntrant)));

    /// <summary>Whether a stage of <paramref name="competition"/> is drawn by ranked pots after <paramref name="asOf"/> (the forecast needs the FIFA ranking).</summary>
    public static bool NeedsDrawRanking(CompetitionDefinition competition, DateOnly? asOf) =>
        competition.Stages.Any(s => DrawnAfter(s, asOf) && s.Draw!.Rule == DrawRule.RankedPots);

    /// <summary>Checks that every stage drawn after <paramref name="table"/>'s date can be drawn in the simulation.</summary>
    /// <exception cref="UserInputException">A stage drawn after the date by a rule other than pots, or whose groups list their fixtures.</exception>
    public static void EnsureSimulated(CompetitionDefinition competition, CompetitionTable table)
    {
        var asOf = table.AsOf;
        var at = asOf is { } d ? " as of " + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty;
        var later = $"; forecast as of a later date, or see 'qualify table {competition.Id}' and 'qualify scenarios {competition.Id}'";
        foreach (var stage in competition.Stages.Where(s => DrawnAfter(s, asOf)))
        {
            var draw = stage.Draw!;
            if (draw.Rule is not (DrawRule.SeededPots or DrawRule.RankedPots))
            {
                throw UserInputException.Unsupported(FormattableString.Invariant(
                    $"forecast: competition '{competition.Id}'{at}: stage '{stage.Name}' is drawn on {draw.Date:yyyy-MM-dd} by the rule '{draw.Rule}', which a forecast does not draw (only pots){later}"));
            }

            var named = draw.Pots.SelectMany(p => p).OfType<TeamEntrant>()
                .Select(e => (e.Name, Group: table.Stages.SelectMany(s => s.Groups).FirstOrDefault(g => g.MatchesRemaining > 0 && g.Rows.Any(r => r.Team == e.Name))))
                .FirstOrDefault(x => x.Group is not null);
            if (named.Group is not null)
            {
                throw UserInputException.Unsupported(FormattableString.Invariant(
                    $"forecast: competition '{competition.Id}'{at}: stage '{stage.Name}' is drawn on {draw.Date:yyyy-MM-dd} and its pots name {named.Name}, whose group '{named.Group.Group}' is not complete: had it finished in a place of the draw, another team the definition does not name would have replaced it{later}"));
            }

            var listed = stage.Groups.FirstOrDefault(g => g.Format == GroupFormat.Fixtures);
            if (listed is not null)
            {
                throw UserInputException.Unsupported(FormattableString.Invariant(
                    $"forecast: competition '{competition.Id}'{at}: stage '{stage.Name}' is drawn on {draw.Date:yyyy-MM-dd} and its group '{listed.Name}' lists its fixtures, which cannot be paired before the draw{later}"));
            }
        }
    }

    private static bool DrawnAfter(StageDefinition stage, DateOnly? asOf) => stage.Draw is { } draw && asOf is { } date && draw.Date > date;
}
