using System.Collections.Immutable;
using Qualify.Domain.Competitions;
using Qualify.Domain.Matches;
using Qualify.Domain.Standings;

namespace Qualify.Domain.Tests.Standings;

/// <summary>Short ways to compute a group table in tests and to read its rows.</summary>
internal static class StandingsKit
{
    /// <summary>The group's teams, in order of first appearance in <paramref name="matches"/>.</summary>
    public static ImmutableArray<string> TeamsOf(IEnumerable<Match> matches) =>
        [.. matches.SelectMany(m => new[] { m.Home, m.Away }).Distinct(StringComparer.Ordinal)];

    /// <summary>Computes the table of the teams in <paramref name="matches"/> under <paramref name="chain"/>.</summary>
    public static GroupStandings Compute(
        TieBreakerChain chain,
        IReadOnlyList<Match> matches,
        PointsScheme? points = null,
        IReadOnlyDictionary<string, int>? fairPlay = null,
        IReadOnlyDictionary<string, int>? deductions = null,
        int lotsSeed = 1,
        ImmutableArray<string>? teams = null) =>
        StandingsCalculator.Compute(new StandingsInput("Group", teams ?? TeamsOf(matches), matches, points ?? PointsScheme.ThreeOneZero, chain)
        {
            FairPlay = fairPlay ?? ImmutableDictionary<string, int>.Empty,
            Deductions = deductions ?? ImmutableDictionary<string, int>.Empty,
            LotsSeed = lotsSeed,
        });

    /// <summary>The teams in table order.</summary>
    public static IEnumerable<string> Order(this GroupStandings table) => table.Rows.Select(r => r.Team);

    /// <summary>The row of <paramref name="team"/>.</summary>
    public static StandingsRow Row(this GroupStandings table, string team) => table.Rows.Single(r => r.Team == team);

    /// <summary>What separated <paramref name="team"/> from the team directly below it.</summary>
    public static Separation Separation(this GroupStandings table, string team) =>
        table.Row(team).DecidedBy ?? throw new InvalidOperationException($"{team} is last: nothing separates it from a team below");
}
