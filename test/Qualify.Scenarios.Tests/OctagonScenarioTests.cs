
namespace Qualify.Scenarios.Tests;

/// <summary>
/// Exact scenarios of the CONCACAF 2022 final round. Facts: Canada qualified with a 4-0 win over Jamaica on
/// 27 March 2022 (concacaf-2022.json, results.csv); Honduras had 3 points from 13 matches, 10 behind fourth place.
/// </summary>
[Collection(TimingCollection.Name)]
public sealed class OctagonScenarioTests
{
    private static TeamScenario Team(GroupScenarios scenarios, string team) => scenarios.Teams.Single(t => t.Team == team);

    [Fact]
    public void Analyse_After28March2022_CanadaHaveClinchedQualification()
    {
        var scenarios = ScenarioAnalyzer.Analyse(Octagon.At("2022-03-28"));

        Assert.Equal(SlotStatus.Clinched, Team(scenarios, "Canada").Slots.Single(s => s.Name == "qualified").Status);
    }

    [Fact]
    public void Analyse_After28March2022_HondurasAreEliminatedFromEverySlot()
    {
        var scenarios = ScenarioAnalyzer.Analyse(Octagon.At("2022-03-28"));

        Assert.All(Team(scenarios, "Honduras").Slots, s => Assert.Equal(SlotStatus.Eliminated, s.Status));
    }

    [Fact]
    public void Analyse_BeforeAnyMatch_EveryTeamCanFinishAnywhere()
    {
        var scenarios = ScenarioAnalyzer.Analyse(Octagon.At("2021-09-01"));

        Assert.All(scenarios.Teams, t => Assert.Equal((1, 8), (t.BestPosition, t.WorstPosition)));
    }

    [Fact]
    public void Analyse_EveryOctagonDate_RangeContainsFinalPosition()
    {
        // The final table (30 Mar 2022, CONCACAF): Canada 28, Mexico 28, United States 25, Costa Rica 25, Panama 21,
        // Jamaica 11, El Salvador 10, Honduras 4. What happened must have been possible at every earlier date.
        string[] final = ["Canada", "Mexico", "United States", "Costa Rica", "Panama", "Jamaica", "El Salvador", "Honduras"];
        var dates = Octagon.Definition.Stages[0].Groups[0].Fixtures.Select(f => f.Date).Distinct().Order().ToList();
        foreach (var date in dates)
        {
            var scenarios = ScenarioAnalyzer.Analyse(Octagon.At(date.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
            Assert.All(scenarios.Teams, t => Assert.InRange(Array.IndexOf(final, t.Team) + 1, t.BestPosition, t.WorstPosition));
        }
    }
}

/// <summary>The heavy Octagon analyses run one at a time: each already uses every core.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingCollection
{
    public const string Name = "timing";
}
