using Qualify.Domain.Matches;

namespace Qualify.Domain.Competitions;

/// <summary>The matches of a competition's groups and ties: written in the definition, or selected from the history store.</summary>
public interface ICompetitionMatches
{
    /// <summary>Every known match of <paramref name="group"/>, played or not.</summary>
    IReadOnlyList<Match> OfGroup(StageDefinition stage, GroupDefinition group);

    /// <summary>Every known match of <paramref name="tie"/> once its teams are known, played or not.</summary>
    IReadOnlyList<Match> OfTie(StageDefinition stage, TieDefinition tie, string home, string away);
}

/// <summary>The fixtures written in the definition.</summary>
public sealed class DefinitionMatches : ICompetitionMatches
{
    /// <summary>The one instance.</summary>
    public static DefinitionMatches Instance { get; } = new();

    /// <inheritdoc />
    public IReadOnlyList<Match> OfGroup(StageDefinition stage, GroupDefinition group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return group.Fixtures;
    }

    /// <inheritdoc />
    public IReadOnlyList<Match> OfTie(StageDefinition stage, TieDefinition tie, string home, string away)
    {
        ArgumentNullException.ThrowIfNull(tie);
        return tie.Fixtures;
    }
}
