using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using Qualify.Domain.Competitions;
using Qualify.Domain.Matches;
using Qualify.Domain.Standings;
using static Qualify.Testing.MatchBuilder;

namespace Qualify.Domain.Tests.Properties;

/// <summary>
/// A random group: 2-6 teams, a random subset of the double round-robin's fixtures played with scores 0-5,
/// a preset chain, a lots seed, and the same matches and teams in a second, shuffled order.
/// </summary>
public sealed record GroupCase(
    ImmutableArray<string> Teams,
    ImmutableArray<Match> Matches,
    ImmutableArray<Match> ShuffledMatches,
    ImmutableArray<string> ShuffledTeams,
    TieBreakerChain Chain,
    int LotsSeed)
{
    /// <summary>The table of <see cref="Matches"/> under 3-1-0 with no deductions, teams in <paramref name="teams"/> order.</summary>
    public GroupStandings Compute(IReadOnlyList<Match>? matches = null, ImmutableArray<string>? teams = null) =>
        StandingsCalculator.Compute(new StandingsInput("Generated", teams ?? Teams, matches ?? Matches, PointsScheme.ThreeOneZero, Chain)
        {
            LotsSeed = LotsSeed,
        });

    /// <inheritdoc />
    public override string ToString() =>
        $"{Chain.Name}, seed {LotsSeed}, teams [{string.Join(", ", Teams)}], matches [{string.Join("; ", Matches.Select(m => $"{m.Home} {m.Score} {m.Away}"))}]";
}

/// <summary>The FsCheck arbitrary for <see cref="GroupCase"/>.</summary>
public static class GroupGenerators
{
    private static readonly string[] Pool = ["Andorra", "Bhutan", "Chad", "Dominica", "Eritrea", "Fiji"];

    private static readonly TieBreakerChain[] Chains =
        [TieBreakerPresets.Concacaf2022, TieBreakerPresets.Fifa2026Qualifiers, TieBreakerPresets.Uefa, TieBreakerPresets.Overall3];

    /// <summary>Random groups as described on <see cref="GroupCase"/>.</summary>
    public static Arbitrary<GroupCase> GroupCase() => Arb.From(
        from size in Gen.Choose(2, 6)
        let teams = Pool.Take(size).ToArray()
        let fixtures = teams.SelectMany(h => teams.Where(a => a != h).Select(a => (Home: h, Away: a))).ToArray()
        from played in Gen.SubListOf(fixtures)
        from scores in Gen.ArrayOf(Gen.Choose(0, 5), played.Count * 2)
        let matches = played.Select((f, i) => Played(f.Home, scores[2 * i], scores[(2 * i) + 1], f.Away)).ToArray()
        from shuffledMatches in Gen.Shuffle(matches)
        from shuffledTeams in Gen.Shuffle(teams)
        from chain in Gen.Elements(Chains)
        from seed in Gen.Choose(0, 100_000)
        select new GroupCase([.. teams], [.. matches], [.. shuffledMatches], [.. shuffledTeams], chain, seed));
}
