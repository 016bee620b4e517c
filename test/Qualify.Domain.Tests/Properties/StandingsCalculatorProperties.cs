using FsCheck.Xunit;
using Qualify.Domain.Matches;

namespace Qualify.Domain.Tests.Properties;

/// <summary>
/// Invariants of <see cref="Qualify.Domain.Standings.StandingsCalculator"/> over random groups of 2-6 teams under
/// every preset (see <see cref="GroupGenerators"/>).
/// </summary>
[Properties(Arbitrary = [typeof(GroupGenerators)], MaxTest = 300)]
public sealed class StandingsCalculatorProperties
{
    [Property]
    public void Compute_ShuffledMatches_SameTable(GroupCase group)
    {
        // The order in which results arrive is not a tie-breaker: every row, separation included, is the same.
        Assert.Equal(group.Compute().Rows.ToList(), group.Compute(group.ShuffledMatches).Rows.ToList());
    }

    [Property]
    public void Compute_ShuffledTeams_SameTable(GroupCase group)
    {
        // Nor is the order in which the group's teams are listed (the draw depends on the seed and the names only).
        Assert.Equal(group.Compute().Rows.ToList(), group.Compute(teams: group.ShuffledTeams).Rows.ToList());
    }

    [Property]
    public void Compute_ThreeOneZeroWithoutDeductions_PointsAddUp(GroupCase group)
    {
        // Under 3-1-0 a decisive match hands out 3 points and a draw 2 (one to each side).
        var decisive = group.Matches.Count(m => m.Score!.Value.Outcome != MatchOutcome.Draw);
        var draws = group.Matches.Length - decisive;

        Assert.Equal((3 * decisive) + (2 * draws), group.Compute().Rows.Sum(r => r.Points));
    }

    [Property]
    public void Compute_AnyGroup_PositionsArePermutationAndEachTeamOnce(GroupCase group)
    {
        var rows = group.Compute().Rows;

        Assert.Equal(Enumerable.Range(1, group.Teams.Length), rows.Select(r => r.Position));
        Assert.Equal(group.Teams.Order(StringComparer.Ordinal), rows.Select(r => r.Team).Order(StringComparer.Ordinal));
    }

    [Property]
    public void Compute_AnyGroup_PointsNeverIncreaseDownTheTable(GroupCase group)
    {
        // Every preset ranks on points first (after deductions, none here).
        var points = group.Compute().Rows.Select(r => r.Points).ToList();

        Assert.Equal(points.OrderDescending(), points);
    }

    [Property]
    public void Compute_AnyGroup_EveryRowButLastSaysWhatSeparatedIt(GroupCase group)
    {
        var rows = group.Compute().Rows;

        Assert.All(rows.Take(rows.Length - 1), r => Assert.NotNull(r.DecidedBy));
        Assert.Null(rows[^1].DecidedBy);
    }
}
