using Qualify.Domain.Teams;
using Qualify.Domain.Text;

namespace Qualify.Domain.History;

/// <summary>
/// The teams a typed name can mean, so that a history report never picks one silently. A current dataset name means
/// that team only; otherwise every team that has the name as a former name (<c>former_names.csv</c>) or as a built-in
/// alias (<see cref="TeamAliases"/>) counts. "Ireland" means two teams: Northern Ireland, which played as Ireland from
/// 1882 to 1956 (<c>former_names.csv</c>: <c>Northern Ireland,Ireland,1882-02-18,1956-04-11</c>), and the Republic of
/// Ireland, which people call Ireland today.
/// </summary>
public static class TeamNameMeanings
{
    /// <summary>
    /// The teams <paramref name="input"/> can mean in <paramref name="directory"/>, in ordinal order: one for a name
    /// that resolves unambiguously, two or more for an ambiguous one, none for an unknown one.
    /// </summary>
    public static IReadOnlyList<string> Of(TeamDirectory directory, string input)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(input);
        var key = NameSuggester.Normalize(input);
        var current = directory.Teams.Where(t => NameSuggester.Normalize(t) == key).ToList();
        if (current.Count > 0)
        {
            return current;
        }

        var known = directory.Teams.ToHashSet(StringComparer.Ordinal);
        return directory.FormerNames.Where(f => NameSuggester.Normalize(f.Former) == key).Select(f => f.Current)
            .Concat(TeamAliases.BuiltIn.Where(a => NameSuggester.Normalize(a.Key) == key).Select(a => a.Value))
            .Where(known.Contains)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
