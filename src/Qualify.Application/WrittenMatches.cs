using Qualify.Domain.Competitions;
using Qualify.Domain.History;
using Qualify.Domain.Matches;

namespace Qualify.Application;

/// <summary>
/// A competition's matches with the results written through the API laid over them (<see cref="IResultLog"/>): a
/// written match replaces the known match of the same date, home and away team (a correction, or a fixture's result),
/// and is added to each group holding both teams (and each tie between them) when no such match is known. In a
/// history-sourced stage it counts only inside the stage's window. The one place where written results meet the
/// matches: <see cref="TableService.MatchesOf"/> applies it, so tables, forecasts and scenarios all see a write.
/// </summary>
internal sealed class WrittenMatches(CompetitionDefinition competition, ICompetitionMatches known, IReadOnlyList<WrittenMatch> written) : ICompetitionMatches
{
    /// <summary>The tournament of a written match that replaces no known match, when the stage names none.</summary>
    private const string DefaultTournament = "FIFA World Cup qualification";

    public IReadOnlyList<Match> OfGroup(StageDefinition stage, GroupDefinition group) =>
        Overlay(stage, known.OfGroup(stage, group), w => group.Teams.Contains(w.Home, StringComparer.Ordinal) && group.Teams.Contains(w.Away, StringComparer.Ordinal));

    public IReadOnlyList<Match> OfTie(StageDefinition stage, TieDefinition tie, string home, string away) =>
        Overlay(stage, known.OfTie(stage, tie, home, away), w =>
            (string.Equals(w.Home, home, StringComparison.Ordinal) && string.Equals(w.Away, away, StringComparison.Ordinal))
            || (string.Equals(w.Home, away, StringComparison.Ordinal) && string.Equals(w.Away, home, StringComparison.Ordinal)));

    private List<Match> Overlay(StageDefinition stage, IReadOnlyList<Match> matches, Func<WrittenMatch, bool> belongs)
    {
        var window = competition.SourceOf(stage) as HistoryFilterSource;
        var result = matches.ToList();
        foreach (var w in written.Where(w => belongs(w) && (window is null || (w.Date >= window.From && w.Date <= window.To))))
        {
            var at = result.FindIndex(m => m.Date == w.Date && string.Equals(m.Home, w.Home, StringComparison.Ordinal) && string.Equals(m.Away, w.Away, StringComparison.Ordinal));
            if (at >= 0)
            {
                result[at] = result[at] with { Score = w.Score, ShootoutWinner = null };
            }
            else
            {
                result.Add(new Match(w.Date, w.Home, w.Away, w.Score, window?.Tournament ?? DefaultTournament, string.Empty, string.Empty, false));
            }
        }

        result.Sort((a, b) => a.Date.CompareTo(b.Date));
        return result;
    }
}
