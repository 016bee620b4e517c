using Qualify.Application;
using Qualify.Domain.Competitions;
using Qualify.Scenarios;
using Qualify.Storage;
using Qualify.Testing;

namespace Qualify.Cli.Tests;

/// <summary>
/// Exact scenarios of every group of every built-in definition (issue #13, acceptance: "scenarios runs on every group of
/// every definition") at two dates of its first stage: the date of its middle match, and the day before its last
/// matchday. The real final table is one of the outcomes the analysis ranges over, so it is the independent check: each
/// team's real final position lies between its best and worst, a slot it really ended in is never "eliminated", and a
/// slot "clinched" is the one it really ended in. The goal bound (12 per side per match) covers every real score of these
/// competitions.
/// </summary>
[Collection(ImportedStoreCollection.Name)]
public sealed class ScenarioLibraryTests(ImportedStoreFixture store)
{
    /// <summary>Every later stage with groups of every built-in definition (AFC's fourth round, CONCACAF's third, ...).</summary>
    public static TheoryData<string, string> LaterStages()
    {
        var data = new TheoryData<string, string>();
        var catalog = CompetitionCatalog.FromFolders([TestPaths.CompetitionsFolder]);
        foreach (var file in Directory.GetFiles(TestPaths.CompetitionsFolder, "*.json").Order(StringComparer.Ordinal))
        {
            var competition = catalog.Find(Path.GetFileNameWithoutExtension(file));
            foreach (var stage in competition.Stages.Skip(1).Where(s => !s.Groups.IsEmpty))
            {
                data.Add(competition.Id, stage.Name);
            }
        }

        return data;
    }

    /// <summary>
    /// The day before a later stage's last matchday, every earlier place is decided, so each of its groups is analysed,
    /// and the real final positions lie within the ranges found.
    /// </summary>
    [Theory]
    [MemberData(nameof(LaterStages))]
    public void Analyse_LaterStageBeforeItsLastMatchday_AnswersEachOfItsGroupsWithinTheRealOutcome(string id, string stageName)
    {
        var catalog = CompetitionCatalog.FromFolders([TestPaths.CompetitionsFolder]);
        var history = new StoreHistorySource(store.DatabasePath, _ => null);
        var tables = new TableService(catalog, history);
        var competition = catalog.Find(id);
        var stage = competition.Stages.Single(s => s.Name == stageName);
        var matches = tables.MatchesOf(competition);
        var asOf = stage.Groups.SelectMany(g => matches.OfGroup(stage, g)).Where(m => m.IsPlayed).Max(m => m.Date).AddDays(-1);

        var report = new ScenarioService(catalog, tables).Analyse(new ScenarioRequest(id, asOf, null));
        var final = tables.Build(new TableRequest(id, null)).Stages.Single(s => s.Name == stageName);

        Assert.DoesNotContain(report.NotAnalysed, u => u.Stage == stageName);
        foreach (var group in stage.Groups)
        {
            var answers = report.Groups.Single(g => g.Stage == stageName && g.Group == group.Name);
            var real = final.Groups.Single(g => g.Group == group.Name);
            Assert.All(answers.Teams, t => Assert.InRange(real.Rows.Single(r => r.Team == t.Team).Position, t.BestPosition, t.WorstPosition));
        }
    }

    [Theory]
    [MemberData(nameof(FirstStageDates.Cases), MemberType = typeof(FirstStageDates))]
    public void Analyse_FirstStageDate_AnswersEveryGroupWhoseTeamsAreKnownAndNamesTheOthers(string id, FirstStagePoint point)
    {
        var (report, _, table) = Run(id, point);

        // Every group of every stage is either analysed or listed as not analysed, in the definition's order.
        var groups = table.Stages.SelectMany(s => s.Groups.Select(g => (s.Name, g.Group)));
        Assert.Equal(groups.Order(), report.Groups.Select(g => (g.Stage!, g.Group)).Concat(report.NotAnalysed.Select(u => (u.Stage, u.Group))).Order());

        // A group is left out only when one of its places is open at the date or its stage is drawn after it.
        var definition = table.Competition;
        foreach (var u in report.NotAnalysed)
        {
            var stage = definition.Stages.Single(s => s.Name == u.Stage);
            var group = stage.Groups.Single(g => g.Name == u.Group);
            Assert.True(table.DrawIsOpen(stage) || group.Entrants.Any(e => !table.Decides(e)), $"{id} {u.Stage} {u.Group}: {u.Reason}");
        }
    }

    [Fact]
    public void Analyse_Afc2026DuringTheThirdRound_LeavesOutTheFourthRoundWhoseTeamsAreNotKnown()
    {
        var (report, _, _) = Run("afc-2026", FirstStagePoint.Halfway);

        // afc-2026.json: the fourth round's groups take the third round's 3rd and 4th places, drawn on 2025-07-17.
        Assert.Equal(["A", "B"], report.NotAnalysed.Where(u => u.Stage == "Fourth round").Select(u => u.Group));
        Assert.Contains("drawn on 2025-07-17", report.NotAnalysed[0].Reason, StringComparison.Ordinal);
        Assert.All(report.Groups, g => Assert.Equal("Third round", g.Stage));
    }

    [Theory]
    [MemberData(nameof(FirstStageDates.Cases), MemberType = typeof(FirstStageDates))]
    public void Analyse_FirstStageDate_RangesHoldTheRealFinalPositions(string id, FirstStagePoint point)
    {
        var (report, final, _) = Run(id, point);

        foreach (var (group, real) in Pairs(report, final))
        {
            foreach (var team in group.Teams)
            {
                var position = real.Rows.Single(r => r.Team == team.Team).Position;
                Assert.True(team.BestPosition <= position && position <= team.WorstPosition,
                    $"{id} {group.Group} {team.Team}: really {position}, scenarios say {team.BestPosition}-{team.WorstPosition}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(FirstStageDates.Cases), MemberType = typeof(FirstStageDates))]
    public void Analyse_FirstStageDate_SlotAnswersAgreeWithTheRealOutcome(string id, FirstStagePoint point)
    {
        var (report, final, _) = Run(id, point);

        foreach (var (group, real) in Pairs(report, final))
        {
            foreach (var team in group.Teams)
            {
                var position = real.Rows.Single(r => r.Team == team.Team).Position;
                foreach (var slot in team.Slots)
                {
                    var inSlot = slot.From <= position && position <= slot.To;
                    Assert.False(inSlot && slot.Status == SlotStatus.Eliminated, $"{id} {group.Group} {team.Team} ended {position}, yet {slot.Name} is eliminated");
                    Assert.False(!inSlot && slot.Status == SlotStatus.Clinched, $"{id} {group.Group} {team.Team} ended {position}, yet {slot.Name} is clinched");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(FirstStageDates.Cases), MemberType = typeof(FirstStageDates))]
    public void Analyse_FirstStageDate_ClinchedPositionsNeverOverfillTheGroup(string id, FirstStagePoint point)
    {
        var (report, _, _) = Run(id, point);

        foreach (var group in report.Groups)
        {
            // Teams sure of a position 1..k are at most k; teams sure of k..n are at most n - k + 1.
            var n = group.Teams.Length;
            for (var k = 1; k <= n; k++)
            {
                Assert.True(group.Teams.Count(t => t.WorstPosition <= k) <= k, $"{id} {group.Group}: more than {k} teams sure of the top {k}");
                Assert.True(group.Teams.Count(t => t.BestPosition >= k) <= n - k + 1, $"{id} {group.Group}: too many teams sure of {k} or lower");
            }
        }
    }

    [Fact]
    public void Analyse_WorldCup2026GroupStage_NamesTheTwoAdvancedSlotsByTheirPositions()
    {
        var (report, _, _) = Run("world-cup-2026", FirstStagePoint.Halfway);

        // world-cup-2026.json, every group: positions 1-2 advance to the round of 32, position 3 to the ranking of
        // third-placed teams, position 4 is eliminated (FIFA World Cup 26 Regulations, as cited in the definition).
        Assert.Equal(["advanced1-2", "advanced3", "advanced3OrBetter"], report.Groups[0].Teams[0].Slots.Select(s => s.Name));
    }

    /// <summary>Each analysed group with the real final table of the same group.</summary>
    private static IEnumerable<(GroupScenarios Group, Domain.Standings.GroupStandings Real)> Pairs(ScenarioReport report, CompetitionTable final)
    {
        var real = final.Stages.SelectMany(s => s.Groups.Select(g => (s.Name, g))).ToDictionary(x => (x.Name, x.g.Group), x => x.g);
        return report.Groups.Select(g => (g, real[(g.Stage!, g.Group)]));
    }

    /// <summary>Each analysis once for the four tests that read it (the analyses are the slow part).</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string, FirstStagePoint), Lazy<(ScenarioReport, CompetitionTable, CompetitionTable)>> Analyses = new();

    private (ScenarioReport Report, CompetitionTable Final, CompetitionTable AtDate) Run(string id, FirstStagePoint point) =>
        Analyses.GetOrAdd((id, point), key => new Lazy<(ScenarioReport, CompetitionTable, CompetitionTable)>(() => Analyse(key.Item1, key.Item2))).Value;

    private (ScenarioReport Report, CompetitionTable Final, CompetitionTable AtDate) Analyse(string id, FirstStagePoint point)
    {
        var catalog = CompetitionCatalog.FromFolders([TestPaths.CompetitionsFolder]);
        var history = new StoreHistorySource(store.DatabasePath, _ => null);
        var tables = new TableService(catalog, history);
        var asOf = FirstStageDates.Of(catalog.Find(id), tables, point);
        var report = new ScenarioService(catalog, tables).Analyse(new ScenarioRequest(id, asOf, null));
        return (report, tables.Build(new TableRequest(id, null)), tables.Build(new TableRequest(id, asOf)));
    }

}
