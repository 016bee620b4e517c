using System.Collections.Immutable;
using Qualify.Domain.Standings;

namespace Qualify.Domain.Competitions;

/// <summary>
/// Fills places from decided results, stage by stage: a group's position once the group has no match left, a rank of a
/// ranking across groups once every group it ranks is complete, a tie's winner or loser once the tie is decided. A
/// place still open resolves to no team, even where the definition records who filled it later, so that a table as of
/// a date shows only what was known then.
/// </summary>
internal sealed class PlaceResolver(CompetitionDefinition competition)
{
    private readonly Dictionary<(string Stage, string Group), GroupStandings> _groups = [];
    private readonly Dictionary<string, (CrossGroupStandings Standings, bool Complete)> _rankings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TieStanding> _ties = new(StringComparer.Ordinal);

    /// <summary>Records a stage's group tables and rankings.</summary>
    public void Add(StageDefinition stage, ImmutableArray<GroupStandings> tables, ImmutableArray<CrossGroupStandings> rankings)
    {
        foreach (var table in tables)
        {
            _groups[(stage.Name, table.Group)] = table;
        }

        foreach (var ranking in rankings)
        {
            var complete = tables.Where(t => ranking.Ranking.Covers(t.Group)).All(t => t.MatchesRemaining == 0);
            _rankings[ranking.Ranking.Name] = (ranking, complete);
        }
    }

    /// <summary>Records a tie.</summary>
    public void Add(TieStanding tie) => _ties[tie.Tie.Name] = tie;

    /// <summary>The team in <paramref name="entrant"/>'s place, or <see langword="null"/> while the place is open.</summary>
    /// <exception cref="CompetitionDataException">The definition records a team for the place that the results contradict.</exception>
    public string? Resolve(Entrant entrant)
    {
        var decided = entrant switch
        {
            TeamEntrant team => team.Name,
            GroupPositionEntrant group => GroupPlace(group),
            RankingEntrant rank => _rankings.TryGetValue(rank.Ranking, out var r) && r.Complete && r.Standings.Table.Rows.Length >= rank.Rank
                ? r.Standings.Table.Rows[rank.Rank - 1].Team
                : null,
            AllocatedEntrant allocated => AllocatedPlace(allocated),
            ListEntrant listed => ListPlace(listed),
            TieEntrant tie => _ties.TryGetValue(tie.Tie, out var t) && t.Result?.Winner is not null
                ? tie.Winner ? t.Result.Winner : t.Result.Loser
                : null,
            _ => throw new ArgumentOutOfRangeException(nameof(entrant), entrant, null),
        };
        if (decided is not null && entrant.Team is { } recorded && !string.Equals(recorded, decided, StringComparison.Ordinal))
        {
            throw new CompetitionDataException(
                $"competition '{competition.Id}': the definition records {recorded} as {entrant.Describe()}, but the results put {decided} there");
        }

        return decided;
    }

    /// <summary>
    /// The team an allocation table sends against a place: the qualifiers are the ranking's first teams, as many as a
    /// table row's key has groups; the row for their groups names the group whose team meets the place.
    /// </summary>
    private string? AllocatedPlace(AllocatedEntrant entrant)
    {
        if (!_rankings.TryGetValue(entrant.Ranking, out var r) || !r.Complete || r.Standings.Ranking.Allocation is not { } allocation)
        {
            return null;
        }

        var qualifiers = r.Standings.Table.Rows.Take(allocation.Rows.Keys.First().Length).Select(row => row.Team).ToList();
        var group = allocation.GroupMeeting(entrant.Against, qualifiers.Select(t => r.Standings.GroupOf[t]));
        return qualifiers.Single(t => string.Equals(r.Standings.GroupOf[t], group, StringComparison.Ordinal));
    }

    /// <summary>The listed team in the place, once every group of the list's stage that holds a listed team is complete.</summary>
    private string? ListPlace(ListEntrant entrant)
    {
        var groups = _groups.Where(g => string.Equals(g.Key.Stage, entrant.List.Stage, StringComparison.Ordinal)).Select(g => g.Value).ToList();
        var holding = groups.Where(g => g.Rows.Any(r => entrant.List.Teams.Contains(r.Team, StringComparer.Ordinal))).ToList();
        if (groups.Count == 0 || holding.Any(g => g.MatchesRemaining > 0))
        {
            return null;
        }

        return entrant.Choose(team => holding.SelectMany(g => g.Rows).FirstOrDefault(r => string.Equals(r.Team, team, StringComparison.Ordinal))?.Position);
    }

    private string? GroupPlace(GroupPositionEntrant entrant)
    {
        var table = _groups.Where(g => string.Equals(g.Key.Group, entrant.Group, StringComparison.Ordinal)
                && (entrant.Stage is null || string.Equals(g.Key.Stage, entrant.Stage, StringComparison.Ordinal)))
            .Select(g => g.Value).FirstOrDefault();
        return table is { MatchesRemaining: 0 } && table.Rows.Length >= entrant.Position ? table.Rows[entrant.Position - 1].Team : null;
    }
}
