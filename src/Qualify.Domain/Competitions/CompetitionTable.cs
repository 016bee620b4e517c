using System.Collections.Immutable;
using Qualify.Domain.Matches;
using Qualify.Domain.Standings;

namespace Qualify.Domain.Competitions;

/// <summary>Every table of a competition at a date.</summary>
/// <param name="Competition">The definition.</param>
/// <param name="AsOf">The date: matches on or before it count; later ones are unplayed. <see langword="null"/>: all matches.</param>
/// <param name="Stages">One entry per stage.</param>
public sealed record CompetitionTable(CompetitionDefinition Competition, DateOnly? AsOf, ImmutableArray<StageTable> Stages);

/// <summary>The tables of one stage and its cross-group rankings.</summary>
public sealed record StageTable(string Name, ImmutableArray<GroupStandings> Groups, ImmutableArray<CrossGroupStandings> CrossGroupRankings);

/// <summary>A ranking across groups: its rows, and for each row the group the team came from.</summary>
public sealed record CrossGroupStandings(CrossGroupRanking Ranking, GroupStandings Table, ImmutableDictionary<string, string> GroupOf);

/// <summary>
/// Builds a competition's tables at a date from its definition and each group's matches: applies awarded results
/// and deductions, treats matches after the date as unplayed, ranks every group with the competition's chain,
/// then ranks teams across groups where the definition asks for it.
/// </summary>
public static class CompetitionTableBuilder
{
    /// <summary>Builds the tables.</summary>
    /// <param name="competition">The definition.</param>
    /// <param name="matchesOf">The matches of a group: the definition's fixtures, or the history store's selection.</param>
    /// <param name="asOf">The date, or <see langword="null"/> for every match.</param>
    public static CompetitionTable Build(CompetitionDefinition competition, Func<GroupDefinition, IReadOnlyList<Match>> matchesOf, DateOnly? asOf)
    {
        ArgumentNullException.ThrowIfNull(competition);
        ArgumentNullException.ThrowIfNull(matchesOf);
        var deductions = competition.Deductions.GroupBy(d => d.Team, StringComparer.Ordinal)
            .ToImmutableDictionary(g => g.Key, g => g.Sum(d => d.Points), StringComparer.Ordinal);

        var stages = competition.Stages.Select(stage =>
        {
            var groupMatches = stage.Groups.Select(g => (Group: g, Matches: CountedMatches(competition, matchesOf(g), asOf))).ToList();
            var tables = groupMatches.Select(gm => StandingsCalculator.Compute(
                new StandingsInput(gm.Group.Name, gm.Group.Teams, gm.Matches, competition.Points, competition.TieBreakers)
                {
                    Deductions = deductions,
                    FairPlay = competition.FairPlay,
                    LotsSeed = competition.LotsSeed,
                    Slots = gm.Group.Slots,
                    MatchesRemaining = Math.Max(0, gm.Group.ExpectedMatchCount - gm.Matches.Count),
                })).ToImmutableArray();
            var cross = stage.CrossGroupRankings.Select(r => RankAcrossGroups(competition, r, groupMatches, tables, deductions)).ToImmutableArray();
            return new StageTable(stage.Name, tables, cross);
        }).ToImmutableArray();

        return new CompetitionTable(competition, asOf, stages);
    }

    /// <summary>The matches that count at <paramref name="asOf"/>, with awarded results in place of scores.</summary>
    public static List<Match> CountedMatches(CompetitionDefinition competition, IReadOnlyList<Match> matches, DateOnly? asOf)
    {
        ArgumentNullException.ThrowIfNull(competition);
        ArgumentNullException.ThrowIfNull(matches);
        var counted = new List<Match>(matches.Count);
        foreach (var match in matches)
        {
            if (asOf is { } date && match.Date > date)
            {
                continue;
            }

            var decision = competition.Decisions.FirstOrDefault(d =>
                string.Equals(d.Home, match.Home, StringComparison.Ordinal)
                && string.Equals(d.Away, match.Away, StringComparison.Ordinal)
                && (d.Date is null || d.Date == match.Date));
            var counts = decision is null ? match : match with { Score = decision.Score };
            if (counts.IsPlayed)
            {
                counted.Add(counts);
            }
        }

        return counted;
    }

    private static CrossGroupStandings RankAcrossGroups(
        CompetitionDefinition competition,
        CrossGroupRanking ranking,
        List<(GroupDefinition Group, List<Match> Matches)> groupMatches,
        ImmutableArray<GroupStandings> tables,
        ImmutableDictionary<string, int> deductions)
    {
        var smallest = groupMatches.Min(g => g.Group.Teams.Length);
        var candidates = new List<string>();
        var groupOf = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var counted = new List<Match>();
        for (var g = 0; g < tables.Length; g++)
        {
            var table = tables[g];
            if (table.Rows.Length < ranking.Position)
            {
                continue;
            }

            var team = table.Rows[ranking.Position - 1].Team;
            candidates.Add(team);
            groupOf[team] = table.Group;
            var discarded = ranking.Discard switch
            {
                DiscardRule.BeyondSmallestGroup => table.Rows.Where(r => r.Position > smallest).Select(r => r.Team),
                DiscardRule.LastPlaced => [table.Rows[^1].Team],
                _ => [],
            };
            var discardSet = discarded.ToHashSet(StringComparer.Ordinal);
            counted.AddRange(groupMatches[g].Matches.Where(m => m.Involves(team)
                && !discardSet.Contains(string.Equals(m.Home, team, StringComparison.Ordinal) ? m.Away : m.Home)));
        }

        var standings = StandingsCalculator.Compute(
            new StandingsInput(ranking.Name, [.. candidates], counted, competition.Points, ranking.Criteria)
            {
                Deductions = deductions,
                FairPlay = competition.FairPlay,
                LotsSeed = competition.LotsSeed,
                Slots = ranking.Slots,
                CountOpponentsOutsideTable = true,
            });
        return new CrossGroupStandings(ranking, standings, groupOf.ToImmutable());
    }
}
