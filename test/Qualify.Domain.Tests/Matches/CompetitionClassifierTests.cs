using Qualify.Domain.Matches;
using Qualify.Domain.Tests.Standings;

namespace Qualify.Domain.Tests.Matches;

public sealed class CompetitionClassifierTests
{
    [Fact]
    public void Classify_EveryTournamentInTheDataset_IsMapped()
    {
        // Every distinct tournament name of results.csv must have a row in tournament-classes.csv.
        var unmapped = ResultsDataset.Matches.Select(m => m.Tournament).Distinct()
            .Where(t => !CompetitionClassifier.TryClassify(t, out _)).Order(StringComparer.Ordinal).ToList();

        Assert.Empty(unmapped);
    }

    [Theory]
    [InlineData("FIFA World Cup", CompetitionClass.WorldCupFinals)]
    [InlineData("FIFA World Cup qualification", CompetitionClass.WorldCupQualifier)]
    [InlineData("UEFA Euro", CompetitionClass.ContinentalFinals)]
    [InlineData("Confederations Cup", CompetitionClass.IntercontinentalMajor)]
    [InlineData("Friendly", CompetitionClass.Friendly)]
    public void Classify_KnownTournament_HasItsEloClass(string tournament, CompetitionClass expected) =>
        // eloratings.net's K classes: World Cup finals, continental finals, intercontinental, qualifiers, friendlies.
        Assert.Equal(expected, CompetitionClassifier.Classify(tournament));

    [Fact]
    public void Classify_UnknownTournament_Throws() =>
        Assert.Throws<KeyNotFoundException>(() => CompetitionClassifier.Classify("Imaginary Cup"));
}
