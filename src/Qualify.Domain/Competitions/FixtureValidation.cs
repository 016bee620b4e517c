using System.Collections.Immutable;
using Qualify.Domain.Matches;

namespace Qualify.Domain.Competitions;

/// <summary>
/// Checks a group's fixtures against its round-robin format. No pair meets more often than the format allows; and a
/// definition that lists its own fixtures lists every one (played or not): in a single round-robin each pair meets
/// once, in a double round-robin each team hosts each other once. Otherwise a table would count too few matches
/// remaining and a forecast would have to invent the missing fixtures.
/// </summary>
internal static class FixtureValidation
{
    /// <summary>How many missing matches an error names before counting the rest.</summary>
    private const int NamedInError = 4;

    /// <summary>Checks the <paramref name="fixtures"/> of a group of <paramref name="teams"/> at <paramref name="at"/> (its <c>fixtures</c> path).</summary>
    /// <param name="file">The definition file's name, for the error.</param>
    /// <param name="at">The JSON path of the group's fixtures, such as <c>stages[0].groups[0].fixtures</c>.</param>
    /// <param name="format">The group's format.</param>
    /// <param name="teams">The group's teams, in the definition's order.</param>
    /// <param name="fixtures">The fixtures listed.</param>
    /// <param name="mustBeComplete">Whether every match must be listed (the matches are inline, not from the history store).</param>
    /// <exception cref="CompetitionDefinitionException">A pair meets too often, or a match is missing.</exception>
    public static void Check(string file, string at, GroupFormat format, ImmutableArray<string> teams, ImmutableArray<Match> fixtures, bool mustBeComplete)
    {
        var meetings = format == GroupFormat.SingleRoundRobin ? 1 : 2;
        var overbooked = fixtures.GroupBy(f => string.CompareOrdinal(f.Home, f.Away) < 0 ? (f.Home, f.Away) : (f.Away, f.Home))
            .FirstOrDefault(g => g.Count() > meetings);
        if (overbooked is not null)
        {
            throw new CompetitionDefinitionException(file, at,
                $"{overbooked.Key.Item1} and {overbooked.Key.Item2} meet {overbooked.Count()} times; a {FormatName(format)} allows {meetings}");
        }

        if (!mustBeComplete)
        {
            return;
        }

        var missing = Missing(format, teams, fixtures);
        if (missing.Count == 0)
        {
            return;
        }

        var expected = teams.Length * (teams.Length - 1) * meetings / 2;
        var rule = format == GroupFormat.SingleRoundRobin ? "each pair meets once" : "each team hosts each other once";
        var fix = "list every match, without a score if it is not played yet, or take the matches from the history store (\"matches\": {\"source\": \"history\", ...})";
        if (fixtures.IsEmpty)
        {
            throw new CompetitionDefinitionException(file, at, $"no fixtures are listed, but this {FormatName(format)} of {teams.Length} teams has {expected} matches ({rule}): {fix}");
        }

        var named = string.Join(", ", missing.Take(NamedInError)) + (missing.Count > NamedInError ? $" and {missing.Count - NamedInError} more" : string.Empty);
        throw new CompetitionDefinitionException(file, at,
            $"{missing.Count} of the {expected} matches of this {FormatName(format)} are missing ({rule}): {named}; {fix}");
    }

    /// <summary>The name of <paramref name="format"/> as written in a definition.</summary>
    public static string FormatName(GroupFormat format) => format == GroupFormat.SingleRoundRobin ? "single-round-robin" : "double-round-robin";

    /// <summary>The matches owed and not listed, as "Home v Away", in the order of the group's teams.</summary>
    private static List<string> Missing(GroupFormat format, ImmutableArray<string> teams, ImmutableArray<Match> fixtures)
    {
        var listed = fixtures.Select(f => (f.Home, f.Away)).ToHashSet();
        var missing = new List<string>();
        for (var i = 0; i < teams.Length; i++)
        {
            for (var j = 0; j < teams.Length; j++)
            {
                var (home, away) = (teams[i], teams[j]);
                var owed = format == GroupFormat.SingleRoundRobin
                    ? i < j && !listed.Contains((home, away)) && !listed.Contains((away, home))
                    : i != j && !listed.Contains((home, away));
                if (owed)
                {
                    missing.Add($"{home} v {away}");
                }
            }
        }

        return missing;
    }
}
