using System.Globalization;
using Qualify.Domain.Matches;
using Qualify.Testing;

namespace Qualify.Domain.Tests.Standings;

/// <summary>
/// The played matches of the shared international results dataset (<c>results.csv</c>, read in place from
/// <see cref="TestPaths.DatasetFolder"/>; a missing dataset fails the test). Columns: date, home_team, away_team,
/// home_score, away_score, tournament, city, country, neutral; fields with commas are double-quoted.
/// </summary>
internal static class ResultsDataset
{
    private static readonly Lazy<IReadOnlyList<Match>> All = new(Load);

    /// <summary>Every played match of the dataset.</summary>
    public static IReadOnlyList<Match> Matches => All.Value;

    /// <summary>The matches of <paramref name="tournament"/> from <paramref name="from"/> to <paramref name="to"/> between two of <paramref name="teams"/>.</summary>
    public static IReadOnlyList<Match> Between(string tournament, DateOnly from, DateOnly to, IEnumerable<string> teams)
    {
        var set = teams.ToHashSet(StringComparer.Ordinal);
        return [.. All.Value.Where(m => m.Tournament == tournament && m.Date >= from && m.Date <= to && set.Contains(m.Home) && set.Contains(m.Away))];
    }

    private static List<Match> Load()
    {
        var matches = new List<Match>();
        foreach (var line in File.ReadLines(Path.Combine(TestPaths.DatasetFolder, "results.csv")).Skip(1))
        {
            var f = Split(line);
            if (f.Count != 9 || !int.TryParse(f[3], NumberStyles.None, CultureInfo.InvariantCulture, out var home)
                || !int.TryParse(f[4], NumberStyles.None, CultureInfo.InvariantCulture, out var away))
            {
                continue;
            }

            matches.Add(new Match(DateOnly.ParseExact(f[0], "yyyy-MM-dd", CultureInfo.InvariantCulture), f[1], f[2], new Score(home, away),
                f[5], f[6], f[7], string.Equals(f[8], "TRUE", StringComparison.Ordinal)));
        }

        return matches;
    }

    private static List<string> Split(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
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
