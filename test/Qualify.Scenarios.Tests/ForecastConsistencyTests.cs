using Qualify.Application;
using Qualify.Models;
using Qualify.Testing;

namespace Qualify.Scenarios.Tests;

/// <summary>
/// Scenarios and the Monte Carlo forecast agree: a slot that scenarios call clinched has probability 1 in the
/// forecast, one called eliminated has probability 0 (a forecast strictly between 0 and 1 means results exist either way).
/// </summary>
public sealed class ForecastConsistencyTests
{
    public static TheoryData<string> RandomDates()
    {
        var random = new Random(2022);
        var first = new DateOnly(2021, 9, 1);
        var data = new TheoryData<string>();
        foreach (var offset in Enumerable.Range(0, 6).Select(_ => random.Next(0, 212)).Append(207).Distinct())
        {
            data.Add(first.AddDays(offset).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RandomDates))]
    public void Analyse_RandomDate_NeverSettlesASlotTheForecastLeavesOpen(string asOf)
    {
        var catalog = CompetitionCatalog.FromFolders([TestPaths.CompetitionsFolder]);
        var date = DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture);
        var noHistory = new InMemoryHistorySource([]);
        var tables = new TableService(catalog, noHistory);
        var forecast = new ForecastService(catalog, noHistory, tables)
            .Forecast(new ForecastOptions("concacaf-2022", date, 2_000, 11, ModelKind.EloPoisson, []));
        var scenarios = new ScenarioService(catalog, tables).Analyse(new ScenarioRequest("concacaf-2022", date, null));

        var odds = forecast.Groups.Single().Teams.ToDictionary(t => t.Team);
        foreach (var team in scenarios.Groups.Single().Teams)
        {
            foreach (var slot in team.Slots.Where(s => s.Status != SlotStatus.Open))
            {
                var positions = odds[team.Team].PositionProbabilities;
                var p = Enumerable.Range(slot.From - 1, slot.To - slot.From + 1).Sum(i => positions[i]);
                Assert.True(slot.Status == SlotStatus.Clinched ? p > 1 - 1e-9 : p < 1e-9,
                    $"{asOf} {team.Team} {slot.Name}: scenarios say {slot.Status}, forecast {p}");
            }
        }
    }
}
