namespace Qualify.Domain.Competitions;

/// <summary>A competition definition that cannot be read: the message names the file and the place in it.</summary>
public sealed class CompetitionDefinitionException : Exception
{
    /// <summary>Creates the exception for <paramref name="file"/>, at <paramref name="location"/> (a JSON path or line).</summary>
    public CompetitionDefinitionException(string file, string location, string reason)
        : base($"{file}: {location}: {reason}")
    {
        File = file;
        Location = location;
        Reason = reason;
    }

    /// <summary>The definition file's name.</summary>
    public string File { get; }

    /// <summary>Where in the file: a JSON path such as <c>stages[0].groups[0].fixtures[3]</c>, or "line 12, column 5" for a syntax error.</summary>
    public string Location { get; }

    /// <summary>What is wrong.</summary>
    public string Reason { get; }
}
