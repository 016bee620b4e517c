using System.Globalization;
using System.Text;

namespace Qualify.Web.Pages;

/// <summary>The addresses of the pages, with their query in the CLI's terms (<c>fix=Canada 2-1 USA</c>).</summary>
internal static class PageLinks
{
    /// <summary>The competition page of <paramref name="competition"/> with these values (an empty one left out).</summary>
    public static string Competition(string competition, string? asOf, string? sims, string? seed, IEnumerable<string> fixes)
    {
        var query = new StringBuilder();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                query.Append(query.Length == 0 ? '?' : '&').Append(key).Append('=').Append(Uri.EscapeDataString(value.Trim()));
            }
        }

        Add("as-of", asOf);
        Add("sims", sims);
        Add("seed", seed);
        foreach (var fix in fixes)
        {
            Add("fix", fix);
        }

        return "/competitions/" + Uri.EscapeDataString(competition) + query;
    }

    /// <summary>The competition page with a forecast's simulations and seed.</summary>
    public static string Competition(string competition, string? asOf, long sims, ulong seed, IEnumerable<string> fixes) =>
        Competition(competition, asOf, sims.ToString(CultureInfo.InvariantCulture), seed.ToString(CultureInfo.InvariantCulture), fixes);
}
