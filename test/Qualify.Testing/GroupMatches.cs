using Qualify.Domain.Competitions;
using Qualify.Domain.Matches;

namespace Qualify.Testing;

/// <summary>A test's matches of each group, given as a function; ties have none.</summary>
public sealed class GroupMatches(Func<GroupDefinition, IReadOnlyList<Match>> ofGroup) : ICompetitionMatches
{
    /// <inheritdoc />
    public IReadOnlyList<Match> OfGroup(StageDefinition stage, GroupDefinition group) => ofGroup(group);

    /// <inheritdoc />
    public IReadOnlyList<Match> OfTie(StageDefinition stage, TieDefinition tie, string home, string away) => tie.Fixtures;
}
