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

    /// <summary>The name of the stage the group belongs to; empty for a problem posed directly.</summary>
    public string Stage { get; init; } = string.Empty;

    /// <summary>
    /// The problem of every group of <paramref name="competition"/> at <paramref name="asOf"/>: matches on or before
    /// the date count, and the rest of the group is still to play, as <see cref="GroupProgress"/> decides for tables and
    /// forecasts too. While matches remain, the definition's fair-play points are left out (every team level on fair
    /// play): cards still to come can change them, so fair play goes either way with the drawing of lots, as the output
    /// says; a complete group keeps them.
    /// </summary>
    public static IReadOnlyList<ScenarioProblem> FromCompetition(CompetitionDefinition competition, ICompetitionMatches matches, DateOnly? asOf)
    {
        ArgumentNullException.ThrowIfNull(competition);
        ArgumentNullException.ThrowIfNull(matches);
        var deductions = competition.DeductionsByTeam();
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
                    FairPlay = progress.Remaining.IsEmpty ? competition.FairPlay : ImmutableDictionary<string, int>.Empty,
                    LotsSeed = competition.LotsSeed,
                    Stage = stage.Name,
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
    /// The positions <paramref name="team"/> can take in <paramref name="table"/> when drawing of lots may go either way: the
    /// run of rows around it separated only by lots (fair play, a constant of the definition, separates for good).
    /// </summary>
    public static (int From, int To) PositionRange(GroupStandings table, string team) => PositionRanges(table)[team];

    /// <summary>Every team's range of positions in <paramref name="table"/> (<see cref="PositionRange"/>), by team.</summary>
    public static IReadOnlyDictionary<string, (int From, int To)> PositionRanges(GroupStandings table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var rows = table.Rows;
        var ranges = new Dictionary<string, (int From, int To)>(rows.Length, StringComparer.Ordinal);
        var start = 0;
        for (var r = 0; r < rows.Length; r++)
        {
            if (r == rows.Length - 1 || rows[r].DecidedBy is not { Criterion: TieBreakCriterion.Lots })
            {
                for (var q = start; q <= r; q++)
                {
                    ranges[rows[q].Team] = (start + 1, r + 1);
                }

                start = r + 1;
            }
        }

        return ranges;
    }
}
