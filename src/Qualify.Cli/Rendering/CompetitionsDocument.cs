namespace Qualify.Cli.Rendering;

/// <summary>
/// The JSON document of <c>qualify competitions --format json</c>: the usable competitions, then the definition files
/// that cannot be used.
/// </summary>
internal sealed record CompetitionsDocument(IReadOnlyList<CompetitionEntry> Competitions, IReadOnlyList<InvalidEntry> Invalid);

/// <summary>A definition file that cannot be used: the id it claims (or its file name), its path, where and what is wrong.</summary>
internal sealed record InvalidEntry(string Id, string File, string Location, string Reason);

/// <summary>A usable competition: its id, name, source of matches (history or inline), size, window, points and tie-breakers.</summary>
internal sealed record CompetitionEntry(
    string Id, string Name, string? Confederation, string Source, int Groups, int Teams, string? From, string? To, string Points, string TieBreakers);
