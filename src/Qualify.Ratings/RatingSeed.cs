using System.Collections.Immutable;
using System.Globalization;
using Qualify.Domain.Matches;

namespace Qualify.Ratings;

/// <summary>
/// Ratings at a date from which a run starts: matches on or before <see cref="Date"/> are not rated, and teams not
/// listed start at <see cref="Unlisted"/> when they first play.
/// </summary>
/// <param name="Date">The snapshot date.</param>
/// <param name="Points">Points per team.</param>
/// <param name="Unlisted">The starting points of a team absent from the snapshot.</param>
public sealed record RatingSeed(DateOnly Date, ImmutableDictionary<string, double> Points, double Unlisted)
{
    /// <summary>
    /// Reads a snapshot file: a header line, then <c>date,team,points</c> lines, all with the same date.
    /// Unlisted teams start at the lowest listed value.
    /// </summary>
    /// <exception cref="FormatException">A line is malformed; the message names the file and line.</exception>
    public static RatingSeed FromCsv(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = Path.GetFileName(path);
        var points = ImmutableDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
        DateOnly? date = null;
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (lineNumber == 1 || line.Length == 0)
            {
                continue;
            }

            var fields = line.Split(',');
            if (fields.Length != 3
                || !DateOnly.TryParseExact(fields[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                || !double.TryParse(fields[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var p)
                || fields[1].Length == 0)
            {
                throw new FormatException($"{name}:{lineNumber}: expected date,team,points");
            }

            if (date is { } first && first != d)
            {
                throw new FormatException($"{name}:{lineNumber}: every line must have the snapshot date {first:yyyy-MM-dd}");
            }

            date = d;
            points[fields[1]] = p;
        }

        return date is { } snapshot
            ? new RatingSeed(snapshot, points.ToImmutable(), points.Values.Min())
            : throw new FormatException($"{name}: no rows");
    }

    /// <summary>
    /// The default seeding of the FIFA ranking. FIFA started the SUM method from its June 2018 order, giving the
    /// first team 1600 points and each following team 4 fewer (FIFA, "Revision of the FIFA/Coca-Cola World Ranking",
    /// 2018). FIFA's June 2018 order is not in the dataset, so the order used is the World Football Elo order on
    /// 2018-06-06 of the teams that played World Cup qualification or finals matches from 2015 to that date (FIFA's
    /// members that entered the 2018 World Cup).
    /// </summary>
    public static RatingSeed DefaultFifa(IReadOnlyList<Match> matches)
    {
        ArgumentNullException.ThrowIfNull(matches);
        var date = new DateOnly(2018, 6, 6);
        var members = matches
            .Where(m => m.Date >= new DateOnly(2015, 1, 1) && m.Date <= date && m.Tournament.StartsWith("FIFA World Cup", StringComparison.Ordinal))
            .SelectMany(m => new[] { m.Home, m.Away })
            .ToHashSet(StringComparer.Ordinal);
        var elo = RatingRun.Compute(WorldFootballElo.Instance, matches, date);
        var ordered = elo.Table().Where(e => members.Contains(e.Team)).ToList();
        var points = ordered.Select((e, i) => (e.Team, Points: 1600.0 - (4.0 * i)))
            .ToImmutableDictionary(x => x.Team, x => x.Points, StringComparer.Ordinal);
        return new RatingSeed(date, points, points.Count == 0 ? 1600 : points.Values.Min());
    }
}
