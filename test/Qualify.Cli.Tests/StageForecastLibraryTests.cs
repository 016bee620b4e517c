using Qualify.Application;
using Qualify.Domain.Competitions;
using Qualify.Models;
using Qualify.Storage;
using Qualify.Testing;

namespace Qualify.Cli.Tests;

/// <summary>
/// Forecasts of every built-in definition at two dates of its first stage (issue #13, deliverable 3): the date of its
/// middle match, and the day before its last matchday. Each either runs, with probabilities that sum to the places
/// there are, or is refused in one line because a later stage's teams are not known at that date (listed here).
/// </summary>
[Collection(ImportedStoreCollection.Name)]
public sealed class StageForecastLibraryTests(ImportedStoreFixture store)
{
    private const long Simulations = 2_000;

    /// <summary>
    /// The forecasts refused, with the reason the one-line refusal names: none. Every drawn stage (afc-2026,
    /// concacaf-2026, uefa-2022, uefa-2026), priority list (the Nations League entrants of uefa-2022 and uefa-2026) and
    /// open group (ofc-2026) is simulated at both dates; a definition that cannot be is listed here with its reason.
    /// </summary>
    private static readonly Dictionary<(string Id, FirstStagePoint Point), string> Refused = [];



    [Theory]
    [MemberData(nameof(FirstStageDates.Cases), MemberType = typeof(FirstStageDates))]
    public void Forecast_FirstStageDate_RunsOrIsRefusedInOneLine(string id, FirstStagePoint point)
    {
        var outcome = Run(id, point);

        if (Refused.TryGetValue((id, point), out var named))
        {
            var refusal = Assert.IsType<UserInputException>(outcome.Error);
            Assert.Contains(named, refusal.Message, StringComparison.Ordinal);
            Assert.DoesNotContain('\n', refusal.Message);
        }
        else
        {
            Assert.Null(outcome.Error);
        }
    }

    [Theory]
    [MemberData(nameof(FirstStageDates.Cases), MemberType = typeof(FirstStageDates))]
    public void Forecast_FirstStageDate_GroupPositionsSumToOneAndPointsStayWithinReach(string id, FirstStagePoint point)
    {
        var (report, table, _) = Run(id, point);
        if (report is null)
        {
            return;
        }

        foreach (var group in report.Groups)
        {
            var n = group.Group.Teams.Length;
            for (var p = 0; p < n; p++)
            {
                Assert.Equal(1.0, group.Teams.Sum(t => t.PositionProbabilities[p]), 9);
            }

            // The most a team can reach: its points at the date plus a win in each of its remaining fixtures; in a group
            // whose teams are drawn or still open (no match played by its places at these dates), a win in each match of
            // its round robin: n − 1 matches, twice over for a double round robin.
            var rows = table!.Stages.SelectMany(s => s.Groups).First(g => g.Group == group.Group.Name && g.Rows.Length == n).Rows;
            var win = report.Competition.Points.Win;
            var roundRobin = win * (n - 1) * (group.Group.Format == GroupFormat.DoubleRoundRobin ? 2 : 1);
            Assert.All(group.Teams, t => Assert.True(
                t.ExpectedPoints <= (group.Open ? roundRobin : rows.Single(r => r.Team == t.Team).Points + (win * group.Fixtures.Count(f => f.Match.Involves(t.Team)))) + 1e-9,
                $"{group.Group.Name} {t.Team}: expected {t.ExpectedPoints} points"));
        }
    }

    [Theory]
    [MemberData(nameof(FirstStageDates.Cases), MemberType = typeof(FirstStageDates))]
    public void Forecast_FirstStageDate_RanksTiesAndDestinationsSumToTheirPlaces(string id, FirstStagePoint point)
    {
        var stages = Run(id, point).Report?.Stages;
        if (stages is null)
        {
            return;
        }

        foreach (var ranking in stages.Rankings)
        {
            var ranks = ranking.Teams.Max(t => t.RankProbabilities.Length);
            for (var r = 0; r < ranks; r++)
            {
                Assert.Equal(1.0, ranking.Teams.Sum(t => t.RankProbabilities[r]), 9);
            }
        }

        // Two teams play each tie and one wins it; each team ends at exactly one destination; each destination takes
        // the same number of teams in every simulation (the format's places), so its probabilities sum to a whole number.
        Assert.All(stages.Ties, t => Assert.Equal(2.0, t.Teams.Sum(x => x.Plays), 9));
        Assert.All(stages.Ties, t => Assert.Equal(1.0, t.Teams.Sum(x => x.Wins), 9));
        Assert.All(stages.Teams, t => Assert.Equal(1.0, t.Probabilities.Sum(), 9));
        for (var d = 0; d < stages.Destinations.Length; d++)
        {
            var places = stages.Teams.Sum(t => t.Probabilities[d]);
            Assert.Equal(Math.Round(places), places, 9);
        }
    }

    [Fact]
    public void Forecast_Caf2026AtHalfway_EveryRunnerUpCanReachThePlayoffAndNineTeamsQualify()
    {
        var stages = Run("caf-2026", FirstStagePoint.Halfway).Report!.Stages!;

        // Issue #13: every runner-up showed 0% for the play-off decided by the best-runners-up ranking. At the halfway
        // point no group is decided, so every team that can finish second in its group can enter the ranking's top four.
        var ranked = stages.Rankings.Single(r => r.Ranking.Name == "Best runners-up").Teams;
        var final = stages.Ties.Single(t => t.Tie.Name == "Final").Teams;
        Assert.All(ranked.Where(t => t.RankProbabilities.Sum() > 0.05), t => Assert.True(t.RankProbabilities.Take(4).Sum() > 0, t.Team));
        Assert.True(final.Length >= 9, $"{final.Length} teams can play the final");

        // The nine group winners go to the World Cup (caf-2026.json: one qualified slot in each of groups A–I).
        var worldCup = stages.Destinations.IndexOf(stages.Destinations.Single(d => d.Id == "world-cup"));
        Assert.Equal(9.0, stages.Teams.Sum(t => t.Probabilities[worldCup]), 9);
    }

    [Fact]
    public void Forecast_Uefa2022AfterTheGroupsBeforeTheDraw_EachSeededRunnerUpHostsEachSemiFinalWithOneChanceInSix()
    {
        // 20 Nov 2021: every first-round group is complete, the play-off draw (26 Nov 2021) is not made. Pot 1 holds the six
        // best-ranked runners-up, who host the semi-finals (UEFA, "2022 World Cup play-off draw": Italy, Portugal, Russia,
        // Scotland, Sweden, Wales), shuffled over the six semi-finals: 1/6 each (hand calculation).
        var catalog = CompetitionCatalog.FromFolders([TestPaths.CompetitionsFolder]);
        var history = new StoreHistorySource(store.DatabasePath, _ => null);
        var report = new ForecastService(catalog, history, new TableService(catalog, history))
            .Forecast(new ForecastOptions("uefa-2022", new DateOnly(2021, 11, 20), Simulations, 1, ModelKind.EloPoisson, []));
        var semis = report.Stages!.Ties.Where(t => t.Tie.Name.Contains("semi-final", StringComparison.Ordinal)).ToList();
        string[] seeded = ["Italy", "Portugal", "Russia", "Scotland", "Sweden", "Wales"];

        // Each of the twelve teams plays exactly one semi-final in every simulation.
        foreach (var team in seeded.Concat(["Austria", "Czech Republic", "North Macedonia", "Poland", "Turkey", "Ukraine"]))
        {
            Assert.Equal(1.0, semis.Sum(t => t.Teams.SingleOrDefault(x => x.Team == team)?.Plays ?? 0), 9);
        }

        // 5 standard errors of √((1/6)(5/6)/2,000) = 0.0083.
        var first = semis[0].Teams;
        Assert.All(seeded, team => Assert.InRange(first.Single(x => x.Team == team).Plays, (1.0 / 6) - 0.042, (1.0 / 6) + 0.042));
        Assert.Contains(report.Stages.Notes, n => n.Contains("drawn on 2021-11-26", StringComparison.Ordinal));
    }

    [Fact]
    public void Forecast_Uefa2022Halfway_AustriaReachesThePlayOffsAlsoThroughTheNationsLeague()
    {
        // uefa-2022.json: a runner-up plays a semi-final, and so do the first two teams of the Nations League 2020-21 group
        // winners (France, Spain, Italy, Belgium, Wales, Austria, ...) placed outside the top two of their group. Austria
        // (group F) thus plays a semi-final whenever it finishes 2nd, and also in simulations where it finishes lower
        // and at most one listed team ahead of it is outside its group's top two: its chance of playing a semi-final
        // exceeds its chance of finishing 2nd, and every simulation in which it is 2nd is one in which it plays.
        var report = Run("uefa-2022", FirstStagePoint.Halfway).Report!;
        var semis = report.Stages!.Ties.Where(t => t.Tie.Name.Contains("semi-final", StringComparison.Ordinal));
        var plays = semis.Sum(t => t.Teams.SingleOrDefault(x => x.Team == "Austria")?.Plays ?? 0);
        var second = report.Stages.Groups.Single(g => g.Group.Name == "F").Teams.Single(t => t.Team == "Austria").PositionProbabilities[1];

        Assert.True(plays > second + 0.01, $"Austria plays a semi-final in {plays:P1} of simulations, finishes 2nd in {second:P1}");
    }

    [Fact]
    public void Forecast_Uefa2026DayBeforeTheDraw_RankedPotsPutTheFourBestRankedRunnersUpAtHomeInSemiFinal1()
    {
        // 19 Nov 2025: the groups are complete, the play-off draw (20 Nov 2025) is not made. Ranked pots: the twelve
        // runners-up by the FIFA ranking Qualify computes as of that date give pot 1 Italy, Denmark, Turkey, Ukraine, the
        // real pot 1 (uefa-2026.json's draw block). Semi-final 1 is a pot-1 team at home against a pot-4 team (the
        // Nations League entrants): each with probability 1/4 (hand calculation), and no runner-up of pots 2-3 plays it.
        var catalog = CompetitionCatalog.FromFolders([TestPaths.CompetitionsFolder]);
        var history = new StoreHistorySource(store.DatabasePath, _ => null);
        var report = new ForecastService(catalog, history, new TableService(catalog, history))
            .Forecast(new ForecastOptions("uefa-2026", new DateOnly(2025, 11, 19), Simulations, 1, ModelKind.EloPoisson, []));
        var semi = report.Stages!.Ties.Single(t => t.Tie.Name == "Semi-final 1 (Path A)").Teams;

        string[] expected = ["Denmark", "Italy", "North Macedonia", "Northern Ireland", "Romania", "Sweden", "Turkey", "Ukraine"];
        Assert.Equal(expected, semi.Select(t => t.Team).Order(StringComparer.Ordinal));

        // 5 standard errors of √((1/4)(3/4)/2,000) = 0.0097.
        Assert.All(semi, t => Assert.InRange(t.Plays, 0.25 - 0.049, 0.25 + 0.049));
    }

    private (ForecastReport? Report, CompetitionTable? Table, Exception? Error) Run(string id, FirstStagePoint point)
    {
        var catalog = CompetitionCatalog.FromFolders([TestPaths.CompetitionsFolder]);
        var history = new StoreHistorySource(store.DatabasePath, _ => null);
        var tables = new TableService(catalog, history);
        var asOf = FirstStageDates.Of(catalog.Find(id), tables, point);
        try
        {
            var report = new ForecastService(catalog, history, tables).Forecast(new ForecastOptions(id, asOf, Simulations, 1, ModelKind.EloPoisson, []));
            return (report, tables.Build(new TableRequest(id, asOf)), null);
        }
        catch (UserInputException e)
        {
            return (null, null, e);
        }
    }

}

/// <summary>The text output of a forecast simulated stage by stage, on a console of 100 columns.</summary>
[Collection(ImportedStoreCollection.Name)]
public sealed class StageForecastTextTests(ImportedStoreFixture store)
{
    private CliResult Caf() => CliRunner.Run(new CliRun(store.Environment) { Width = 100 },
        "forecast", "caf-2026", "--as-of", "2025-03-25", "--sims", "2000", "--seed", "1");

    [Fact]
    public void Forecast_Caf2026Text_ShowsTheRankingTheTiesAndTheDestinations()
    {
        var result = Caf();

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Best runners-up: rank (%)", result.Console, StringComparison.Ordinal);
        Assert.Contains("Knockout ties: likeliest winners (%)", result.Console, StringComparison.Ordinal);
        Assert.Contains("Final destination (%)", result.Console, StringComparison.Ordinal);

        // The destinations of caf-2026.json: the World Cup (group winners), the FIFA play-off tournament (the play-off's
        // winner), and out.
        Assert.Contains("1: qualified: FIFA World Cup 2026", result.Console, StringComparison.Ordinal);
        Assert.Contains("2: playoff: FIFA play-off tournament (March 2026)", result.Console, StringComparison.Ordinal);
    }

    [Fact]
    public void Forecast_Caf2026Text_FitsInOneHundredColumns()
    {
        var result = Caf();

        Assert.All(result.Console.Split('\n'), line => Assert.True(line.Length <= 100, line));
    }
}
