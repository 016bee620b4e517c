using Qualify.Domain.Competitions;
using Qualify.Testing;

namespace Qualify.Scenarios.Tests;

/// <summary>The built-in Octagon definition (competitions/concacaf-2022.json) as scenario problems.</summary>
internal static class Octagon
{
    public static CompetitionDefinition Definition { get; } =
        CompetitionDefinitionReader.ReadFile(Path.Combine(TestPaths.CompetitionsFolder, "concacaf-2022.json"));

    public static ScenarioProblem At(string asOf) =>
        ScenarioProblem.FromCompetition(Definition, DefinitionMatches.Instance, DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture)).Single();
}
