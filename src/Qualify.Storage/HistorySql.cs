using System.Data.Common;
using Qualify.Storage.Entities;

namespace Qualify.Storage;

/// <summary>
/// The SQL text of the store's reads (<see cref="HistoryReader"/>): compile-time constants, one of a fixed set of
/// variants chosen by which filters are present, and the binding of their parameters. Table names come from the
/// entity configurations, so the schema and the reads name each table in one place.
/// </summary>
internal static class HistorySql
{
    internal const string Teams = TeamEntityConfiguration.Table;
    internal const string Matches = MatchEntityConfiguration.Table;
    internal const string Goals = GoalEntityConfiguration.Table;
    internal const string FormerNames = FormerNameEntityConfiguration.Table;
    internal const string ImportRuns = ImportRunEntityConfiguration.Table;
    internal const string RecordsSnapshots = RecordsSnapshotEntityConfiguration.Table;

    internal const string SelectTeams = "SELECT id, name FROM " + Teams;

    internal const string SelectAnyMatch = "SELECT 1 FROM " + Matches + " LIMIT 1";

    internal const string SelectLatestImportRun = "SELECT id, started_utc FROM " + ImportRuns + " ORDER BY id DESC LIMIT 1";

    internal const string SelectCounts =
        "SELECT (SELECT COUNT(*) FROM " + Teams + "), (SELECT COUNT(*) FROM " + Matches + "), (SELECT COUNT(*) FROM " + Goals
        + "), (SELECT COUNT(*) FROM " + Matches + " WHERE shootout_winner_id IS NOT NULL), (SELECT COUNT(*) FROM " + FormerNames
        + "), (SELECT COUNT(*) FROM " + ImportRuns + ")";

    internal const string SelectFormerNames =
        "SELECT t.name, f.former, f.start_date, f.end_date FROM " + FormerNames + " f JOIN " + Teams + " t ON t.id = f.team_id ORDER BY f.id";

    // Matches: the columns read by ordinal in ReadMatches, the window, each optional condition, and the order.
    internal const string SelectMatches =
        "SELECT m.id, m.date, m.home_team_id, m.away_team_id, m.home_score, m.away_score, m.tournament, m.city, m.country, m.neutral, m.shootout_winner_id"
        + " FROM " + Matches + " m";

    internal const string Window = " WHERE m.date >= @from AND m.date <= @to";
    internal const string OfTeam = " AND (m.home_team_id = @team OR m.away_team_id = @team)";
    internal const string OfPair = " AND ((m.home_team_id = @team AND m.away_team_id = @opponent) OR (m.home_team_id = @opponent AND m.away_team_id = @team))";
    internal const string OfTournament = " AND m.tournament_key = @tournament";
    internal const string MatchOrder = " ORDER BY m.date, m.home_team_id, m.away_team_id";
    internal const string FileOrder = " ORDER BY m.date, m.id";

    // Goals: the columns read by ordinal in ReadGoalRows; of selected matches through a join, or the whole table.
    internal const string GoalColumns = "SELECT g.id, g.match_id, g.team_id, g.scorer, g.minute, g.own_goal, g.penalty";
    internal const string SelectEveryGoal = GoalColumns + " FROM " + Goals + " g";
    internal const string SelectGoals = GoalColumns + " FROM " + Goals + " g JOIN " + Matches + " m ON m.id = g.match_id";

    internal const string SelectDates = "SELECT DISTINCT m.date FROM " + Matches + " m";

    // Records: the scores alone (key, date, teams, goals), the goals' key columns, one match by key. Over every team
    // these read whole tables without a condition, a plain scan: a date condition would walk the date index and fetch
    // each row through it, about twice as slow; the window is applied in memory.
    internal const string SelectScores = "SELECT m.id, m.date, m.home_team_id, m.away_team_id, m.home_score, m.away_score FROM " + Matches + " m";
    internal const string SelectGoalFacts = "SELECT g.match_id, g.team_id, g.scorer, g.own_goal, g.penalty FROM " + Goals + " g";
    internal const string OfGoalTeam = " WHERE g.team_id = @team";
    internal const string SelectSnapshot =
        "SELECT s.data FROM " + RecordsSnapshots + " s WHERE s.import_run_id = (SELECT MAX(r.id) FROM " + ImportRuns + " r)";
    internal const string OfMatchKey = " WHERE m.id = @id";

    internal static string MatchesSql(MatchFilter filter) => SelectMatches + Conditions(filter);

    /// <summary>A records read: <paramref name="everyTeam"/> or <paramref name="oneTeam"/>, by the filter's teams.</summary>
    internal static string RecordsSql(MatchFilter filter, string everyTeam, string oneTeam) => (filter.Teams, filter.TournamentKey) switch
    {
        (TeamCondition.Any, null) => everyTeam,
        (TeamCondition.Team, null) => oneTeam,
        _ => throw new ArgumentException("the records read every team's matches or one team's, without a tournament", nameof(filter)),
    };

    // Every match: the goal table alone, without the join.
    internal static string GoalsSql(MatchFilter filter) => filter.IsAll ? SelectEveryGoal : SelectGoals + Conditions(filter);

    internal static string DatesSql(MatchFilter filter) => SelectDates + Conditions(filter);

    /// <summary>
    /// The <c>WHERE</c> clause of <paramref name="filter"/>: the window, its team condition and its tournament, each a
    /// constant, so that every read's text is one of a fixed set whatever the values (which are parameters).
    /// </summary>
    internal static string Conditions(MatchFilter filter) => Window
        + filter.Teams switch
        {
            TeamCondition.Any => string.Empty,
            TeamCondition.Team => OfTeam,
            TeamCondition.Pair => OfPair,
            _ => throw new ArgumentOutOfRangeException(nameof(filter), filter.Teams, "unknown team condition"),
        }
        + (filter.TournamentKey is null ? string.Empty : OfTournament);

    /// <summary>Binds the parameters that the variant of <paramref name="filter"/> uses, and only those.</summary>
    internal static void Bind(DbCommand command, MatchFilter filter)
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

    internal static DbCommand Command(DbConnection connection, string sql)
    {
        var command = connection.CreateCommand();
#pragma warning disable CA2100 // Constant text: every variant above is a compile-time constant; values are parameters.
        command.CommandText = sql;
#pragma warning restore CA2100
        return command;
    }

    internal static void Parameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

}
