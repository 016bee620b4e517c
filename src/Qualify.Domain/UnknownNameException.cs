namespace Qualify.Domain;

/// <summary>
/// A name given by a user (a team, a competition) that matches nothing known. The message is one line,
/// with suggestions when there are close names: "unknown team 'Untied States' (did you mean 'United States'?)".
/// </summary>
public sealed class UnknownNameException : Exception
{
    /// <summary>Creates the exception for an unknown <paramref name="kind"/> named <paramref name="name"/>.</summary>
    public UnknownNameException(string kind, string name, IReadOnlyList<string> suggestions)
        : base(Format(kind, name, suggestions))
    {
        Kind = kind;
        Name = name;
        Suggestions = suggestions;
    }

    /// <summary>What kind of thing was named: "team", "competition".</summary>
    public string Kind { get; }

    /// <summary>The name as given.</summary>
    public string Name { get; }

    /// <summary>Close names, best first; may be empty.</summary>
    public IReadOnlyList<string> Suggestions { get; }

    private static string Format(string kind, string name, IReadOnlyList<string> suggestions) =>
        suggestions.Count == 0
            ? $"unknown {kind} '{name}'"
            : $"unknown {kind} '{name}' (did you mean {string.Join(" or ", suggestions.Select(s => $"'{s}'"))}?)";
}
