using System.Data.Common;
using System.Globalization;
using System.Numerics;
using Qualify.Domain.Matches;
using Qualify.Domain.Teams;
using Qualify.Storage.Entities;

namespace Qualify.Storage;

/// <summary>Which team condition a <see cref="MatchFilter"/> puts on a match.</summary>
internal enum TeamCondition
{
    /// <summary>Any teams.</summary>
    Any,

    /// <summary>The team is the home or the away team.</summary>
    Team,

    /// <summary>The team and the opponent played each other, either at home.</summary>
    Pair,
}

/// <summary>
/// The matches a read selects in the database: a date window (both ends included, always bound: the reads send
/// <see cref="DateOnly.MinValue"/> and <see cref="DateOnly.MaxValue"/> for open ends), and optionally a team or a pair of
/// teams (by key) and a tournament (by <see cref="MatchEntity.TournamentKey"/>).
/// </summary>
internal readonly record struct MatchFilter(DateOnly From, DateOnly To, TeamCondition Teams, int Team, int Opponent, string? TournamentKey)
{
    /// <summary>Every match.</summary>
    public static MatchFilter All => new(DateOnly.MinValue, DateOnly.MaxValue, TeamCondition.Any, 0, 0, null);

    /// <summary>Whether the filter selects every match.</summary>
    public bool IsAll => Teams == TeamCondition.Any && TournamentKey is null && From == DateOnly.MinValue && To == DateOnly.MaxValue;
}

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
    private const string Teams = TeamEntityConfiguration.Table;
    private const string Matches = MatchEntityConfiguration.Table;
    private const string Goals = GoalEntityConfiguration.Table;
    private const string FormerNames = FormerNameEntityConfiguration.Table;
    private const string ImportRuns = ImportRunEntityConfiguration.Table;
    private const string RecordsSnapshots = RecordsSnapshotEntityConfiguration.Table;

    private const string SelectTeams = "SELECT id, name FROM " + Teams;

    private const string SelectAnyMatch = "SELECT 1 FROM " + Matches + " LIMIT 1";

    private const string SelectCounts =
        "SELECT (SELECT COUNT(*) FROM " + Teams + "), (SELECT COUNT(*) FROM " + Matches + "), (SELECT COUNT(*) FROM " + Goals
        + "), (SELECT COUNT(*) FROM " + Matches + " WHERE shootout_winner_id IS NOT NULL), (SELECT COUNT(*) FROM " + FormerNames
        + "), (SELECT COUNT(*) FROM " + ImportRuns + ")";

    private const string SelectFormerNames =
        "SELECT t.name, f.former, f.start_date, f.end_date FROM " + FormerNames + " f JOIN " + Teams + " t ON t.id = f.team_id ORDER BY f.id";

    // Matches: the columns read by ordinal in ReadMatches, the window, each optional condition, and the order.
    private const string SelectMatches =
        "SELECT m.id, m.date, m.home_team_id, m.away_team_id, m.home_score, m.away_score, m.tournament, m.city, m.country, m.neutral, m.shootout_winner_id"
        + " FROM " + Matches + " m";

    private const string Window = " WHERE m.date >= @from AND m.date <= @to";
    private const string OfTeam = " AND (m.home_team_id = @team OR m.away_team_id = @team)";
    private const string OfPair = " AND ((m.home_team_id = @team AND m.away_team_id = @opponent) OR (m.home_team_id = @opponent AND m.away_team_id = @team))";
    private const string OfTournament = " AND m.tournament_key = @tournament";
    private const string MatchOrder = " ORDER BY m.date, m.home_team_id, m.away_team_id";
    private const string FileOrder = " ORDER BY m.date, m.id";

    // Goals: the columns read by ordinal in ReadGoalRows; of selected matches through a join, or the whole table.
    private const string GoalColumns = "SELECT g.id, g.match_id, g.team_id, g.scorer, g.minute, g.own_goal, g.penalty";
    private const string SelectEveryGoal = GoalColumns + " FROM " + Goals + " g";
    private const string SelectGoals = GoalColumns + " FROM " + Goals + " g JOIN " + Matches + " m ON m.id = g.match_id";

    private const string SelectDates = "SELECT DISTINCT m.date FROM " + Matches + " m";

    // Records: the scores alone (key, date, teams, goals), the goals' key columns, one match by key. Over every team
    // these read whole tables without a condition, a plain scan: a date condition would walk the date index and fetch
    // each row through it, about twice as slow; the window is applied in memory.
    private const string SelectScores = "SELECT m.id, m.date, m.home_team_id, m.away_team_id, m.home_score, m.away_score FROM " + Matches + " m";
    private const string SelectGoalFacts = "SELECT g.match_id, g.team_id, g.scorer, g.own_goal, g.penalty FROM " + Goals + " g";
    private const string OfGoalTeam = " WHERE g.team_id = @team";
    private const string SelectSnapshot =
        "SELECT s.data FROM " + RecordsSnapshots + " s WHERE s.import_run_id = (SELECT MAX(r.id) FROM " + ImportRuns + " r)";
    private const string OfMatchKey = " WHERE m.id = @id";

    /// <summary>Whether the store holds at least one match (its tables must exist).</summary>
    public static bool HasAnyMatch(DbConnection connection)
    {
        using var command = Command(connection, SelectAnyMatch);
        using var reader = command.ExecuteReader();
        return reader.Read();
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

    private static string MatchesSql(MatchFilter filter) => SelectMatches + Conditions(filter);

    /// <summary>A records read: <paramref name="everyTeam"/> or <paramref name="oneTeam"/>, by the filter's teams.</summary>
    private static string RecordsSql(MatchFilter filter, string everyTeam, string oneTeam) => (filter.Teams, filter.TournamentKey) switch
    {
        (TeamCondition.Any, null) => everyTeam,
        (TeamCondition.Team, null) => oneTeam,
        _ => throw new ArgumentException("the records read every team's matches or one team's, without a tournament", nameof(filter)),
    };

    // Every match: the goal table alone, without the join.
    private static string GoalsSql(MatchFilter filter) => filter.IsAll ? SelectEveryGoal : SelectGoals + Conditions(filter);

    private static string DatesSql(MatchFilter filter) => SelectDates + Conditions(filter);

    /// <summary>
    /// The <c>WHERE</c> clause of <paramref name="filter"/>: the window, its team condition and its tournament, each a
    /// constant, so that every read's text is one of a fixed set whatever the values (which are parameters).
    /// </summary>
    private static string Conditions(MatchFilter filter) => Window
        + filter.Teams switch
        {
            TeamCondition.Any => string.Empty,
            TeamCondition.Team => OfTeam,
            TeamCondition.Pair => OfPair,
            _ => throw new ArgumentOutOfRangeException(nameof(filter), filter.Teams, "unknown team condition"),
        }
        + (filter.TournamentKey is null ? string.Empty : OfTournament);

    /// <summary>Binds the parameters that the variant of <paramref name="filter"/> uses, and only those.</summary>
    private static void Bind(DbCommand command, MatchFilter filter)
    {
        Parameter(command, "@from", filter.From);
        Parameter(command, "@to", filter.To);
        if (filter.Teams != TeamCondition.Any)
        {
            Parameter(command, "@team", filter.Team);
        }

        if (filter.Teams == TeamCondition.Pair)
        {
            Parameter(command, "@opponent", filter.Opponent);
        }

        if (filter.TournamentKey is { } key)
        {
            Parameter(command, "@tournament", key);
        }
    }

    private static DbCommand Command(DbConnection connection, string sql)
    {
        var command = connection.CreateCommand();
#pragma warning disable CA2100 // Constant text: every variant above is a compile-time constant; values are parameters.
        command.CommandText = sql;
#pragma warning restore CA2100
        return command;
    }

    private static void Parameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
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

    /// <summary>
    /// Reads a date column: SQLite stores EF Core's <see cref="DateOnly"/> as <c>yyyy-MM-dd</c> text, parsed here by
    /// position; a provider with a date type returns it as <see cref="DateOnly"/>.
    /// </summary>
    private readonly struct DateColumn
    {
        private readonly bool _isText;

        private DateColumn(bool isText) => _isText = isText;

        public static DateColumn Of(DbDataReader reader, int ordinal) => new(reader.GetFieldType(ordinal) == typeof(string));

        public DateOnly Read(DbDataReader reader, int ordinal) =>
            _isText ? ParseIsoDate(reader.GetString(ordinal)) : reader.GetFieldValue<DateOnly>(ordinal);

        private static DateOnly ParseIsoDate(string text)
        {
            return text.Length == 10 && text[4] == '-' && text[7] == '-'
                && Digits(text, 0, 4, out var year) && Digits(text, 5, 2, out var month) && Digits(text, 8, 2, out var day)
                ? new DateOnly(year, month, day)
                : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        private static bool Digits(string text, int start, int length, out int value)
        {
            value = 0;
            for (var i = start; i < start + length; i++)
            {
                var digit = text[i] - '0';
                if (digit is < 0 or > 9)
                {
                    return false;
                }

                value = (value * 10) + digit;
            }

            return true;
        }
    }
}

/// <summary>Team names by key, and each key's rank in ordinal name order.</summary>
internal sealed class TeamNames
{
    private readonly string?[] _names;
    private readonly int[] _ranks;
    private readonly Dictionary<string, int> _ids;

    /// <summary>Indexes the (key, name) rows of the team table.</summary>
    /// <exception cref="InvalidDataException">A key is not positive.</exception>
    public TeamNames(List<(int Id, string Name)> rows)
    {
        var maxId = 0;
        foreach (var (id, _) in rows)
        {
            if (id < 1)
            {
                throw new InvalidDataException($"team key {id} is not positive");
            }

            maxId = Math.Max(maxId, id);
        }

        _names = new string?[maxId + 1];
        _ranks = new int[maxId + 1];
        _ids = new Dictionary<string, int>(rows.Count, StringComparer.Ordinal);
        var byName = rows.ToArray();
        Array.Sort(byName, (x, y) => string.CompareOrdinal(x.Name, y.Name));
        for (var rank = 0; rank < byName.Length; rank++)
        {
            var (id, name) = byName[rank];
            _names[id] = name;
            _ranks[id] = rank;
            _ids[name] = id;
        }

        Ordered = [.. byName.Select(t => t.Name)];
    }

    /// <summary>How many teams.</summary>
    public int Count => _ids.Count;

    /// <summary>The largest team key (0 when there is no team).</summary>
    public int MaxId => _names.Length - 1;

    /// <summary>Every name, in ordinal order.</summary>
    public IReadOnlyList<string> Ordered { get; }

    /// <summary>The name of the team with key <paramref name="id"/>.</summary>
    /// <exception cref="InvalidDataException">No team has that key.</exception>
    public string this[int id] =>
        (uint)id < (uint)_names.Length && _names[id] is { } name ? name : throw new InvalidDataException($"no team has key {id}");

    /// <summary>The rank of team <paramref name="id"/> among the names in ordinal order.</summary>
    public int Rank(int id) => _ranks[id];

    /// <summary>The key of the team named exactly <paramref name="name"/>, or <see langword="null"/> when there is none.</summary>
    public int? IdOf(string name) => _ids.TryGetValue(name, out var id) ? id : null;
}

/// <summary>Matches in report order, with their keys.</summary>
/// <param name="Matches">The matches by date, then home team, then away team (ordinal).</param>
/// <param name="Ids">Their keys, in the same order.</param>
internal sealed record MatchRows(Match[] Matches, int[] Ids)
{
    /// <summary>How many matches.</summary>
    public int Count => Matches.Length;

    /// <summary>Each match key's position.</summary>
    public Dictionary<int, int> Positions()
    {
        var positions = new Dictionary<int, int>(Ids.Length);
        for (var i = 0; i < Ids.Length; i++)
        {
            positions[Ids[i]] = i;
        }

        return positions;
    }
}

/// <summary>A match's key, date, teams (keys) and score.</summary>
/// <param name="Id">The match key.</param>
/// <param name="Date">The date.</param>
/// <param name="Home">The home team's key.</param>
/// <param name="Away">The away team's key.</param>
/// <param name="HomeGoals">The home side's goals.</param>
/// <param name="AwayGoals">The away side's goals.</param>
internal readonly record struct ScoreRow(int Id, DateOnly Date, int Home, int Away, int HomeGoals, int AwayGoals);

/// <summary>A goal's key columns, as stored.</summary>
/// <param name="MatchId">The key of its match.</param>
/// <param name="TeamId">The key of the team credited with the goal.</param>
/// <param name="Scorer">The scorer, when known.</param>
/// <param name="OwnGoal">Whether it was an own goal.</param>
/// <param name="Penalty">Whether it was a penalty.</param>
internal readonly record struct GoalFact(int MatchId, int TeamId, string? Scorer, bool OwnGoal, bool Penalty);

/// <summary>A goal row as stored.</summary>
/// <param name="Id">The goal key (file order).</param>
/// <param name="MatchId">The key of its match.</param>
/// <param name="TeamId">The key of the team credited with the goal.</param>
/// <param name="Scorer">The scorer, when known.</param>
/// <param name="Minute">The minute, when known.</param>
/// <param name="OwnGoal">Whether it was an own goal.</param>
/// <param name="Penalty">Whether it was a penalty.</param>
internal readonly record struct StoredGoal(int Id, int MatchId, int TeamId, string? Scorer, int? Minute, bool OwnGoal, bool Penalty);

/// <summary>A goal as read, with the position of its match in a <see cref="MatchRows"/>.</summary>
/// <param name="Key">The match position and the goal key as one integer: the goals' order.</param>
/// <param name="Match">The position of the goal's match.</param>
/// <param name="TeamId">The key of the team credited with the goal.</param>
/// <param name="Scorer">The scorer, when known.</param>
/// <param name="Minute">The minute, when known.</param>
/// <param name="OwnGoal">Whether it was an own goal.</param>
/// <param name="Penalty">Whether it was a penalty.</param>
internal readonly record struct GoalRow(long Key, int Match, int TeamId, string? Scorer, int? Minute, bool OwnGoal, bool Penalty);
