using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using Qualify.Application;
using Qualify.Domain.History;
using Qualify.Storage;
using Qualify.Testing;

namespace Qualify.Cli.Tests;

/// <summary>
/// <c>qualify h2h</c>, <c>qualify team</c> and <c>qualify records</c> over the imported shared dataset. Every expected
/// number cites its rows of results.csv, goalscorers.csv or former_names.csv (line numbers as <c>grep -n</c> gives them,
/// the header being line 1).
/// </summary>
/// <remarks>
/// The Canada–Mexico meetings before 16 Nov 2021 are results.csv lines 4504, 4506, 8988, 8996, 10701, 10732, 11176,
/// 12455, 12519, 13048, 13967, 15285, 15832, 17268, 17657, 17850, 18954, 19008, 19265, 21746, 22400, 24212, 24796, 25049,
/// 32370, 32489, 37098, 39537, 39627, 42649, 44285 and 44488 (<c>grep -n -E ',(Canada,Mexico|Mexico,Canada),' results.csv</c>,
/// the rows dated before 2021-11-16).
/// </remarks>
[Collection(ImportedStoreCollection.Name)]
public sealed class HistoryReportTests(ImportedStoreFixture store)
{
    private JsonNode Json(params string[] args)
    {
        var result = CliRunner.Run(store.Environment, [.. args, "--format", "json"]);
        Assert.True(result.ExitCode == 0, result.Error);
        return JsonNode.Parse(result.Out)!;
    }

    private static int Int(JsonNode node, string path) => Node(node, path).GetValue<int>();

    private static string Text(JsonNode node, string path) => Node(node, path).GetValue<string>();

    private static JsonNode Node(JsonNode node, string path) =>
        path.Split('.').Aggregate(node, (n, key) => int.TryParse(key, out var i) ? n[i]! : n[key]!);

    [Fact]
    public void HeadToHead_CanadaMexicoBefore16Nov2021_32Matches()
    {
        var h2h = Json("h2h", "Canada", "Mexico", "--before", "2021-11-16");

        Assert.Equal(32, Int(h2h, "overall.played"));
    }

    [Fact]
    public void HeadToHead_CanadaMexicoBefore16Nov2021_Canada3Draws8Mexico21()
    {
        // Canada's wins: results.csv line 10701: 1976-10-10,Canada,Mexico,1,0,CONCACAF Championship qualification,…;
        // line 17268: 1990-05-13,Canada,Mexico,2,1,NAFU Championship,Burnaby,Canada,FALSE;
        // line 24212: 2000-02-20,Mexico,Canada,1,2,Gold Cup,San Diego,United States,TRUE.
        // Draws: lines 10732 (0-0), 12455 (1-1), 12519 (1-1), 13048 (1-1), 22400 (2-2), 25049 (0-0), 32489 (2-2),
        // 44488 (2021-10-07,Mexico,Canada,1,1). The other 21 of the 32 are Mexico wins.
        var h2h = Json("h2h", "Canada", "Mexico", "--before", "2021-11-16");

        Assert.Equal((3, 8, 21), (Int(h2h, "overall.winsA"), Int(h2h, "overall.draws"), Int(h2h, "overall.winsB")));
    }

    [Fact]
    public void HeadToHead_CanadaMexicoBefore16Nov2021_CanadasLastWin7940DaysBefore()
    {
        // results.csv line 24212: 2000-02-20,Mexico,Canada,1,2,Gold Cup,San Diego,United States,TRUE — Canada's last win
        // before 2021-11-16; 2000-02-20 to 2021-11-16 is 7,940 days (21 years, 8 months, 27 days).
        var h2h = Json("h2h", "Canada", "Mexico", "--before", "2021-11-16");

        Assert.Equal(("2000-02-20", 7940), (Text(h2h, "lastWin.a.date"), Int(h2h, "lastWin.a.daysSince")));
        Assert.Equal((21, 8, 27), (Int(h2h, "lastWin.a.elapsed.years"), Int(h2h, "lastWin.a.elapsed.months"), Int(h2h, "lastWin.a.elapsed.days")));
    }

    [Fact]
    public void HeadToHead_NoBefore_DaysSinceCountToTheInjectedClock()
    {
        // Without --before, "days since" counts to today: the CLI's clock (CliEnvironment.Clock), here stopped on
        // 20 Nov 2021, so the figures do not move with the machine's date.
        var clock = new FakeTimeProvider(new DateTimeOffset(2021, 11, 20, 12, 0, 0, TimeSpan.Zero));

        var result = CliRunner.Run(store.Environment, clock, "h2h", "Canada", "Mexico", "--format", "json");

        Assert.Equal("2021-11-20", Text(JsonNode.Parse(result.Out)!, "referenceDate"));
    }

    [Fact]
    public void HeadToHead_Before_IsExclusive()
    {
        // --before 2021-11-16 leaves out results.csv line 44760 (2021-11-16,Canada,Mexico,2,1,…): the last meeting is
        // line 44488: 2021-10-07,Mexico,Canada,1,1,FIFA World Cup qualification,Mexico City,Mexico,FALSE.
        var h2h = Json("h2h", "Canada", "Mexico", "--before", "2021-11-16");

        Assert.Equal("2021-10-07", Text(h2h, "lastMeeting.date"));
    }

    [Fact]
    public void HeadToHead_CanadaMexicoBefore17Nov2021_LastMeetingCanada2Mexico1()
    {
        // results.csv line 44760: 2021-11-16,Canada,Mexico,2,1,FIFA World Cup qualification,Edmonton,Canada,FALSE
        var h2h = Json("h2h", "Canada", "Mexico", "--before", "2021-11-17");

        Assert.Equal(("2021-11-16", 2, 1), (Text(h2h, "lastMeeting.date"), Int(h2h, "lastMeeting.homeScore"), Int(h2h, "lastMeeting.awayScore")));
    }

    [Fact]
    public void HeadToHead_CanadaMexico16Nov2021_BothCanadaGoalsByCyleLarin()
    {
        // goalscorers.csv line 42080: 2021-11-16,Canada,Mexico,Canada,Cyle Larin,45,FALSE,FALSE;
        // line 42081: 2021-11-16,Canada,Mexico,Canada,Cyle Larin,52,FALSE,FALSE.
        var h2h = Json("h2h", "Canada", "Mexico", "--before", "2021-11-17");

        var canada = Node(h2h, "lastMeeting.goals").AsArray().Where(g => g!["team"]!.GetValue<string>() == "Canada");
        Assert.Equal([("Cyle Larin", 45), ("Cyle Larin", 52)], canada.Select(g => (g!["scorer"]!.GetValue<string>(), g["minute"]!.GetValue<int>())));
    }

    [Fact]
    public void HeadToHead_TableFormat_ShowsDaysSinceAndTheSourceNote()
    {
        var result = CliRunner.Run(store.Environment, "h2h", "Canada", "Mexico", "--before", "2021-11-16");

        Assert.Equal(0, result.ExitCode);
        var text = string.Join(' ', result.Console.Split((char[])['\n', ' '], StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Canada's last win: 2000-02-20 Mexico 1-2 Canada", text, StringComparison.Ordinal);
        Assert.Contains("7,940 days (21 years, 8 months, 27 days) before 2021-11-16", text, StringComparison.Ordinal);
        Assert.Contains("other sources (federations, FIFA, the press) count differently", text, StringComparison.Ordinal);
    }

    [Fact]
    public void HeadToHead_CanadaMexicoBefore17Nov2021_TableMatchesSnapshot()
    {
        // The whole readable report; its figures are those the JSON tests above check against results.csv.
        var result = CliRunner.Run(store.Environment, "h2h", "Canada", "Mexico", "--before", "2021-11-17");

        Assert.Equal(0, result.ExitCode);
        Snapshot.Match("h2h-canada-mexico-2021-11-17.txt", result.Console);
    }

    [Fact]
    public void Team_CanadaBefore17Nov2021_TableMatchesSnapshot()
    {
        var result = CliRunner.Run(store.Environment, "team", "Canada", "--before", "2021-11-17");

        Assert.Equal(0, result.ExitCode);
        Snapshot.Match("team-canada-2021-11-17.txt", result.Console);
    }

    [Fact]
    public void HeadToHead_TournamentFilter_KeepsOnlyMatchingTournaments()
    {
        // World Cup qualification meetings before 2021-11-16: lines 4504, 4506, 18954, 19008, 21746, 22400, 24796, 25049,
        // 32370, 32489, 39537, 39627, 44488 — 13 matches.
        var h2h = Json("h2h", "Canada", "Mexico", "--before", "2021-11-16", "--tournament", "world cup qualification");

        Assert.Equal(13, Int(h2h, "overall.played"));
    }

    [Fact]
    public void HeadToHead_AliasAndFormerName_ResolveToDatasetNames()
    {
        // former_names.csv line 2: Benin,Dahomey,1959-11-08,1975-11-30; "USA" is a built-in alias of United States.
        var h2h = Json("h2h", "Dahomey", "USA");

        Assert.Equal(("Benin", "United States"), (Text(h2h, "teamA"), Text(h2h, "teamB")));
    }

    [Fact]
    public void HeadToHead_MisspelledTeam_SuggestsAndExits2()
    {
        var result = CliRunner.Run(store.Environment, "h2h", "Canda", "Mexico");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: unknown team 'Canda' (did you mean 'Canada'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Team_AmbiguousName_ListsTheTeamsAndExits2()
    {
        // former_names.csv line 24: Northern Ireland,Ireland,1882-02-18,1956-04-11; "Ireland" is also the built-in alias
        // of the Republic of Ireland.
        var result = CliRunner.Run(store.Environment, "team", "Ireland");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: ambiguous team 'Ireland' (did you mean 'Northern Ireland' or 'Republic of Ireland'?)\n", result.Error);
    }

    [Fact]
    public void Ratings_AmbiguousName_ListsTheTeamsAndExits2()
    {
        // The same name through the ratings command: every command resolves names with TeamDirectory.Resolve, which
        // refuses a name that means two teams (former_names.csv line 24 and the built-in alias, as above).
        var result = CliRunner.Run(store.Environment, "ratings", "--team", "Ireland");

        Assert.Equal((2, "error: ambiguous team 'Ireland' (did you mean 'Northern Ireland' or 'Republic of Ireland'?)\n"), (result.ExitCode, result.Error));
    }

    [Fact]
    public void RatingsFifa_AsOf2010_ListsRealLastMatches()
    {
        // Before 2018-06-06 the FIFA ranking starts four years before the as-of date (2006-01-01) and runs forward, so
        // the leaders have played since: Spain's last match is results.csv line 33518 (2009-11-18 Austria 1-5 Spain).
        // The ranking used to be FIFA's 2018 seed, unplayed, each team with a last match of 0001-01-01.
        var result = CliRunner.Run(store.Environment, "ratings", "--system", "fifa", "--as-of", "2010-01-01", "--top", "5");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("0001-01-01", result.Console, StringComparison.Ordinal);
        Assert.Matches(@"Spain\s*│\s*\d+\s*│\s*\d+\s*│ 2009-11-18", result.Console);
    }

    [Fact]
    public void Records_UnknownTeam_Exits2()
    {
        var result = CliRunner.Run(store.Environment, "records", "--team", "Atlantis");

        Assert.Equal((2, "error: unknown team 'Atlantis'\n"), (result.ExitCode, result.Error));
    }

    [Fact]
    public void Team_CanadaBefore17Nov2021_WorldCupFinals1986Only()
    {
        // Canada's finals matches before 2021-11-17: results.csv lines 15322 (1986-06-01,Canada,France,0,1,FIFA World Cup,…),
        // 15341 (1986-06-06,Hungary,Canada,2,0,…) and 15351 (1986-06-09,Russia,Canada,2,0,…); the next is line 45733 (2022-11-23).
        var team = Json("team", "Canada", "--before", "2021-11-17");

        Assert.Equal([1986], Node(team, "worldCup.appearances").AsArray().Select(y => y!.GetValue<int>()));
        Assert.Equal([1986], Node(team, "worldCup.longestStreak").AsArray().Select(y => y!.GetValue<int>()));
    }

    [Fact]
    public void Team_CanadaBefore17Nov2021_TopScorerCyleLarin18Goals()
    {
        // goalscorers.csv: 18 rows with team Canada and scorer Cyle Larin dated before 2021-11-17, lines 34363 (2015-06-11)
        // to 42081 (2021-11-16), two of them penalties (lines 41036 and 41155), none an own goal.
        var team = Json("team", "Canada", "--before", "2021-11-17");

        Assert.Equal(("Cyle Larin", 18, 2), (Text(team, "topScorers.0.scorer"), Int(team, "topScorers.0.goals"), Int(team, "topScorers.0.penalties")));
    }

    [Fact]
    public void Team_CanadaBefore17Nov2021_CoverageCountsNamedGoals()
    {
        // results.csv: Canada scored 523 goals in its 411 matches before 2021-11-17 (awk over home_score/away_score);
        // goalscorers.csv: 261 rows with team Canada in that period, all with a named scorer.
        var team = Json("team", "Canada", "--before", "2021-11-17");

        Assert.Equal((411, 523, 261), (Int(team, "coverage.matches"), Int(team, "coverage.goalsInScores"), Int(team, "coverage.goalsWithScorer")));
        Assert.Contains("261 of the 523 goals Canada scored in these matches (49.9%) have a named scorer", Text(team, "coverage.note"), StringComparison.Ordinal);
    }

    [Fact]
    public void Team_TableFormat_ShowsWorldCupTopScorersAndCoverageNote()
    {
        var result = CliRunner.Run(store.Environment, "team", "Canada", "--before", "2021-11-17");

        Assert.Equal(0, result.ExitCode);
        var text = string.Join(' ', result.Console.Split((char[])['\n', ' '], StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("World Cup finals: 1 of 21 editions in the data (1986)", text, StringComparison.Ordinal);
        Assert.Contains("Top scorers", text, StringComparison.Ordinal);
        Assert.Contains("Note: 411 matches of Canada in the dataset", text, StringComparison.Ordinal);
        Assert.Contains("have a named scorer in goalscorers.csv", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Records_EveryTeam_BiggestWinAustralia31AmericanSamoa0()
    {
        // results.csv line 25427: 2001-04-11,Australia,American Samoa,31,0,FIFA World Cup qualification,Coffs Harbour,Australia,FALSE
        var records = Json("records", "--top", "3");

        Assert.Equal(
            ("2001-04-11", "Australia", 31, 0),
            (Text(records, "biggestWins.0.date"), Text(records, "biggestWins.0.team"), Int(records, "biggestWins.0.goalsFor"), Int(records, "biggestWins.0.goalsAgainst")));
    }

    [Fact]
    public void Records_OneTeamBefore17Nov2021_SameTopScorerAsTheTeamReport()
    {
        var records = Json("records", "--team", "Canada", "--before", "2021-11-17", "--top", "1");

        Assert.Equal(("Cyle Larin", 18), (Text(records, "topScorers.0.scorer"), Int(records, "topScorers.0.goals")));
    }

    [Theory]
    [InlineData("h2h", "Canada", "Mexico")]
    [InlineData("team", "Canada")]
    [InlineData("records", "--top", "1")]
    public void Json_EveryHistoryCommand_CoverageNoteSaysCountsAreTheDatasets(params string[] args)
    {
        var note = Text(Json(args), "coverage.note");

        Assert.Contains("Counts are those of the international results dataset", note, StringComparison.Ordinal);
        Assert.Contains("other sources (federations, FIFA, the press) count differently", note, StringComparison.Ordinal);
    }

    [Fact]
    public void HeadToHeadService_NoBeforeDate_DaysSinceCountToTheClocksToday()
    {
        // The clock says 2021-11-15: Canada's last win over Mexico (results.csv line 24212, 2000-02-20) was 7,939 days before.
        var service = new HistoryService(new StoreHistorySource(store.DatabasePath, _ => null), new FakeTimeProvider(new DateTimeOffset(2021, 11, 15, 12, 0, 0, TimeSpan.Zero)));

        var report = service.HeadToHead(new HeadToHeadRequest("Canada", "Mexico", Before: null, Since: null, Tournament: null));

        Assert.Equal((new DateOnly(2021, 11, 15), 7939), (report.ReferenceDate, report.LastWinA!.DaysSince));
    }

    [Theory]
    [InlineData("Canada", null, null)]
    [InlineData("Canada", "Mexico", "2021-11-16")]
    [InlineData(null, null, "1950-01-01")]
    public void LoadHistory_LeanStoreQuery_SameAsTheScopeOverEveryMatchAndGoal(string? team, string? opponent, string? before)
    {
        // The reference: every stored match and goal, selected in memory by HistoryScope.Includes.
        var source = new StoreHistorySource(store.DatabasePath, _ => null);
        var all = new HistoryStore(HistoryDbContextFactory.ForSqliteFile(store.DatabasePath));
        var scope = new HistoryScope
        {
            Team = team,
            Opponent = opponent,
            Before = before is null ? null : DateOnly.Parse(before, System.Globalization.CultureInfo.InvariantCulture),
            WithGoals = true,
        };

        var lean = source.LoadHistory(scope);
        var reference = new InMemoryHistorySource(all.LoadMatches(MatchQuery.All), all.LoadGoals(MatchQuery.All)).LoadHistory(scope);

        Assert.Equal(reference.Matches, lean.Matches);
        Assert.Equal(reference.Goals, lean.Goals);
    }
}
