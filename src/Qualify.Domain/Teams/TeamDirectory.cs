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

    /// <summary>Resolves <paramref name="input"/> to a team name, if it names exactly one team.</summary>
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

    /// <summary>Resolves <paramref name="input"/> or throws an <see cref="UnknownNameException"/> with suggestions.</summary>
    public string Resolve(string input)
    {
        if (TryResolve(input, out var team))
        {
            return team;
        }

        throw new UnknownNameException("team", input, Suggest(input));
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
