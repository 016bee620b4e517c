using System.Collections.Immutable;
using Qualify.Domain.Text;

namespace Qualify.Domain.Teams;

/// <summary>
/// The known teams, and the resolution of what a user types to a dataset name: the exact name, then
/// a former name (<see cref="FormerName"/>), then a built-in alias (<see cref="TeamAliases"/>), each
/// compared loosely (case, accents and punctuation ignored). Unknown names get suggestions.
/// </summary>
public sealed class TeamDirectory
{
    private readonly Dictionary<string, string> _byKey = new(StringComparer.Ordinal);

    /// <summary>Creates a directory of <paramref name="teams"/> with their <paramref name="formerNames"/>.</summary>
    public TeamDirectory(IEnumerable<string> teams, IEnumerable<FormerName>? formerNames = null)
    {
        ArgumentNullException.ThrowIfNull(teams);
        Teams = [.. teams.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        FormerNames = formerNames is null ? [] : [.. formerNames];
        var known = Teams.ToHashSet(StringComparer.Ordinal);

        // Lowest precedence first: later entries overwrite earlier ones.
        foreach (var (alias, name) in TeamAliases.BuiltIn)
        {
            if (known.Contains(name))
            {
                _byKey[NameSuggester.Normalize(alias)] = name;
            }
        }

        foreach (var former in FormerNames)
        {
            if (known.Contains(former.Current))
            {
                _byKey[NameSuggester.Normalize(former.Former)] = former.Current;
            }
        }

        foreach (var team in Teams)
        {
            _byKey[NameSuggester.Normalize(team)] = team;
        }
    }

    /// <summary>Every team name, in ordinal order.</summary>
    public ImmutableArray<string> Teams { get; }

    /// <summary>The former names known to the directory.</summary>
    public ImmutableArray<FormerName> FormerNames { get; }

    /// <summary>
    /// Resolves <paramref name="input"/> to a team name by precedence (current name, then former name, then alias),
    /// without refusing an ambiguous one: for suggestions; what a user types goes through <see cref="Resolve"/>.
    /// </summary>
    public bool TryResolve(string input, out string team)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (_byKey.TryGetValue(NameSuggester.Normalize(input), out var found))
        {
            team = found;
            return true;
        }

        team = string.Empty;
        return false;
    }

    /// <summary>
    /// Resolves <paramref name="input"/> to the one team it names, refusing a name that can mean several
    /// (<see cref="Meanings"/>).
    /// </summary>
    /// <exception cref="AmbiguousNameException">The name can mean more than one team (with those teams).</exception>
    /// <exception cref="UnknownNameException">The name means no team (with suggestions).</exception>
    public string Resolve(string input)
    {
        var meanings = Meanings(input);
        return meanings.Count switch
        {
            1 => meanings[0],
            > 1 => throw new AmbiguousNameException("team", input, meanings),
            _ => throw new UnknownNameException("team", input, Suggest(input)),
        };
    }

    /// <summary>
    /// The teams <paramref name="input"/> can mean, in ordinal order: one for a name that resolves unambiguously, two or
    /// more for an ambiguous one, none for an unknown one. A current name (compared loosely) means that team only;
    /// otherwise every team that has the name as a former name (<c>former_names.csv</c>) or as a built-in alias
    /// (<see cref="TeamAliases"/>) counts. "Ireland" means two teams: Northern Ireland, which played as Ireland from
    /// 1882 to 1956 (<c>former_names.csv</c>: <c>Northern Ireland,Ireland,1882-02-18,1956-04-11</c>), and the Republic
    /// of Ireland, which people call Ireland today.
    /// </summary>
    public IReadOnlyList<string> Meanings(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var key = NameSuggester.Normalize(input);
        var current = Teams.Where(t => NameSuggester.Normalize(t) == key).ToList();
        if (current.Count > 0)
        {
            return current;
        }

        var known = Teams.ToHashSet(StringComparer.Ordinal);
        return FormerNames.Where(f => NameSuggester.Normalize(f.Former) == key).Select(f => f.Current)
            .Concat(TeamAliases.BuiltIn.Where(a => NameSuggester.Normalize(a.Key) == key).Select(a => a.Value))
            .Where(known.Contains)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Up to three team names close to <paramref name="input"/>.</summary>
    public IReadOnlyList<string> Suggest(string input)
    {
        var known = Teams.ToHashSet(StringComparer.Ordinal);
        var names = Teams
            .Concat(FormerNames.Where(f => known.Contains(f.Current)).Select(f => f.Former))
            .Concat(TeamAliases.BuiltIn.Where(a => known.Contains(a.Value)).Select(a => a.Key));
        return NameSuggester.Suggest(input, names, max: 6)
            .Select(s => TryResolve(s, out var t) ? t : s)
            .Distinct(StringComparer.Ordinal)
            .Take(3)
            .ToList();
    }

    /// <summary>Teams whose name, former name or alias contains <paramref name="text"/> (loosely), in order.</summary>
    public IReadOnlyList<string> Search(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Teams;
        }

        var key = NameSuggester.Normalize(text);
        return _byKey.Where(kv => kv.Key.Contains(key, StringComparison.Ordinal))
            .Select(kv => kv.Value)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The former names of one team, oldest first.</summary>
    public IReadOnlyList<FormerName> FormerNamesOf(string team) =>
        FormerNames.Where(f => string.Equals(f.Current, team, StringComparison.Ordinal)).OrderBy(f => f.Start).ToList();
}
