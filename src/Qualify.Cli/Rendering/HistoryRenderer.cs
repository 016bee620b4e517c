using System.Globalization;
using Qualify.Domain.History;
using Qualify.Domain.Matches;
using Spectre.Console;

namespace Qualify.Cli.Rendering;

/// <summary>The readable output of <c>qualify h2h</c>, <c>qualify team</c> and <c>qualify records</c>.</summary>
internal static class HistoryRenderer
{
    private static readonly (CompetitionGroup Group, string Label)[] Groups =
    [
        (CompetitionGroup.WorldCupFinals, "World Cup finals"),
        (CompetitionGroup.Qualifiers, "Qualifiers"),
        (CompetitionGroup.Continental, "Continental and other tournaments"),
        (CompetitionGroup.Friendly, "Friendlies"),
    ];

    private static readonly (RunKind Kind, string Label)[] Kinds =
    [
        (RunKind.Winning, "Winning"),
        (RunKind.Unbeaten, "Unbeaten"),
        (RunKind.Winless, "Winless"),
        (RunKind.Losing, "Losing"),
    ];

    public static void HeadToHead(IAnsiConsole console, HeadToHeadReport report, DateOnly? before, DateOnly? since, string? tournament)
    {
        var (a, b) = (report.TeamA, report.TeamB);
        console.MarkupLine($"[bold]{E(a)} v {E(b)}[/] [grey]({E(Window(report, before, since, tournament))})[/]");
        console.Write(HeadToHeadRecords(report));
        if (report.LastMeeting is { } last)
        {
            var scorers = Scorers(report.GoalsOf(last.Match));
            console.MarkupLine($"Last meeting: {E(Describe(last.Match))}{(scorers.Length == 0 ? string.Empty : " — " + E(scorers))}");
        }

        LastWins(console, report);
        if (!report.BiggestWinsA.IsEmpty || !report.BiggestWinsB.IsEmpty)
        {
            console.Write(Results("Biggest wins", [.. report.BiggestWinsA, .. report.BiggestWinsB], withTeam: true));
        }

        if (!report.Matches.IsEmpty)
        {
            console.Write(Matches("Meetings", report.Matches.Select(r => r.Match)));
        }

        Note(console, CoverageNote.For(report));
    }

    /// <summary>The meetings counted, in words: "from 2000-01-01, before 2021-11-16, tournaments containing "Cup"".</summary>
    private static string Window(HeadToHeadReport report, DateOnly? before, DateOnly? since, string? tournament)
    {
        var window = new List<string>();
        if (since is { } from)
        {
            window.Add("from " + D(from));
        }

        window.Add(before is { } to ? "before " + D(to) : "up to " + D(report.ReferenceDate));
        if (tournament is not null)
        {
            window.Add($"tournaments containing \"{tournament}\"");
        }

        return string.Join(", ", window);
    }

    /// <summary>The two teams' record over all meetings, by competition group and by venue.</summary>
    private static Table HeadToHeadRecords(HeadToHeadReport report)
    {
        var (a, b) = (report.TeamA, report.TeamB);
        var grid = new Table().Border(TableBorder.Rounded);
        grid.AddColumn(string.Empty);
        foreach (var heading in new[] { "P", E(a), "Drawn", E(b), "Goals" })
        {
            grid.AddColumn(new TableColumn(heading).RightAligned());
        }

        void Row(string label, Record r) => grid.AddRow(E(label), N(r.Played), N(r.Won), N(r.Drawn), N(r.Lost), $"{N(r.GoalsFor)}-{N(r.GoalsAgainst)}");
        Row("All meetings", report.Overall);
        grid.AddEmptyRow();
        foreach (var (group, label) in Groups)
        {
            Row(label, report.ByCompetition[group]);
        }

        grid.AddEmptyRow();
        Row($"{a} at home", report.ByVenue[Venue.Home]);
        Row($"{b} at home", report.ByVenue[Venue.Away]);
        Row("Neutral venue", report.ByVenue[Venue.Neutral]);
        return grid;
    }

    /// <summary>Each team's last win and last home win, with the time since.</summary>
    private static void LastWins(IAnsiConsole console, HeadToHeadReport report)
    {
        void Last(string what, Dated? dated) => console.MarkupLine(dated is null
            ? $"{E(what)}: none"
            : $"{E(what)}: {E(Describe(dated.Result.Match))} — [bold]{Days(dated.DaysSince)}[/]"
                + (dated.Elapsed is { Years: 0, Months: 0 } ? string.Empty : $" ({E(dated.Elapsed.ToString())})") + $" before {D(dated.ReferenceDate)}");
        Last($"{Possessive(report.TeamA)} last win", report.LastWinA);
        Last($"{Possessive(report.TeamB)} last win", report.LastWinB);
        Last($"{Possessive(report.TeamA)} last home win", report.LastHomeWinA);
        Last($"{Possessive(report.TeamB)} last home win", report.LastHomeWinB);
    }

    public static void Team(IAnsiConsole console, TeamReport report, DateOnly? before)
    {
        var span = report.Span is { } s ? $"{D(s.From)} to {D(s.To)}" : "no match";
        console.MarkupLine($"[bold]{E(report.Team)}[/] [grey]({(before is { } to ? "before " + D(to) + ", " : string.Empty)}{span})[/]");
        var grid = new Table().Border(TableBorder.Rounded);
        grid.AddColumn(string.Empty);
        foreach (var heading in new[] { "P", "W", "D", "L", "GF", "GA", "GD" })
        {
            grid.AddColumn(new TableColumn(heading).RightAligned());
        }

        void Row(string label, Record r) => grid.AddRow(
            E(label), N(r.Played), N(r.Won), N(r.Drawn), N(r.Lost), N(r.GoalsFor), N(r.GoalsAgainst), r.GoalDifference.ToString("+0;-0;0", CultureInfo.InvariantCulture));
        Row("All matches", report.Overall);
        foreach (var (group, label) in Groups)
        {
            Row(label, report.ByCompetition[group]);
        }

        console.Write(grid);

        var appearances = report.WorldCupAppearances;
        console.MarkupLine(appearances.IsEmpty
            ? $"World Cup finals: no appearance in the {N(report.WorldCupEditions.Length)} editions in the data."
            : $"World Cup finals: [bold]{N(appearances.Length)}[/] of {N(report.WorldCupEditions.Length)} editions in the data ({Years(appearances)}); "
                + $"longest consecutive run {N(report.LongestWorldCupStreak.Length)} ({Years(report.LongestWorldCupStreak)}).");

        if (!report.BiggestWins.IsEmpty)
        {
            console.Write(Results("Biggest wins", report.BiggestWins, withTeam: false));
        }

        if (!report.BiggestDefeats.IsEmpty)
        {
            console.Write(Results("Biggest defeats", report.BiggestDefeats, withTeam: false));
        }

        if (!report.LongestRuns.IsEmpty)
        {
            console.Write(Runs("Longest runs", report.LongestRuns, withTeam: false));
        }

        console.Write(Scorers("Top scorers", report.TopScorers, withTeam: false));
        Note(console, CoverageNote.For(report));
    }

    public static void Records(IAnsiConsole console, RecordsReport report, DateOnly? before)
    {
        var span = report.Span is { } s ? $"{N(report.Matches)} matches, {D(s.From)} to {D(s.To)}" : "no match";
        console.MarkupLine($"[bold]Records: {E(report.Team ?? "every team")}[/] [grey]({(before is { } to ? "before " + D(to) + ", " : string.Empty)}{span})[/]");
        console.Write(Scorers("Top scorers", report.TopScorers, withTeam: report.Team is null));
        if (!report.BiggestWins.IsEmpty)
        {
            console.Write(Results("Biggest wins", report.BiggestWins, withTeam: report.Team is null));
        }

        foreach (var (kind, label) in Kinds)
        {
            var runs = report.LongestRuns[kind];
            if (!runs.IsEmpty)
            {
                console.Write(Runs($"Longest {label.ToLowerInvariant()} runs", runs, withTeam: report.Team is null));
            }
        }

        Note(console, CoverageNote.For(report));
    }

    private static Table Results(string title, IEnumerable<TeamResult> results, bool withTeam)
    {
        var grid = new Table().Border(TableBorder.Simple).Title(E(title));
        foreach (var heading in withTeam ? new[] { "Date", "Team", "Score", "Opponent", "Venue", "Tournament" } : ["Date", "Score", "Opponent", "Venue", "Tournament"])
        {
            grid.AddColumn(heading);
        }

        foreach (var r in results)
        {
            var venue = r.Venue switch
            {
                Venue.Home => "home",
                Venue.Away => "away",
                _ => "neutral",
            };
            string[] cells = withTeam
                ? [D(r.Match.Date), E(r.Team), r.Score, E(r.Opponent), $"{venue}, {E(r.Match.City)}", E(r.Match.Tournament)]
                : [D(r.Match.Date), r.Score, E(r.Opponent), $"{venue}, {E(r.Match.City)}", E(r.Match.Tournament)];
            grid.AddRow(cells);
        }

        return grid;
    }

    private static Table Matches(string title, IEnumerable<Match> matches)
    {
        var grid = new Table().Border(TableBorder.Simple).Title(E(title));
        foreach (var heading in new[] { "Date", "Home", "Score", "Away", "Tournament", "Venue" })
        {
            grid.AddColumn(heading);
        }

        foreach (var m in matches)
        {
            grid.AddRow(D(m.Date), E(m.Home), E(ScoreText(m)), E(m.Away), E(m.Tournament), E(Where(m)));
        }

        return grid;
    }

    private static Table Runs(string title, IEnumerable<Run> runs, bool withTeam)
    {
        var grid = new Table().Border(TableBorder.Simple).Title(E(title));
        foreach (var heading in withTeam ? new[] { "Team", "Run", "Matches", "From", "To" } : ["Run", "Matches", "From", "To"])
        {
            grid.AddColumn(heading);
        }

        foreach (var run in runs)
        {
            var kind = Kinds.First(k => k.Kind == run.Kind).Label.ToLowerInvariant();
            var to = D(run.To) + (run.Ongoing ? " (ongoing)" : string.Empty);
            string[] cells = withTeam ? [E(run.Team), kind, N(run.Length), D(run.From), to] : [kind, N(run.Length), D(run.From), to];
            grid.AddRow(cells);
        }

        return grid;
    }

    private static Table Scorers(string title, IReadOnlyList<ScorerTotal> scorers, bool withTeam)
    {
        var grid = new Table().Border(TableBorder.Simple).Title(E(title));
        foreach (var heading in withTeam ? new[] { "#", "Scorer", "Team", "Goals", "Pens", "First", "Last" } : ["#", "Scorer", "Goals", "Pens", "First", "Last"])
        {
            grid.AddColumn(heading);
        }

        foreach (var s in scorers)
        {
            var rank = N(1 + scorers.Count(o => o.Goals > s.Goals));
            string[] cells = withTeam
                ? [rank, E(s.Scorer), E(s.Team), N(s.Goals), N(s.Penalties), D(s.First), D(s.Last)]
                : [rank, E(s.Scorer), N(s.Goals), N(s.Penalties), D(s.First), D(s.Last)];
            grid.AddRow(cells);
        }

        return grid;
    }

    /// <summary>"Canada: Cyle Larin 45', 52'; Mexico: Héctor Herrera 90'" (own goals and penalties marked).</summary>
    private static string Scorers(IEnumerable<Goal> goals) => string.Join("; ", goals
        .GroupBy(g => g.Team, StringComparer.Ordinal)
        .Select(team => team.Key + ": " + string.Join(", ", team
            .GroupBy(g => g.Scorer ?? "unknown scorer", StringComparer.Ordinal)
            .Select(p => p.Key + " " + string.Join(", ", p.Select(Minute))))));

    private static string Minute(Goal g) =>
        (g.Minute is { } m ? m.ToString(CultureInfo.InvariantCulture) + "'" : "?")
        + (g.OwnGoal ? " (own goal)" : string.Empty) + (g.Penalty ? " (pen.)" : string.Empty);

    private static void Note(IAnsiConsole console, string note) => console.MarkupLine($"[grey]Note: {E(note)}[/]");

    /// <summary>"2000-02-20 Mexico 1-2 Canada (Gold Cup, San Diego, United States, neutral)".</summary>
    private static string Describe(Match m) => $"{D(m.Date)} {m.Home} {ScoreText(m)} {m.Away} ({m.Tournament}, {Where(m)})";

    private static string ScoreText(Match m) =>
        m.Score!.Value.ToString() + (m.ShootoutWinner is { } w ? $" ({w} on penalties)" : string.Empty);

    private static string Where(Match m) => m.Neutral ? $"{m.City}, {m.Country}, neutral" : $"{m.City}, {m.Country}";

    /// <summary>"Canada's", "United States'".</summary>
    private static string Possessive(string team) => team.EndsWith('s') ? team + "'" : team + "'s";

    private static string Years(IEnumerable<int> years) => string.Join(", ", years.Select(y => y.ToString(CultureInfo.InvariantCulture)));

    private static string Days(int days) => N(days) + (days == 1 ? " day" : " days");

    private static string D(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string E(string text) => Markup.Escape(text);
}
