namespace Qualify.Domain;

/// <summary>
/// A name given by a user that means more than one thing known, so that nothing is picked silently. The message is
/// one line with the candidates: "ambiguous team 'Ireland' (did you mean 'Northern Ireland' or 'Republic of Ireland'?)".
/// </summary>
public sealed class AmbiguousNameException : Exception
{
    /// <summary>Creates the exception for <paramref name="name"/>, a <paramref name="kind"/> that can mean each of <paramref name="candidates"/>.</summary>
    public AmbiguousNameException(string kind, string name, IReadOnlyList<string> candidates)
        : base($"ambiguous {kind} '{name}' (did you mean {string.Join(" or ", candidates.Select(c => $"'{c}'"))}?)")
    {
        Kind = kind;
        Name = name;
        Candidates = candidates;
    }

    /// <summary>What kind of thing was named: "team".</summary>
    public string Kind { get; }

    /// <summary>The name as given.</summary>
    public string Name { get; }

    /// <summary>What the name can mean, in ordinal order.</summary>
    public IReadOnlyList<string> Candidates { get; }
}
