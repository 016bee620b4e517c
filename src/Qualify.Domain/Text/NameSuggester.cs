namespace Qualify.Domain.Text;

/// <summary>
/// Suggests known names for a mistyped one ("did you mean 'United States'?"): candidates that
/// contain the input, start with it, or lie within a small Levenshtein distance of it.
/// </summary>
public static class NameSuggester
{
    /// <summary>
    /// The best candidates for <paramref name="input"/>, closest first, at most <paramref name="max"/>.
    /// Comparison ignores case and diacritics.
    /// </summary>
    public static IReadOnlyList<string> Suggest(string input, IEnumerable<string> candidates, int max = 3)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(candidates);
        var key = Normalize(input);
        if (key.Length == 0)
        {
            return [];
        }

        var limit = Math.Max(2, key.Length / 3);
        return candidates
            .Distinct(StringComparer.Ordinal)
            .Select(c => (Name: c, Key: Normalize(c)))
            .Select(c => (c.Name, Score: Rank(key, c.Key, limit)))
            .Where(c => c.Score < int.MaxValue)
            .OrderBy(c => c.Score)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .Take(max)
            .Select(c => c.Name)
            .ToList();
    }

    /// <summary>Lower-cases and strips diacritics, spaces and punctuation, for loose comparison.</summary>
    public static string Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var decomposed = name.Normalize(System.Text.NormalizationForm.FormD);
        var chars = new List<char>(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (char.IsLetterOrDigit(c) && System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                chars.Add(char.ToLowerInvariant(c));
            }
        }

        return new string([.. chars]);
    }

    private static int Rank(string key, string candidate, int limit)
    {
        if (candidate.StartsWith(key, StringComparison.Ordinal))
        {
            return 0;
        }

        if (candidate.Contains(key, StringComparison.Ordinal))
        {
            return 1;
        }

        var distance = Levenshtein(key, candidate);
        return distance <= limit ? 1 + distance : int.MaxValue;
    }

    /// <summary>The Levenshtein edit distance (insertions, deletions, substitutions) between two strings.</summary>
    public static int Levenshtein(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
