using Qualify.Domain.History;

namespace Qualify.Storage.Import;

/// <summary>
/// Reads and validates the four files of the international results dataset (column meanings from its README).
/// Field checks: dates are real <c>yyyy-MM-dd</c> dates from the first international match to today (a scheduled
/// match, with <c>NA</c> scores, up to ten years ahead), scores and minutes non-negative integers within
/// <see cref="DatasetLimits"/>, booleans <c>TRUE</c>/<c>FALSE</c>, names non-empty; a match is between two different
/// teams; a goal's team, a shootout's winner and first shooter are one of the match's two teams; a former name's
/// start is not after its end.
/// </summary>
internal static class DatasetReader
{
    private static readonly string[] s_resultColumns =
        ["date", "home_team", "away_team", "home_score", "away_score", "tournament", "city", "country", "neutral"];

    private static readonly string[] s_goalColumns =
        ["date", "home_team", "away_team", "team", "scorer", "minute", "own_goal", "penalty"];

    private static readonly string[] s_shootoutColumns = ["date", "home_team", "away_team", "winner", "first_shooter"];

    private static readonly string[] s_formerNameColumns = ["current", "former", "start_date", "end_date"];

    /// <summary>Checks that every file exists, so a missing one is reported before any reading.</summary>
    public static void CheckFilesExist(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"dataset folder not found: {folder}");
        }

        foreach (var name in DatasetFileNames.All)
        {
            var path = Path.Combine(folder, name);
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"dataset file not found: {path}", path);
            }
        }
    }

    public static DatasetRows Read(string folder, DatasetLimits limits, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var pool = new StringPool();
        progress?.Report($"reading {DatasetFileNames.Results}");
        var results = ReadResults(Path.Combine(folder, DatasetFileNames.Results), limits, pool, cancellationToken);
        progress?.Report($"reading {DatasetFileNames.Goals}");
        var goals = ReadGoals(Path.Combine(folder, DatasetFileNames.Goals), limits, pool, cancellationToken);
        progress?.Report($"reading {DatasetFileNames.Shootouts}");
        var shootouts = ReadShootouts(Path.Combine(folder, DatasetFileNames.Shootouts), limits, pool, cancellationToken);
        progress?.Report($"reading {DatasetFileNames.FormerNames}");
        var formerNames = ReadFormerNames(Path.Combine(folder, DatasetFileNames.FormerNames), limits, pool, cancellationToken);
        return new DatasetRows(results, goals, shootouts, formerNames);
    }

    internal static List<ResultRow> ReadResults(string path, DatasetLimits limits, StringPool pool, CancellationToken cancellationToken)
    {
        var rows = new List<ResultRow>(capacity: 50_000);
        var count = CsvFile.Read(path, s_resultColumns, pool, row =>
        {
            var date = row.Date(0, limits.LatestFixture);
            var home = row.Text(1);
            var away = row.Text(2);
            CheckDifferentTeams(row, home, away);
            var homeScore = row.CountOrNotAvailable(3, DatasetLimits.MaxScore);
            var awayScore = row.CountOrNotAvailable(4, DatasetLimits.MaxScore);
            if (homeScore.HasValue != awayScore.HasValue)
            {
                throw row.Error($"{row.Name(3)} and {row.Name(4)} must both be scores or both NA (a scheduled match)");
            }

            if (homeScore.HasValue && date > limits.LatestPlayed)
            {
                throw row.Error($"{row.Name(0)} {date:yyyy-MM-dd} is in the future (after {limits.LatestPlayed:yyyy-MM-dd}) but has a score: a scheduled match has NA scores");
            }

            rows.Add(new ResultRow(row.Line, date, home, away, homeScore, awayScore, row.Text(5), row.Text(6), row.Text(7), row.Boolean(8)));
        }, cancellationToken);
        if (count == 0)
        {
            throw new ImportFormatException(DatasetFileNames.Results, 1, "no results after the header: nothing to import");
        }

        return rows;
    }

    internal static List<GoalRow> ReadGoals(string path, DatasetLimits limits, StringPool pool, CancellationToken cancellationToken)
    {
        var rows = new List<GoalRow>(capacity: 50_000);
        CsvFile.Read(path, s_goalColumns, pool, row =>
        {
            var (date, home, away, team) = MatchAndSide(row, limits);
            rows.Add(new GoalRow(
                row.Line, date, home, away, team, row.TextOrNotAvailable(4), row.CountOrNotAvailable(5, DatasetLimits.MaxMinute), row.Boolean(6), row.Boolean(7)));
        }, cancellationToken);
        return rows;
    }

    internal static List<ShootoutRow> ReadShootouts(string path, DatasetLimits limits, StringPool pool, CancellationToken cancellationToken)
    {
        var rows = new List<ShootoutRow>(capacity: 1_000);
        CsvFile.Read(path, s_shootoutColumns, pool, row =>
        {
            var (date, home, away, winner) = MatchAndSide(row, limits);
            var firstShooter = row.OptionalText(4);
            if (firstShooter is not null)
            {
                CheckOneOfTheTeams(row, 4, firstShooter, home, away);
            }

            rows.Add(new ShootoutRow(row.Line, date, home, away, winner, firstShooter));
        }, cancellationToken);
        return rows;
    }

    internal static List<FormerNameRow> ReadFormerNames(string path, DatasetLimits limits, StringPool pool, CancellationToken cancellationToken)
    {
        var rows = new List<FormerNameRow>();
        CsvFile.Read(path, s_formerNameColumns, pool, row =>
        {
            var current = row.Text(0);
            var former = row.Text(1);
            if (string.Equals(current, former, StringComparison.Ordinal))
            {
                throw row.Error($"{row.Name(1)} '{former}' is the same as {row.Name(0)}");
            }

            var start = row.Date(2, limits.LatestPlayed);
            var end = row.Date(3, limits.LatestPlayed);
            if (start > end)
            {
                throw row.Error($"{row.Name(2)} {start:yyyy-MM-dd} is after {row.Name(3)} {end:yyyy-MM-dd}");
            }

            rows.Add(new FormerNameRow(row.Line, current, former, start, end));
        }, cancellationToken);
        return rows;
    }

    /// <summary>
    /// The played match a goal or shootout row refers to (date, home team, away team: columns 0 to 2, two different
    /// teams) and the team of column 3 (the goal's team, the shootout's winner), one of the two.
    /// </summary>
    private static (DateOnly Date, string Home, string Away, string Side) MatchAndSide(CsvRow row, DatasetLimits limits)
    {
        var date = row.Date(0, limits.LatestPlayed);
        var home = row.Text(1);
        var away = row.Text(2);
        CheckDifferentTeams(row, home, away);
        var side = row.Text(3);
        CheckOneOfTheTeams(row, 3, side, home, away);
        return (date, home, away, side);
    }

    private static void CheckDifferentTeams(CsvRow row, string home, string away)
    {
        if (string.Equals(home, away, StringComparison.Ordinal))
        {
            throw row.Error($"{row.Name(1)} and {row.Name(2)} are the same team '{home}'");
        }
    }

    private static void CheckOneOfTheTeams(CsvRow row, int column, string team, string home, string away)
    {
        if (!string.Equals(team, home, StringComparison.Ordinal) && !string.Equals(team, away, StringComparison.Ordinal))
        {
            throw row.Error($"{row.Name(column)} '{team}' is neither {row.Name(1)} '{home}' nor {row.Name(2)} '{away}'");
        }
    }
}
