using System.Globalization;
using System.Text;
using Qualify.Domain.Matches;

namespace Qualify.Testing;

/// <summary>
/// The one test reader of the dataset's <c>results.csv</c> (9 columns: date, home_team, away_team, home_score,
/// away_score, tournament, city, country, neutral; fields may be double-quoted, with "" for a quote). It is
/// independent of the Qualify.Storage importer, so tests can use it as an oracle. A bad line fails loudly with an
/// <see cref="InvalidDataException"/> naming <c>file:line</c>; nothing is skipped.
/// </summary>
public static class DatasetResults
{
    /// <summary>The header line the reader expects.</summary>
    public const string Header = "date,home_team,away_team,home_score,away_score,tournament,city,country,neutral";

    private static readonly Lazy<IReadOnlyList<Match>> Cached = new(() => Read(Path.Combine(TestPaths.DatasetFolder, "results.csv")));

    private static readonly Lazy<IReadOnlyList<Match>> CachedPlayed = new(() => [.. Cached.Value.Where(m => m.Score is not null)]);

    /// <summary>Every row of the shared dataset's results.csv in file order, fixtures ("NA" scores) included; read once per test assembly.</summary>
    public static IReadOnlyList<Match> All => Cached.Value;

    /// <summary>The rows of the shared dataset that have a score, in file order.</summary>
    public static IReadOnlyList<Match> Played => CachedPlayed.Value;

    /// <summary>The played matches of <paramref name="tournament"/> from <paramref name="from"/> to <paramref name="to"/> (inclusive) between two of <paramref name="teams"/>.</summary>
    public static IReadOnlyList<Match> Between(string tournament, DateOnly from, DateOnly to, IEnumerable<string> teams)
    {
        var set = teams.ToHashSet(StringComparer.Ordinal);
        return [.. Played.Where(m => m.Tournament == tournament && m.Date >= from && m.Date <= to && set.Contains(m.Home) && set.Contains(m.Away))];
    }

    /// <summary>
    /// Reads a results.csv file; "NA" in both score columns makes a fixture without a score. Blank lines are allowed
    /// only at the end of the file. Throws <see cref="InvalidDataException"/> naming <c>path:line</c> on any bad line.
    /// </summary>
    public static IReadOnlyList<Match> Read(string path)
    {
        var matches = new List<Match>();
        using var reader = new StreamReader(path, Encoding.UTF8);
        var header = reader.ReadLine() ?? throw new InvalidDataException($"{path}:1: empty file, expected the header '{Header}'");
        if (header != Header)
        {
            throw new InvalidDataException($"{path}:1: unexpected header '{header}', expected '{Header}'");
        }

        var lineNumber = 1;
        var blankLine = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                blankLine = blankLine == 0 ? lineNumber : blankLine;
                continue;
            }

            if (blankLine != 0)
            {
                throw new InvalidDataException($"{path}:{blankLine}: blank line before the end of the file");
            }

            matches.Add(ParseLine(line, $"{path}:{lineNumber}"));
        }

        return matches;
    }

    /// <summary>Parses one data line; <paramref name="where"/> (<c>file:line</c>) starts every error message.</summary>
    public static Match ParseLine(string line, string where)
    {
        var fields = Split(line, where);
        if (fields.Count != 9)
        {
            throw new InvalidDataException($"{where}: expected 9 fields, found {fields.Count}");
        }

        if (!DateOnly.TryParseExact(fields[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new InvalidDataException($"{where}: date '{fields[0]}' is not a yyyy-MM-dd date");
        }

        if (fields[1].Length == 0 || fields[2].Length == 0 || fields[5].Length == 0)
        {
            throw new InvalidDataException($"{where}: home_team, away_team and tournament must not be empty");
        }

        var neutral = fields[8] switch
        {
            "TRUE" => true,
            "FALSE" => false,
            _ => throw new InvalidDataException($"{where}: neutral is '{fields[8]}', expected TRUE or FALSE"),
        };
        return new Match(date, fields[1], fields[2], ParseScore(fields[3], fields[4], where), fields[5], fields[6], fields[7], neutral);
    }

    private static Score? ParseScore(string home, string away, string where)
    {
        if (home == "NA" && away == "NA")
        {
            return null;
        }

        if (!int.TryParse(home, NumberStyles.None, CultureInfo.InvariantCulture, out var homeGoals)
            || !int.TryParse(away, NumberStyles.None, CultureInfo.InvariantCulture, out var awayGoals))
        {
            throw new InvalidDataException($"{where}: score '{home}-{away}' is neither two whole numbers nor NA-NA");
        }

        return Score.FromGoals(homeGoals, awayGoals);
    }

    /// <summary>Splits one CSV line into fields (RFC 4180 quoting within the line).</summary>
    private static List<string> Split(string line, string where)
    {
        var fields = new List<string>(9);
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        if (quoted)
        {
            throw new InvalidDataException($"{where}: unterminated quoted field");
        }

        fields.Add(field.ToString());
        return fields;
    }
}
