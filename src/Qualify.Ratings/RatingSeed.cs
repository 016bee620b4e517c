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

    /// <summary>The date FIFA started the SUM method from its own order: 2018-06-06 (FIFA, "Revision of the FIFA/Coca-Cola World Ranking", June 2018).</summary>
    public static DateOnly FifaStart { get; } = new(2018, 6, 6);

    /// <summary>Years in one World Cup cycle: how far before an early as-of date the FIFA ranking starts, and how far back a seed looks for its teams.</summary>
    public const int WorldCupCycleYears = 4;

    /// <summary>
    /// The seed of the FIFA ranking at <paramref name="asOf"/>, from ratings known at that date only (<see cref="FifaAt"/>):
    /// at <see cref="FifaStart"/> when <paramref name="asOf"/> is on or after it (or <see langword="null"/>, the latest
    /// state), as FIFA did; otherwise <paramref name="cycleYears"/> (one World Cup cycle) before <paramref name="asOf"/>,
    /// so that the SUM method has run for a cycle by the date and no later result enters the ranking.
    /// </summary>
    /// <param name="matches">The matches (any order); only those up to the seed's date are read.</param>
    /// <param name="asOf">The date the ranking is wanted at; <see langword="null"/> for the latest state.</param>
    /// <param name="cycleYears">Years between the seed and an as-of date before <see cref="FifaStart"/>; at least 1.</param>
    public static RatingSeed Fifa(IReadOnlyList<Match> matches, DateOnly? asOf, int cycleYears = WorldCupCycleYears)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(cycleYears, 1);
        return FifaAt(matches, asOf is { } date && date < FifaStart ? date.AddYears(-cycleYears) : FifaStart);
    }

    /// <summary>
    /// The FIFA seeding rule at <paramref name="date"/>. FIFA started the SUM method from its June 2018 order, giving
    /// the first team 1600 points and each following team 4 fewer (FIFA, "Revision of the FIFA/Coca-Cola World
    /// Ranking", 2018). FIFA's order is not in the dataset, so the order used is the World Football Elo order at
    /// <paramref name="date"/> (every match up to and including it) of the teams that played a World Cup match,
    /// qualification or finals, in the <see cref="WorldCupCycleYears"/> years up to it (FIFA's members that entered
    /// the last World Cup, its host included). Teams not listed start at the lowest seed when they first play.
    /// Only matches up to <paramref name="date"/> are read.
    /// </summary>
    public static RatingSeed FifaAt(IReadOnlyList<Match> matches, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(matches);
        var since = date.AddYears(-WorldCupCycleYears);
        var members = matches
            .Where(m => m.Date >= since && m.Date <= date && m.Tournament.StartsWith("FIFA World Cup", StringComparison.Ordinal))
            .SelectMany(m => new[] { m.Home, m.Away })
            .ToHashSet(StringComparer.Ordinal);
        var elo = RatingRun.Compute(WorldFootballElo.Instance, matches, date);
        var ordered = elo.Table().Where(e => members.Contains(e.Team)).ToList();
        var points = ordered.Select((e, i) => (e.Team, Points: FifaFirstPoints - (FifaStep * i)))
            .ToImmutableDictionary(x => x.Team, x => x.Points, StringComparer.Ordinal);
        return new RatingSeed(date, points, points.Count == 0 ? FifaFirstPoints : points.Values.Min());
    }

    /// <summary>Points of the first team of the seed: 1600 (FIFA, 2018 revision).</summary>
    private const double FifaFirstPoints = 1600;

    /// <summary>Points between consecutive teams of the seed: 4 (FIFA, 2018 revision).</summary>
    private const double FifaStep = 4;
}
