using System.Collections.Immutable;
using Qualify.Domain.Competitions;
using Qualify.Domain.Matches;
using Qualify.Domain.Standings;

namespace Qualify.Scenarios;

/// <summary>
/// One group as the exact analysis sees it: its teams, the matches already counted (scores final, decisions applied),
/// the fixtures still to play, and the rules that rank it (points scheme, tie-breaker chain, deductions, slots).
/// </summary>
/// <param name="Group">The group's name.</param>
/// <param name="Teams">The group's teams.</param>
/// <param name="Played">The matches that count, with their scores.</param>
/// <param name="Remaining">The fixtures still to play (their scores are ignored).</param>
/// <param name="Points">The points scheme.</param>
/// <param name="TieBreakers">The tie-breaker chain.</param>
/// <param name="Slots">What each position leads to.</param>
public sealed record ScenarioProblem(
    string Group,
    ImmutableArray<string> Teams,
    ImmutableArray<Match> Played,
    ImmutableArray<Match> Remaining,
    PointsScheme Points,
    TieBreakerChain TieBreakers,
    ImmutableArray<SlotRule> Slots)
{
    /// <summary>Points deducted per team.</summary>
    public IReadOnlyDictionary<string, int> Deductions { get; init; } = ImmutableDictionary<string, int>.Empty;

    /// <summary>Fair-play points per team (used only when a witness is checked against the reference table).</summary>
    public IReadOnlyDictionary<string, int> FairPlay { get; init; } = ImmutableDictionary<string, int>.Empty;

    /// <summary>The seed of the drawing of lots (used only when a witness is checked against the reference table).</summary>
    public int LotsSeed { get; init; } = 1;

    /// <summary>
    /// The problem of every group of <paramref name="competition"/> at <paramref name="asOf"/>: matches on or before
    /// the date count, and the rest of the group is still to play, as <see cref="GroupProgress"/> decides for tables and
    /// forecasts too.
    /// </summary>
    public static IReadOnlyList<ScenarioProblem> FromCompetition(CompetitionDefinition competition, ICompetitionMatches matches, DateOnly? asOf)
    {
        ArgumentNullException.ThrowIfNull(competition);
        ArgumentNullException.ThrowIfNull(matches);
        var deductions = competition.Deductions.GroupBy(d => d.Team, StringComparer.Ordinal)
            .ToImmutableDictionary(g => g.Key, g => g.Sum(d => d.Points), StringComparer.Ordinal);
        var problems = new List<ScenarioProblem>();
        foreach (var stage in competition.Stages)
        {
            foreach (var group in stage.Groups)
            {
                var progress = GroupProgress.Of(competition, stage, group, matches.OfGroup(stage, group), asOf);
                problems.Add(new ScenarioProblem(group.Name, group.Teams, [.. progress.Counted], progress.Remaining,
                    competition.PointsOf(stage), competition.TieBreakersOf(stage), group.Slots)
                {
                    Deductions = deductions,
                    FairPlay = competition.FairPlay,
                    LotsSeed = competition.LotsSeed,
                });
            }
        }

        return problems;
    }

    /// <summary>The reference table (<see cref="StandingsCalculator"/>) once <paramref name="results"/> are added to the played matches.</summary>
    public GroupStandings TableWith(IEnumerable<Match> results) =>
        StandingsCalculator.Compute(new StandingsInput(Group, Teams, [.. Played, .. results], Points, TieBreakers)
        {
            Deductions = Deductions,
            FairPlay = FairPlay,
            LotsSeed = LotsSeed,
            Slots = Slots,
        });

    /// <summary>
    /// The positions <paramref name="team"/> can take in <paramref name="table"/> when fair play and lots may go either
    /// way: the run of rows around it separated only by fair play or drawing of lots.
    /// </summary>
    public static (int From, int To) PositionRange(GroupStandings table, string team)
    {
        ArgumentNullException.ThrowIfNull(table);
        var rows = table.Rows;
        var p = rows.IndexOf(rows.First(r => string.Equals(r.Team, team, StringComparison.Ordinal)));
        var from = p;
        while (from > 0 && IsEitherWay(rows[from - 1].DecidedBy))
        {
            from--;
        }

        var to = p;
        while (to < rows.Length - 1 && IsEitherWay(rows[to].DecidedBy))
        {
            to++;
        }

        return (from + 1, to + 1);
    }

    private static bool IsEitherWay(Separation? separation) =>
        separation is { Criterion: TieBreakCriterion.FairPlay or TieBreakCriterion.Lots };
}
