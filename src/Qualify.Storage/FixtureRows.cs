using System.Data.Common;
using System.Globalization;
using Qualify.Domain.Matches;
using Qualify.Storage.Import;

namespace Qualify.Storage;

/// <summary>
/// The scheduled matches of the dataset (<c>results.csv</c> rows with <c>NA</c> scores), kept in their own table
/// <c>fixtures</c> beside the played matches, so that no read of played matches (ratings, reports, records) ever sees
/// a match without a score. A history-sourced competition reads them as its remaining matches. The table is plain
/// SQLite, created by the import when missing (stores made before it simply have no fixtures); its SQL is constant.
/// </summary>
internal static class FixtureRows
{
    /// <summary>The table's name.</summary>
    public const string Table = "fixtures";

    private const string Create =
        "CREATE TABLE IF NOT EXISTS " + Table + " (id INTEGER NOT NULL PRIMARY KEY, date TEXT NOT NULL, home_team TEXT NOT NULL, "
        + "away_team TEXT NOT NULL, tournament TEXT NOT NULL, city TEXT NOT NULL, country TEXT NOT NULL, neutral INTEGER NOT NULL)";

    private const string DeleteAll = "DELETE FROM " + Table;

    private const string Insert =
        "INSERT INTO " + Table + " (id, date, home_team, away_team, tournament, city, country, neutral) "
        + "VALUES (@id, @date, @home, @away, @tournament, @city, @country, @neutral)";

    private const string SelectAll = "SELECT date, home_team, away_team, tournament, city, country, neutral FROM " + Table + " ORDER BY date, id";

    /// <summary>Replaces the table's rows with <paramref name="fixtures"/>, in <paramref name="transaction"/>.</summary>
    public static void Replace(DbConnection connection, DbTransaction? transaction, IReadOnlyList<ResultRow> fixtures)
    {
        Execute(connection, transaction, Create);
        Execute(connection, transaction, DeleteAll);
        using var insert = Command(connection, transaction, Insert);
        var parameters = new[] { "@id", "@date", "@home", "@away", "@tournament", "@city", "@country", "@neutral" }
            .Select(name =>
            {
                var p = insert.CreateParameter();
                p.ParameterName = name;
                insert.Parameters.Add(p);
                return p;
            })
            .ToArray();
        for (var i = 0; i < fixtures.Count; i++)
        {
            var f = fixtures[i];
            object[] values = [i + 1, f.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), f.Home, f.Away, f.Tournament, f.City, f.Country, f.Neutral ? 1 : 0];
            for (var j = 0; j < values.Length; j++)
            {
                parameters[j].Value = values[j];
            }

            insert.ExecuteNonQuery();
        }
    }

    /// <summary>Every fixture, by date then file order, as unplayed <see cref="Match"/> values; none when the table is missing.</summary>
    public static List<Match> ReadAll(DbConnection connection, bool tableExists)
    {
        var fixtures = new List<Match>();
        if (!tableExists)
        {
            return fixtures;
        }

        using var command = HistorySql.Command(connection, SelectAll);
        using var reader = command.ExecuteReader();
        var dates = DateColumn.Of(reader, 0);
        while (reader.Read())
        {
            fixtures.Add(new Match(
                dates.Read(reader, 0),
                reader.GetString(1),
                reader.GetString(2),
                null,
                reader.GetString(3),
                reader.GetString(4),
                reader.GetString(5),
                reader.GetInt64(6) != 0));
        }

        return fixtures;
    }

    private static void Execute(DbConnection connection, DbTransaction? transaction, string sql)
    {
        using var command = Command(connection, transaction, sql);
        command.ExecuteNonQuery();
    }

    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql)
    {
        var command = HistorySql.Command(connection, sql);
        command.Transaction = transaction;
        return command;
    }
}
