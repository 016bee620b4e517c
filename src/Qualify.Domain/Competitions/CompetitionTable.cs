using System.Collections.Immutable;
using Qualify.Domain.Matches;
using Qualify.Domain.Standings;

namespace Qualify.Domain.Competitions;

/// <summary>Every table of a competition at a date.</summary>
/// <param name="Competition">The definition.</param>
/// <param name="AsOf">The date: matches on or before it count; later ones are unplayed. <see langword="null"/>: all matches.</param>
/// <param name="Stages">One entry per stage.</param>
public sealed record CompetitionTable(CompetitionDefinition Competition, DateOnly? AsOf, ImmutableArray<StageTable> Stages)
{
    /// <summary>
    /// Whether the team in <paramref name="entrant"/>'s place is decided at <see cref="AsOf"/>: a named team; a group
    /// position once its group has no match left; a rank or an allocated place once every group its ranking covers is
    /// complete; a tie's winner or loser once the tie is decided; a place of a priority list once every group of its stage
    /// holding a listed team is complete.
    /// </summary>
    public bool Decides(Entrant entrant) => entrant switch
    {
        GroupPositionEntrant g => Stages.Where(s => g.Stage is null || string.Equals(s.Name, g.Stage, StringComparison.Ordinal))
            .SelectMany(s => s.Groups).First(t => string.Equals(t.Group, g.Group, StringComparison.Ordinal)).MatchesRemaining == 0,
        RankingEntrant r => RankingComplete(r.Ranking),
        AllocatedEntrant a => RankingComplete(a.Ranking),
        TieEntrant t => Stages.SelectMany(s => s.Ties).First(x => string.Equals(x.Tie.Name, t.Tie, StringComparison.Ordinal)).Result?.Winner is not null,
        ListEntrant l => Stages.Where(s => string.Equals(s.Name, l.List.Stage, StringComparison.Ordinal)).SelectMany(s => s.Groups)
            .Where(g => g.Rows.Any(r => l.List.Teams.Contains(r.Team, StringComparer.Ordinal))).All(g => g.MatchesRemaining == 0),
        _ => true,
    };

    /// <summary>Whether <paramref name="stage"/>'s draw is made after <see cref="AsOf"/>, so that its groups' teams are not known yet.</summary>
    public bool DrawIsOpen(StageDefinition stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        return stage.Draw is { } draw && AsOf is { } asOf && draw.Date > asOf;
    }

    /// <summary>
    /// Why the teams of <paramref name="group"/> of <paramref name="stage"/> are not all known at <see cref="AsOf"/>, or
    /// <see langword="null"/> when they are: the stage is drawn after the date (<see cref="DrawIsOpen"/>), or one of the group's
    /// places is not decided yet (<see cref="Decides"/>).
    /// </summary>
    public string? UnknownTeams(StageDefinition stage, GroupDefinition group)
    {
        ArgumentNullException.ThrowIfNull(stage);
        ArgumentNullException.ThrowIfNull(group);
        if (DrawIsOpen(stage))
        {
            return $"its teams are drawn on {stage.Draw!.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}";
        }

        return group.Entrants.FirstOrDefault(e => !Decides(e)) is { } open ? $"the {open.Describe()} is not decided yet" : null;
    }

    private bool RankingComplete(string ranking)
    {
        var index = Competition.Stages.ToList().FindIndex(s => s.CrossGroupRankings.Any(r => string.Equals(r.Name, ranking, StringComparison.Ordinal)));
        var definition = Competition.Stages[index].CrossGroupRankings.First(r => string.Equals(r.Name, ranking, StringComparison.Ordinal));
        return Stages[index].Groups.Where(g => definition.Covers(g.Group)).All(g => g.MatchesRemaining == 0);
    }
}

/// <summary>The tables of one stage, its cross-group rankings and its knockout ties.</summary>
/// <param name="Name">The stage's name.</param>
/// <param name="Groups">One table per group.</param>
/// <param name="CrossGroupRankings">One table per ranking across groups.</param>
public sealed record StageTable(string Name, ImmutableArray<GroupStandings> Groups, ImmutableArray<CrossGroupStandings> CrossGroupRankings)
{
    /// <summary>The knockout ties, in the definition's order.</summary>
    public ImmutableArray<TieStanding> Ties { get; init; } = [];

    /// <summary>Round-robin meetings missing from the data after their window ended (<see cref="GroupProgress.Missing"/>).</summary>
    public ImmutableArray<MissingMatch> Missing { get; init; } = [];
}

/// <summary>A knockout tie at a date: its two places, the teams once known, and its result.</summary>
/// <param name="Tie">The definition.</param>
/// <param name="Home">The team at home in the match or the first leg, once known.</param>
/// <param name="Away">The other team, once known.</param>
/// <param name="Result">The legs played and the winner; <see langword="null"/> while a team is unknown.</param>
public sealed record TieStanding(TieDefinition Tie, string? Home, string? Away, TieResult? Result);

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
    /// <param name="matches">The matches of each group and tie: the definition's fixtures, or the history store's selection.</param>
    /// <param name="asOf">The date, or <see langword="null"/> for every match.</param>
    /// <exception cref="CompetitionDataException">
    /// A place the definition fills with a team is decided otherwise by the results, or a tie's matches contradict its format.
    /// </exception>
    public static CompetitionTable Build(CompetitionDefinition competition, ICompetitionMatches matches, DateOnly? asOf)
    {
        ArgumentNullException.ThrowIfNull(competition);
        ArgumentNullException.ThrowIfNull(matches);
        var deductions = competition.DeductionsByTeam();

        var places = new PlaceResolver(competition);
        var stages = ImmutableArray.CreateBuilder<StageTable>(competition.Stages.Length);
        foreach (var stage in competition.Stages)
        {
            var points = competition.PointsOf(stage);
            var progress = stage.Groups.Select(g => GroupProgress.Of(competition, stage, g, matches.OfGroup(stage, g), asOf)).ToList();
            var groupMatches = stage.Groups.Select((g, i) => (Group: g, Matches: progress[i].Counted.ToList())).ToList();
            var tables = groupMatches.Select((gm, i) => StandingsCalculator.Compute(
                new StandingsInput(gm.Group.Name, gm.Group.Teams, gm.Matches, points, competition.TieBreakersOf(stage))
                {
                    Deductions = deductions,
                    FairPlay = competition.FairPlay,
                    LotsSeed = competition.LotsSeed,
                    Slots = gm.Group.Slots,
                    MatchesRemaining = progress[i].Remaining.Length,
                })).ToImmutableArray();
            var ranked = groupMatches.Select((gm, i) => ((IReadOnlyList<Match>)gm.Matches, tables[i])).ToList();
            var cross = stage.CrossGroupRankings.Select(r => RankAcrossGroups(competition, stage, r, ranked)).ToImmutableArray();
            places.Add(stage, tables, cross);
            var ties = ImmutableArray.CreateBuilder<TieStanding>(stage.Ties.Length);
            foreach (var tie in stage.Ties)
            {
                var standing = TieAt(competition, stage, tie, places, matches, asOf);
                places.Add(standing);
                ties.Add(standing);
            }

            stages.Add(new StageTable(stage.Name, tables, cross) { Ties = ties.MoveToImmutable(), Missing = [.. progress.SelectMany(p => p.Missing)] });
        }

        return new CompetitionTable(competition, asOf, stages.MoveToImmutable());
    }

    /// <summary>A tie at the date: its teams once its places are decided, and its legs and winner.</summary>
    private static TieStanding TieAt(CompetitionDefinition competition, StageDefinition stage, TieDefinition tie, PlaceResolver places, ICompetitionMatches matches, DateOnly? asOf)
    {
        var home = places.Resolve(tie.Home);
        var away = places.Resolve(tie.Away);
        if (home is null || away is null)
        {
            return new TieStanding(tie, home, away, null);
        }

        var legs = CountedMatches(competition, matches.OfTie(stage, tie, home, away), asOf).OrderBy(m => m.Date).ToList();
        return new TieStanding(tie, home, away, TieDecider.Decide(tie, home, away, legs));
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

    /// <summary>
    /// Ranks the teams at <paramref name="ranking"/>'s position across the groups it covers (the reference computation):
    /// the team in each covered group's row at that position (groups with fewer teams are not ranked), compared over its
    /// matches in <paramref name="groups"/> without those the discard rule drops (<see cref="DiscardRule"/>: against the
    /// teams in rows below the smallest covered group's size, or against the last row), under the ranking's criteria, with
    /// the competition's deductions, fair-play points and seed of lots.
    /// </summary>
    /// <param name="competition">The definition: points deducted, fair-play points and the seed of lots.</param>
    /// <param name="stage">The stage the ranking belongs to: its points scheme.</param>
    /// <param name="ranking">The ranking.</param>
    /// <param name="groups">The counted matches and the table of each group of the stage (groups not covered are skipped).</param>
    public static CrossGroupStandings RankAcrossGroups(
        CompetitionDefinition competition,
        StageDefinition stage,
        CrossGroupRanking ranking,
        IReadOnlyList<(IReadOnlyList<Match> Matches, GroupStandings Table)> groups)
    {
        ArgumentNullException.ThrowIfNull(competition);
        ArgumentNullException.ThrowIfNull(stage);
        ArgumentNullException.ThrowIfNull(ranking);
        ArgumentNullException.ThrowIfNull(groups);
        var points = competition.PointsOf(stage);
        var deductions = competition.DeductionsByTeam();
        var tables = groups.Select(g => g.Table).ToList();
        var smallest = tables.Where(t => ranking.Covers(t.Group)).Min(t => t.Rows.Length);
        var candidates = new List<string>();
        var groupOf = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var counted = new List<Match>();
        for (var g = 0; g < tables.Count; g++)
        {
            var table = tables[g];
            if (!ranking.Covers(table.Group) || table.Rows.Length < ranking.Position)
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
            counted.AddRange(groups[g].Matches.Where(m => m.Involves(team)
                && !discardSet.Contains(string.Equals(m.Home, team, StringComparison.Ordinal) ? m.Away : m.Home)));
        }

        var standings = StandingsCalculator.Compute(
            new StandingsInput(ranking.Name, [.. candidates], counted, points, ranking.Criteria)
            {
                Deductions = deductions,
                FairPlay = competition.FairPlay,
                LotsSeed = competition.LotsSeed,
                Slots = ranking.Slots,
                CountOpponentsOutsideTable = true,
                MatchesRemaining = tables.Where(t => ranking.Covers(t.Group)).Sum(t => t.MatchesRemaining),
            });
        return new CrossGroupStandings(ranking, standings, groupOf.ToImmutable());
    }
}
