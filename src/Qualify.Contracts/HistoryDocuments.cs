using System.Globalization;
using System.Text.Json.Serialization;
using Qualify.Domain.History;
using Qualify.Domain.Matches;

namespace Qualify.Contracts;

// The JSON documents of `qualify h2h`, `qualify team` and `qualify records` (documented in docs/history-json.md).
// Dates are yyyy-MM-dd strings; enums are camelCase strings (Json.Options).

/// <summary>The JSON document of <c>qualify h2h --format json</c>.</summary>
internal sealed record HeadToHeadDocument(
    string TeamA,
    string TeamB,
    string? Before,
    string? Since,
    string? Tournament,
    string ReferenceDate,
    PairRecordDocument Overall,
    PairByCompetitionDocument ByCompetition,
    PairByVenueDocument ByVenue,
    MatchDocument? LastMeeting,
    SidesDocument<ResultDocument?> LastWin,
    SidesDocument<ResultDocument?> LastHomeWin,
    SidesDocument<IReadOnlyList<ResultDocument>> BiggestWins,
    IReadOnlyList<MatchDocument> Matches,
    CoverageDocument Coverage)
{
    public static HeadToHeadDocument From(HeadToHeadReport report, DateOnly? before, DateOnly? since, string? tournament)
    {
        var b = report.TeamB;
        return new(
            report.TeamA,
            b,
            Dates.Text(before),
            Dates.Text(since),
            tournament,
            Dates.Text(report.ReferenceDate),
            PairRecordDocument.From(report.Overall),
            new PairByCompetitionDocument(
                PairRecordDocument.From(report.ByCompetition[CompetitionGroup.WorldCupFinals]),
                PairRecordDocument.From(report.ByCompetition[CompetitionGroup.Qualifiers]),
                PairRecordDocument.From(report.ByCompetition[CompetitionGroup.Continental]),
                PairRecordDocument.From(report.ByCompetition[CompetitionGroup.Friendly])),
            new PairByVenueDocument(
                PairRecordDocument.From(report.ByVenue[Venue.Home]),
                PairRecordDocument.From(report.ByVenue[Venue.Away]),
                PairRecordDocument.From(report.ByVenue[Venue.Neutral])),
            report.LastMeeting is { } last ? MatchDocument.From(last.Match, report.GoalsOf(last.Match)) : null,
            new(ResultDocument.From(report.LastWinA), ResultDocument.From(report.LastWinB)),
            new(ResultDocument.From(report.LastHomeWinA), ResultDocument.From(report.LastHomeWinB)),
            new([.. report.BiggestWinsA.Select(r => ResultDocument.From(r))], [.. report.BiggestWinsB.Select(r => ResultDocument.From(r))]),
            [.. report.Matches.Select(r => MatchDocument.From(r.Match, report.GoalsOf(r.Match)))],
            new CoverageDocument(report.Overall.Played, null, null, null, CoverageNote.For(report)));
    }
}

/// <summary>A head-to-head record: wins of each side, draws and goals of each side.</summary>
internal sealed record PairRecordDocument(int Played, int WinsA, int Draws, int WinsB, int GoalsA, int GoalsB)
{
    public static PairRecordDocument From(Record r) => new(r.Played, r.Won, r.Drawn, r.Lost, r.GoalsFor, r.GoalsAgainst);
}

/// <summary>The head-to-head record by competition group.</summary>
internal sealed record PairByCompetitionDocument(
    PairRecordDocument WorldCupFinals, PairRecordDocument Qualifiers, PairRecordDocument Continental, PairRecordDocument Friendly);

/// <summary>The head-to-head record by venue.</summary>
internal sealed record PairByVenueDocument(PairRecordDocument AHome, PairRecordDocument BHome, PairRecordDocument Neutral);

/// <summary>One value for each side of a head-to-head.</summary>
internal sealed record SidesDocument<T>(T A, T B);

/// <summary>
/// A match as recorded, with its winner (<see langword="null"/> for a draw, shootouts aside) and the goals
/// <c>goalscorers.csv</c> records for it (empty when it records none).
/// </summary>
internal sealed record MatchDocument(
    string Date,
    string Home,
    string Away,
    int HomeScore,
    int AwayScore,
    string Tournament,
    CompetitionGroup Competition,
    string City,
    string Country,
    bool Neutral,
    string? Winner,
    string? ShootoutWinner,
    IReadOnlyList<GoalDocument> Goals)
{
    public static MatchDocument From(Match m, IEnumerable<Goal> goals)
    {
        var score = m.Score!.Value;
        var winner = score.Outcome switch
        {
            MatchOutcome.HomeWin => m.Home,
            MatchOutcome.AwayWin => m.Away,
            _ => null,
        };
        return new(Dates.Text(m.Date), m.Home, m.Away, score.Home, score.Away, m.Tournament, GroupOf(m), m.City, m.Country, m.Neutral, winner,
            m.ShootoutWinner, [.. goals.Select(g => new GoalDocument(g.Team, g.Scorer, g.Minute, g.OwnGoal, g.Penalty))]);
    }

    public static CompetitionGroup GroupOf(Match m) => CompetitionClassifier.GroupOf(CompetitionClassifier.Classify(m.Tournament));
}

/// <summary>A goal: the team credited, the scorer and minute when recorded (<see langword="null"/> otherwise).</summary>
internal sealed record GoalDocument(string Team, string? Scorer, int? Minute, bool OwnGoal, bool Penalty);

/// <summary>
/// A match from one team's side. For a "last win", also the days from the match to the reference date and the same
/// span in calendar years, months and days (absent elsewhere).
/// </summary>
internal sealed record ResultDocument(
    string Date,
    string Team,
    string Opponent,
    int GoalsFor,
    int GoalsAgainst,
    Outcome Result,
    Venue Venue,
    string Tournament,
    CompetitionGroup Competition,
    string City,
    string Country,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? DaysSince,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] CalendarPeriod? Elapsed)
{
    public static ResultDocument From(TeamResult r, Dated? dated = null) => new(
        Dates.Text(r.Match.Date), r.Team, r.Opponent, r.GoalsFor, r.GoalsAgainst, r.Outcome, r.Venue, r.Match.Tournament, r.Competition,
        r.Match.City, r.Match.Country, dated?.DaysSince, dated?.Elapsed);

    public static ResultDocument? From(Dated? dated) => dated is null ? null : From(dated.Result, dated);
}

/// <summary>Played, won, drawn, lost, goals.</summary>
internal sealed record RecordDocument(int Played, int Won, int Drawn, int Lost, int GoalsFor, int GoalsAgainst, int GoalDifference)
{
    public static RecordDocument From(Record r) => new(r.Played, r.Won, r.Drawn, r.Lost, r.GoalsFor, r.GoalsAgainst, r.GoalDifference);
}

/// <summary>A record by competition group.</summary>
internal sealed record ByCompetitionDocument(RecordDocument WorldCupFinals, RecordDocument Qualifiers, RecordDocument Continental, RecordDocument Friendly)
{
    public static ByCompetitionDocument From(IReadOnlyDictionary<CompetitionGroup, Record> records) => new(
        RecordDocument.From(records[CompetitionGroup.WorldCupFinals]),
        RecordDocument.From(records[CompetitionGroup.Qualifiers]),
        RecordDocument.From(records[CompetitionGroup.Continental]),
        RecordDocument.From(records[CompetitionGroup.Friendly]));
}

/// <summary>A run of consecutive results.</summary>
internal sealed record RunDocument(string Team, RunKind Kind, int Length, string From, string To, bool Ongoing)
{
    public static RunDocument? Of(Run? run) =>
        run is null ? null : new(run.Team, run.Kind, run.Length, Dates.Text(run.From), Dates.Text(run.To), run.Ongoing);
}

/// <summary>One value for each kind of run.</summary>
internal sealed record RunsDocument<T>(T Winning, T Unbeaten, T Winless, T Losing);

/// <summary>A scorer's total, with its rank (equal totals share a rank).</summary>
internal sealed record ScorerDocument(int Rank, string Scorer, string Team, int Goals, int Penalties, string First, string Last)
{
    public static IReadOnlyList<ScorerDocument> From(IReadOnlyList<ScorerTotal> scorers) =>
        [.. scorers.Select(s => new ScorerDocument(
            1 + scorers.Count(o => o.Goals > s.Goals), s.Scorer, s.Team, s.Goals, s.Penalties, Dates.Text(s.First), Dates.Text(s.Last)))];
}

/// <summary>
/// What the counts cover: the matches, for scorer lists the share of goals with a named scorer, and the note that the
/// counts are the dataset's.
/// </summary>
internal sealed record CoverageDocument(
    int Matches,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? GoalsInScores,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? GoalsWithScorer,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? ScorerShare,
    string Note)
{
    public static CoverageDocument From(int matches, ScorerCoverage coverage, string note) =>
        new(matches, coverage.GoalsInScores, coverage.GoalsWithScorer, Math.Round(coverage.Share, 3), note);
}

/// <summary>The first and last match considered.</summary>
internal sealed record SpanDocument(string From, string To)
{
    public static SpanDocument? Of((DateOnly From, DateOnly To)? span) => span is { } s ? new(Dates.Text(s.From), Dates.Text(s.To)) : null;
}

/// <summary>The JSON document of <c>qualify team --format json</c>.</summary>
internal sealed record TeamDocument(
    string Team,
    string? Before,
    SpanDocument? Span,
    RecordDocument Overall,
    ByCompetitionDocument ByCompetition,
    IReadOnlyList<ResultDocument> BiggestWins,
    IReadOnlyList<ResultDocument> BiggestDefeats,
    RunsDocument<RunDocument?> LongestRuns,
    WorldCupDocument WorldCup,
    IReadOnlyList<ScorerDocument> TopScorers,
    CoverageDocument Coverage)
{
    public static TeamDocument From(TeamReport report, DateOnly? before)
    {
        RunDocument? Longest(RunKind kind) => RunDocument.Of(report.LongestRuns.FirstOrDefault(r => r.Kind == kind));
        return new(
            report.Team,
            Dates.Text(before),
            SpanDocument.Of(report.Span),
            RecordDocument.From(report.Overall),
            ByCompetitionDocument.From(report.ByCompetition),
            [.. report.BiggestWins.Select(r => ResultDocument.From(r))],
            [.. report.BiggestDefeats.Select(r => ResultDocument.From(r))],
            new(Longest(RunKind.Winning), Longest(RunKind.Unbeaten), Longest(RunKind.Winless), Longest(RunKind.Losing)),
            new WorldCupDocument(report.WorldCupAppearances, report.WorldCupEditions.Length, report.LongestWorldCupStreak),
            ScorerDocument.From(report.TopScorers),
            CoverageDocument.From(report.Overall.Played, report.Coverage, CoverageNote.For(report)));
    }
}

/// <summary>World Cup finals appearances derived from the match records.</summary>
/// <param name="Appearances">Years of the editions the team played in.</param>
/// <param name="EditionsInData">Editions with matches in the period.</param>
/// <param name="LongestStreak">The longest run of consecutive editions played, as years.</param>
internal sealed record WorldCupDocument(IReadOnlyList<int> Appearances, int EditionsInData, IReadOnlyList<int> LongestStreak);

/// <summary>The JSON document of <c>qualify records --format json</c>.</summary>
internal sealed record RecordsDocument(
    string? Team,
    string? Before,
    int Top,
    SpanDocument? Span,
    IReadOnlyList<ScorerDocument> TopScorers,
    IReadOnlyList<ResultDocument> BiggestWins,
    RunsDocument<IReadOnlyList<RunDocument>> LongestRuns,
    CoverageDocument Coverage)
{
    public static RecordsDocument From(RecordsReport report, DateOnly? before, int top)
    {
        IReadOnlyList<RunDocument> Runs(RunKind kind) => [.. report.LongestRuns[kind].Select(r => RunDocument.Of(r)!)];
        return new(
            report.Team,
            Dates.Text(before),
            top,
            SpanDocument.Of(report.Span),
            ScorerDocument.From(report.TopScorers),
            [.. report.BiggestWins.Select(r => ResultDocument.From(r))],
            new(Runs(RunKind.Winning), Runs(RunKind.Unbeaten), Runs(RunKind.Winless), Runs(RunKind.Losing)),
            CoverageDocument.From(report.Matches, report.Coverage, CoverageNote.For(report)));
    }
}

/// <summary>Dates as the documents write them.</summary>
internal static class Dates
{
    public static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string? Text(DateOnly? date) => date is { } d ? Text(d) : null;
}
