using System.Globalization;
using System.Text;
using Qualify.Domain.Matches;
using Qualify.Testing;

namespace Qualify.Models.Tests;

/// <summary>
/// A small test-only reader of the dataset's <c>results.csv</c> (9 columns: date, home_team, away_team, home_score,
/// away_score, tournament, city, country, neutral; fields may be double-quoted, with "" for a quote). A stand-in until
/// the Qualify.Storage importer is ready: the lead engineer swaps it for the storage reader.
/// </summary>
internal static class DatasetRows
{
    private static readonly Lazy<IReadOnlyList<Match>> Cached = new(() => ReadResults(Path.Combine(TestPaths.DatasetFolder, "results.csv")));

    /// <summary>Every row of the shared dataset's results.csv, in file order (read once per test run).</summary>
    public static IReadOnlyList<Match> Results => Cached.Value;

    /// <summary>Reads a results.csv file; "NA" scores become fixtures without a score.</summary>
    public static IReadOnlyList<Match> ReadResults(string path)
    {
        var matches = new List<Match>();
        using var reader = new StreamReader(path, Encoding.UTF8);
        var header = reader.ReadLine() ?? throw new InvalidDataException($"{path}: empty file");
        if (header != "date,home_team,away_team,home_score,away_score,tournament,city,country,neutral")
        {
            throw new InvalidDataException($"{path}: unexpected header '{header}'");
        }

        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            var fields = Split(line);
            if (fields.Count != 9)
            {
                throw new InvalidDataException($"{path}:{lineNumber}: expected 9 fields, found {fields.Count}");
            }

            Score? score = fields[3] == "NA" || fields[4] == "NA"
                ? null
                : Score.FromGoals(int.Parse(fields[3], CultureInfo.InvariantCulture), int.Parse(fields[4], CultureInfo.InvariantCulture));
            matches.Add(new Match(
                DateOnly.ParseExact(fields[0], "yyyy-MM-dd", CultureInfo.InvariantCulture),
                fields[1],
                fields[2],
                score,
                fields[5],
                fields[6],
                fields[7],
                fields[8] switch
                {
                    "TRUE" => true,
                    "FALSE" => false,
                    _ => throw new InvalidDataException($"{path}:{lineNumber}: neutral is '{fields[8]}'"),
                }));
        }

        return matches;
    }

    /// <summary>Splits one CSV line into fields (RFC 4180 quoting within the line).</summary>
    private static List<string> Split(string line)
    {
        var fields = new List<string>(9);
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}
