using System.Data.Common;
using System.Globalization;
using System.Numerics;
using Qualify.Domain.Matches;
using Qualify.Domain.Teams;
using static Qualify.Storage.HistorySql;

namespace Qualify.Storage;

/// <summary>
/// The store's reads as plain ADO.NET: constant SQL text chosen among a fixed set of variants by which filters are
/// present, every value a parameter, columns read by ordinal, no joins to the team table (team keys map to names in
/// memory from one read of the 300-odd teams). The SQL is portable (unquoted snake_case names, <c>@name</c>
/// parameters, <c>LIMIT</c>), so a PostgreSQL provider only needs its connection and catalogue query in
/// <see cref="HistoryProvider"/>.
/// </summary>
/// <remarks>
/// Orders are applied in memory with ordinal string comparison (date, then home team, then away team; goals in file
/// order within a match; or, for the ratings, date then file order, by the match key the importer assigns in the
/// order of results.csv), so results do not depend on the database's collation. The SQL orders matches by date and
/// team keys, which the importer assigns in ordinal name order: the in-memory order then only checks.
/// </remarks>
internal static class HistoryReader
{
    /// <summary>Whether the store holds at least one match (its tables must exist).</summary>
    public static bool HasAnyMatch(DbConnection connection)
    {
        using var command = Command(connection, SelectAnyMatch);
        using var reader = command.ExecuteReader();
        return reader.Read();
    }

    /// <summary>
    /// The key and start of the latest import run, the start as the provider returns it, written invariantly; or
    /// <see langword="null"/> when no import has run.
    /// </summary>
    public static (int Id, string Started)? ReadLatestImportRun(DbConnection connection)
    {
        using var command = Command(connection, SelectLatestImportRun);
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? (reader.GetInt32(0), Convert.ToString(reader.GetValue(1), CultureInfo.InvariantCulture) ?? string.Empty)
            : null;
    }

    /// <summary>How many rows each table holds (its tables must exist).</summary>
    public static HistoryCounts ReadCounts(DbConnection connection)
    {
        using var command = Command(connection, SelectCounts);
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            throw new InvalidDataException("the counts query returned no row");
        }

        return new HistoryCounts(Count(reader, 0), Count(reader, 1), Count(reader, 2), Count(reader, 3), Count(reader, 4), Count(reader, 5));
    }

    /// <summary>Every team, by key, with its rank in ordinal name order.</summary>
    public static TeamNames ReadTeams(DbConnection connection)
    {
        using var command = Command(connection, SelectTeams);
        using var reader = command.ExecuteReader();
        var rows = new List<(int Id, string Name)>(400);
        while (reader.Read())
        {
            rows.Add((reader.GetInt32(0), reader.GetString(1)));
        }

        return new TeamNames(rows);
    }

    /// <summary>Every former name, ordered by current name (ordinal), then start date, then file order.</summary>
    public static List<FormerName> ReadFormerNames(DbConnection connection)
    {
        using var command = Command(connection, SelectFormerNames);
        using var reader = command.ExecuteReader();
        var dates = DateColumn.Of(reader, 2);
        var names = new List<FormerName>();
        while (reader.Read())
        {
            names.Add(new FormerName(reader.GetString(0), reader.GetString(1), dates.Read(reader, 2), dates.Read(reader, 3)));
        }

        // A stable sort: rows of the same team and start date stay in file order.
        return [.. names.OrderBy(f => f.Current, StringComparer.Ordinal).ThenBy(f => f.Start)];
    }

    /// <summary>
    /// The matches of <paramref name="filter"/> that <paramref name="keep"/> accepts (given the home and away team
    /// keys; all when <see langword="null"/>), by date, then home team, then away team (ordinal names).
    /// </summary>
    public static MatchRows ReadMatches(DbConnection connection, TeamNames teams, MatchFilter filter, Func<int, int, bool>? keep = null, bool inFileOrder = false)
    {
        using var command = Command(connection, MatchesSql(filter) + (inFileOrder ? FileOrder : MatchOrder));
        Bind(command, filter);
        using var reader = command.ExecuteReader();
        return ReadMatchRows(reader, teams, keep, inFileOrder);
    }

    private static MatchRows ReadMatchRows(DbDataReader reader, TeamNames teams, Func<int, int, bool>? keep, bool inFileOrder = false)
    {
        var dates = DateColumn.Of(reader, 1);

        // One string instance per distinct tournament, city and country: the reports hold every match at once.
        var pool = new Dictionary<string, string>(StringComparer.Ordinal);
        string Pooled(string text) => pool.TryGetValue(text, out var kept) ? kept : pool[text] = text;

        var matches = new List<Match>();
        var ids = new List<int>();
        var keys = new List<long>();
        long teamCount = Math.Max(1, teams.Count);
        while (reader.Read())
        {
            var home = reader.GetInt32(2);
            var away = reader.GetInt32(3);
            if (keep is not null && !keep(home, away))
            {
                continue;
            }

            var date = dates.Read(reader, 1);
            matches.Add(new Match(
                date,
                teams[home],
                teams[away],
                new Score(reader.GetInt32(4), reader.GetInt32(5)),
                Pooled(reader.GetString(6)),
                Pooled(reader.GetString(7)),
                Pooled(reader.GetString(8)),
                reader.GetBoolean(9),
                reader.IsDBNull(10) ? null : teams[reader.GetInt32(10)]));
            var id = reader.GetInt32(0);
            ids.Add(id);

            // Date, then the teams' ranks among the names by ordinal order (or the key, assigned in file order), as one
            // integer: no string comparisons.
            keys.Add(inFileOrder
                ? ((long)date.DayNumber << 32) | (uint)id
                : (((date.DayNumber * teamCount) + teams.Rank(home)) * teamCount) + teams.Rank(away));
        }

        var matchArray = matches.ToArray();
        var idArray = ids.ToArray();
        if (!IsAscending(keys))
        {
            var order = keys.ToArray();
            var byKey = (long[])order.Clone();
            Array.Sort(order, matchArray);
            Array.Sort(byKey, idArray);
        }

        return new MatchRows(matchArray, idArray);
    }

    /// <summary>
    /// The goals of <paramref name="matches"/> (read with <paramref name="filter"/>): in the matches' order and, within a
    /// match, in file order.
    /// </summary>
    public static List<GoalRow> ReadGoals(DbConnection connection, MatchFilter filter, MatchRows matches) =>
        matches.Count == 0 ? [] : Attach(ReadGoalRows(connection, filter), matches);

    /// <summary>
    /// The goals of the matches of <paramref name="filter"/> as stored, in no particular order: what
    /// <see cref="Attach"/> puts in report order once the matches are read (the two reads can then run side by side,
    /// on two connections).
    /// </summary>
    public static List<StoredGoal> ReadGoalRows(DbConnection connection, MatchFilter filter)
    {
        using var command = Command(connection, GoalsSql(filter));
        if (!filter.IsAll)
        {
            Bind(command, filter);
        }

        using var reader = command.ExecuteReader();
        var rows = new List<StoredGoal>();
        while (reader.Read())
        {
            rows.Add(new StoredGoal(
                reader.GetInt32(0),
                reader.GetInt32(1),
                reader.GetInt32(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetInt32(4),
                reader.GetBoolean(5),
                reader.GetBoolean(6)));
        }

        return rows;
    }

    /// <summary>
    /// The goals among <paramref name="rows"/> of <paramref name="matches"/>, in the matches' order and, within a match,
    /// in file order (goal key).
    /// </summary>
    public static List<GoalRow> Attach(List<StoredGoal> rows, MatchRows matches)
    {
        var position = matches.Positions();
        var goals = new List<GoalRow>(rows.Count);
        var ordered = true;
        var last = long.MinValue;
        foreach (var g in rows)
        {
            if (!position.TryGetValue(g.MatchId, out var at))
            {
                continue;
            }

            var row = new GoalRow(((long)at << 32) | (uint)g.Id, at, g.TeamId, g.Scorer, g.Minute, g.OwnGoal, g.Penalty);
            ordered &= row.Key > last;
            last = row.Key;
            goals.Add(row);
        }

        if (!ordered)
        {
            goals.Sort((x, y) => x.Key.CompareTo(y.Key));
        }

        return goals;
    }

    /// <summary>
    /// The scores of the matches of <paramref name="filter"/> (every team, or one team's, in the window), in the order
    /// of <see cref="ReadMatches"/>: what the records' runs, counts and coverage need, without the other columns.
    /// </summary>
    /// <exception cref="ArgumentException">The filter has a pair of teams or a tournament.</exception>
    public static ScoreRow[] ReadScores(DbConnection connection, TeamNames teams, MatchFilter filter)
    {
        using var command = Command(connection, RecordsSql(filter, SelectScores, SelectScores + Window + OfTeam + MatchOrder));
        if (filter.Teams == TeamCondition.Team)
        {
            Bind(command, filter);
        }

        using var reader = command.ExecuteReader();
        var dates = DateColumn.Of(reader, 1);
        var rows = new List<ScoreRow>(filter.Teams == TeamCondition.Team ? 1024 : 65536);
        var keys = new List<long>(rows.Capacity);
        long teamCount = Math.Max(1, teams.Count);
        while (reader.Read())
        {
            var date = dates.Read(reader, 1);
            if (date < filter.From || date > filter.To)
            {
                continue;
            }

            var row = new ScoreRow(reader.GetInt32(0), date, reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4), reader.GetInt32(5));
            rows.Add(row);
            keys.Add((((date.DayNumber * teamCount) + teams.Rank(row.Home)) * teamCount) + teams.Rank(row.Away));
        }

        if (IsAscending(keys))
        {
            return [.. rows];
        }

        // Sorted as one array of longs, each key with its row's position in the low bits (a key takes under 40 bits:
        // days since year 1 times teams squared): no sort instantiated over the row type, which a published build
        // would have to JIT-compile at start-up.
        var positionBits = BitOperations.Log2((uint)rows.Count) + 1;
        var packed = new long[rows.Count];
        for (var i = 0; i < packed.Length; i++)
        {
            packed[i] = keys[i] >> (63 - positionBits) == 0
                ? (keys[i] << positionBits) | (long)i
                : throw new InvalidDataException($"match key {keys[i]} does not leave {positionBits} bits for the position");
        }

        Array.Sort(packed);
        var sorted = new ScoreRow[rows.Count];
        var mask = (1L << positionBits) - 1;
        for (var i = 0; i < packed.Length; i++)
        {
            sorted[i] = rows[(int)(packed[i] & mask)];
        }

        return sorted;
    }

    /// <summary>
    /// The records snapshot of the last import (<see cref="RecordsSnapshot"/>), or <see langword="null"/> when the last
    /// import wrote none (the table must exist).
    /// </summary>
    public static byte[]? ReadRecordsSnapshot(DbConnection connection)
    {
        using var command = Command(connection, SelectSnapshot);
        using var reader = command.ExecuteReader();
        return reader.Read() ? reader.GetFieldValue<byte[]>(0) : null;
    }

    /// <summary>
    /// The key columns of every goal (for a one-team filter: of the goals credited to the team), in no particular
    /// order and without the window: the records keep those of the matches read by <see cref="ReadScores"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The filter has a pair of teams or a tournament.</exception>
    public static List<GoalFact> ReadGoalFacts(DbConnection connection, MatchFilter filter)
    {
        using var command = Command(connection, RecordsSql(filter, SelectGoalFacts, SelectGoalFacts + OfGoalTeam));
        if (filter.Teams == TeamCondition.Team)
        {
            Parameter(command, "@team", filter.Team);
        }

        using var reader = command.ExecuteReader();
        var rows = new List<GoalFact>(filter.Teams == TeamCondition.Team ? 1024 : 65536);
        while (reader.Read())
        {
            rows.Add(new GoalFact(reader.GetInt32(0), reader.GetInt32(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetBoolean(3), reader.GetBoolean(4)));
        }

        return rows;
    }

    /// <summary>The matches with keys <paramref name="ids"/>, as <see cref="ReadMatches"/> reads them (one indexed read each).</summary>
    public static Match[] ReadMatchesByKey(DbConnection connection, TeamNames teams, IReadOnlyList<int> ids)
    {
        using var command = Command(connection, SelectMatches + OfMatchKey);
        var key = command.CreateParameter();
        key.ParameterName = "@id";
        command.Parameters.Add(key);
        var matches = new Match[ids.Count];
        for (var i = 0; i < ids.Count; i++)
        {
            key.Value = ids[i];
            using var reader = command.ExecuteReader();
            matches[i] = ReadMatchRows(reader, teams, keep: null).Matches is [var match]
                ? match
                : throw new InvalidDataException($"no match has key {ids[i]}");
        }

        return matches;
    }

    /// <summary>The distinct years, in order, of the dates of the matches of <paramref name="filter"/>.</summary>
    public static List<int> ReadYears(DbConnection connection, MatchFilter filter)
    {
        using var command = Command(connection, DatesSql(filter));
        Bind(command, filter);
        using var reader = command.ExecuteReader();
        var dates = DateColumn.Of(reader, 0);
        var years = new SortedSet<int>();
        while (reader.Read())
        {
            years.Add(dates.Read(reader, 0).Year);
        }

        return [.. years];
    }

    private static int Count(DbDataReader reader, int ordinal) => checked((int)reader.GetInt64(ordinal));

    private static bool IsAscending(List<long> keys)
    {
        for (var i = 1; i < keys.Count; i++)
        {
            if (keys[i] < keys[i - 1])
            {
                return false;
            }
        }

        return true;
    }

}
