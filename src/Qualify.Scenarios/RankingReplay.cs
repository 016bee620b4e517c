using System.Collections.Immutable;
using Qualify.Domain.Competitions;
using Qualify.Domain.Matches;
using Qualify.Domain.Standings;

namespace Qualify.Scenarios;

/// <summary>
/// Replays a witness of a ranking across groups through the reference computation: each group's table by
/// <see cref="StandingsCalculator"/> (<see cref="ScenarioProblem.TableWith"/>), the drawing of lots among teams it leaves
/// level taken as the witness claims (checked: a team moves only within its run of rows level up to lots), then the
/// ranking by <see cref="CompetitionTableBuilder.RankAcrossGroups"/> over the combined results of every group.
/// </summary>
internal static class RankingReplay
{
    /// <summary>What a witness claims of one group: its remaining matches' scores, the team at the ranked position, and the teams discarded.</summary>
    /// <param name="Scores">The scores of the group's remaining matches, in its order.</param>
    /// <param name="AtPosition">The team (index) placed at the ranked position.</param>
    /// <param name="Discarded">The teams (indices) placed at the discarded positions.</param>
    public sealed record GroupClaim(Score[] Scores, int AtPosition, ImmutableArray<int> Discarded);

    /// <summary>The reference ranking under the claims (one per ranked group, in <see cref="RankingProblem.Groups"/>' order).</summary>
    /// <exception cref="InvalidOperationException">A claimed placement is not one the reference table allows by lots.</exception>
    public static CrossGroupStandings Rank(RankingProblem problem, IReadOnlyList<GroupClaim> claims)
    {
        var groups = new List<(IReadOnlyList<Match> Matches, GroupStandings Table)>();
        var ranked = problem.Groups;
        foreach (var covered in problem.Covered)
        {
            var g = ranked.IndexOf(covered);
            if (g < 0)
            {
                groups.Add((covered.Played, covered.TableWith([])));
                continue;
            }

            var claim = claims[g];
            var results = covered.Remaining.Select((m, i) => m with { Score = claim.Scores[i] }).ToList();
            var table = covered.TableWith(results);
            var names = claim.Discarded.Select(d => covered.Teams[d]).ToHashSet(StringComparer.Ordinal);
            var arranged = Arrange(table, covered.Teams[claim.AtPosition], problem.Position, names, problem.DiscardFrom(covered.Teams.Length))
                ?? throw new InvalidOperationException(
                    $"witness for ranking '{problem.Ranking.Name}': the reference table of group {covered.Group} cannot put {covered.Teams[claim.AtPosition]} at position {problem.Position} with {string.Join(", ", names)} discarded by lots");
            groups.Add(([.. covered.Played, .. results], arranged));
        }

        var competition = problem.Complete ? problem.Competition : problem.Competition with { FairPlay = ImmutableDictionary<string, int>.Empty };
        return CompetitionTableBuilder.RankAcrossGroups(competition, problem.Stage, problem.Ranking, groups);
    }

    /// <summary>
    /// The table with the rows of each run level up to lots reordered so that <paramref name="team"/> is at
    /// <paramref name="position"/> and exactly the teams of <paramref name="discarded"/> are at positions
    /// <paramref name="discardFrom"/> and below; <see langword="null"/> when no drawing of lots does that.
    /// </summary>
    public static GroupStandings? Arrange(GroupStandings table, string team, int position, IReadOnlySet<string> discarded, int discardFrom)
    {
        var ranges = ScenarioProblem.PositionRanges(table);
        var rows = new StandingsRow[table.Rows.Length];
        foreach (var run in table.Rows.GroupBy(r => ranges[r.Team]))
        {
            var (from, to) = run.Key;
            var places = Enumerable.Range(from, to - from + 1).ToList();
            var members = run.ToList();
            if (members.Any(r => string.Equals(r.Team, team, StringComparison.Ordinal)) != (position >= from && position <= to))
            {
                return null;
            }

            if (position >= from && position <= to)
            {
                rows[position - 1] = members.First(r => string.Equals(r.Team, team, StringComparison.Ordinal)) with { Position = position };
                places.Remove(position);
                members.RemoveAll(r => string.Equals(r.Team, team, StringComparison.Ordinal));
            }

            var low = places.Where(p => p >= discardFrom).ToList();
            var high = places.Where(p => p < discardFrom).ToList();
            var leaving = members.Where(r => discarded.Contains(r.Team)).ToList();
            var kept = members.Where(r => !discarded.Contains(r.Team)).ToList();
            if (leaving.Count != low.Count || kept.Count != high.Count)
            {
                return null;
            }

            foreach (var (row, p) in leaving.Zip(low).Concat(kept.Zip(high)))
            {
                rows[p - 1] = row with { Position = p };
            }
        }

        return table with { Rows = [.. rows] };
    }
}
