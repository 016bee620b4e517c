using Qualify.Domain.Matches;
using Qualify.Testing;

namespace Qualify.Domain.Tests.Matches;

public sealed class CompetitionClassifierTests
{
    [Fact]
    public void Classify_EveryTournamentInTheDataset_IsMapped()
    {
        // Every distinct tournament name of results.csv must have a row in tournament-classes.csv.
        var unmapped = DatasetResults.All.Select(m => m.Tournament).Distinct()
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
    public void Classify_UnknownTournament_IsOtherTournament() =>
        // Issue 11: a tournament new to the dataset takes eloratings.net's "all other tournaments" class (K 30)
        // instead of breaking every command that rates matches.
        Assert.Equal(CompetitionClass.OtherTournament, CompetitionClassifier.Classify("Imaginary Cup"));

    [Fact]
    public void IsMapped_UnknownTournament_False() =>
        Assert.False(CompetitionClassifier.IsMapped("Imaginary Cup"));

    [Theory]
    [InlineData(CompetitionClass.WorldCupFinals, "world-cup-finals")]
    [InlineData(CompetitionClass.NationsLeagueQualifier, "nations-league-qualifier")]
    [InlineData(CompetitionClass.OtherTournament, "other-tournament")]
    public void NameOf_Class_IsItsNameInTheTable(CompetitionClass competitionClass, string name) =>
        // The class names of tournament-classes.csv's second column.
        Assert.Equal(name, CompetitionClassifier.NameOf(competitionClass));
}
