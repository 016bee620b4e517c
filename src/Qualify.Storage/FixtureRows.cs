using System.Data.Common;
using Qualify.Domain.Matches;
using Qualify.Storage.Entities;

namespace Qualify.Storage;

/// <summary>
/// The scheduled matches of the dataset (<c>results.csv</c> rows with <c>NA</c> scores), kept in their own table
/// <c>fixtures</c> (<see cref="FixtureEntity"/>) beside the played matches, so that no read of played matches (ratings,
/// reports, records) ever sees a match without a score. A history-sourced competition reads them as its remaining
/// matches. The import writes them; this reads them, with constant SQL.
/// </summary>
internal static class FixtureRows
{
    /// <summary>The table's name.</summary>
    public const string Table = FixtureEntityConfiguration.Table;

    private const string SelectAll = "SELECT date, home_team, away_team, tournament, city, country, neutral FROM " + Table + " ORDER BY date, id";

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
                reader.GetBoolean(6)));
        }

        return fixtures;
    }
}
