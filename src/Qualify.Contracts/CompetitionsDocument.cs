using System.Globalization;
using Qualify.Application;
using Qualify.Domain.Competitions;

namespace Qualify.Contracts;

/// <summary>
/// The JSON document of <c>qualify competitions --format json</c>: the usable competitions, then the definition files
/// that cannot be used.
/// </summary>
internal sealed record CompetitionsDocument(IReadOnlyList<CompetitionEntry> Competitions, IReadOnlyList<InvalidEntry> Invalid)
{
    public static CompetitionsDocument From(CompetitionCatalog catalog) => new(
        [.. catalog.All.Select(CompetitionEntry.Of)],
        [.. catalog.Invalid.Select(i => new InvalidEntry(i.Id, i.File, i.Location, i.Reason))]);
}

/// <summary>A definition file that cannot be used: the id it claims (or its file name), its path, where and what is wrong.</summary>
internal sealed record InvalidEntry(string Id, string File, string Location, string Reason);

/// <summary>
/// A usable competition: its id, name, source of matches (<c>history</c> when any stage reads the store, else
/// <c>inline</c>), its groups and teams, window, points and tie-breakers (of its first stage with groups).
/// </summary>
internal sealed record CompetitionEntry(
    string Id, string Name, string? Confederation, string Source, int Groups, int Teams, string? From, string? To, string Points, string TieBreakers)
{
    public static CompetitionEntry Of(CompetitionDefinition d)
    {
        var first = d.Stages.FirstOrDefault(s => !s.Groups.IsEmpty) ?? d.Stages[0];
        return new CompetitionEntry(
            d.Id,
            d.Name,
            d.Confederation,
            d.Stages.Any(s => d.SourceOf(s) is HistoryFilterSource) ? "history" : "inline",
            d.Stages.Sum(s => s.Groups.Length),
            d.Teams.Count(),
            d.Window.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            d.Window.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            d.PointsOf(first).ToString(),
            d.TieBreakersOf(first).Name);
    }
}
