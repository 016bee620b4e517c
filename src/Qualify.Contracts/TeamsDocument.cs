using Qualify.Application;

namespace Qualify.Contracts;

/// <summary>The JSON document of <c>qualify teams --format json</c>: where the names come from, and each team with its former names.</summary>
internal sealed record TeamsDocument(string Source, IReadOnlyList<TeamNamesDocument> Teams)
{
    public static TeamsDocument From(TeamsResult result) => new(
        SourceText(result.Source),
        [.. result.Teams.Select(t => new TeamNamesDocument(
            t, [.. result.Directory.FormerNamesOf(t).Select(f => new FormerNameDocument(f.Former, Dates.Text(f.Start), Dates.Text(f.End)))]))]);

    /// <summary>Where the names come from, as printed and serialised.</summary>
    public static string SourceText(TeamsSource source) => source == TeamsSource.HistoryStore ? "history store" : "built-in competitions (no history imported)";
}

/// <summary>A team and the names it played under before.</summary>
internal sealed record TeamNamesDocument(string Team, IReadOnlyList<FormerNameDocument> FormerNames);

/// <summary>A former name and the dates it was used (inclusive).</summary>
internal sealed record FormerNameDocument(string Name, string From, string To);
