using Qualify.Domain.Matches;
using Qualify.Domain.Teams;

namespace Qualify.Domain.History;

/// <summary>
/// The port through which the application reads the history of international matches (the international results
/// dataset once imported). Implemented by the history store (Qualify.Storage); every member is answered by the
/// implementation, none by a default.
/// </summary>
public interface IHistorySource
{
    /// <summary>Where the store is (a file path or a server), for messages.</summary>
    string Location { get; }

    /// <summary>Whether the store exists and holds matches.</summary>
    bool HasMatches { get; }

    /// <summary>
    /// Identifies the store's imported contents: it changes whenever an import replaces them, and two reads under the
    /// same version see the same matches, so that what is derived from them (a rating run, a fitted goal model) can be
    /// reused while it stays the same. Empty when the store holds no match. Written results (<see cref="IResultLog"/>)
    /// are not part of it: they are read on every request.
    /// </summary>
    string Version { get; }

    /// <summary>The played matches selected by <paramref name="query"/>, by date.</summary>
    /// <exception cref="EmptyHistoryException">The store holds no match.</exception>
    IReadOnlyList<Match> LoadMatches(MatchQuery query);

    /// <summary>The scheduled (unplayed) matches selected by <paramref name="query"/>, by date.</summary>
    /// <exception cref="EmptyHistoryException">The store holds no match.</exception>
    IReadOnlyList<Match> LoadFixtures(MatchQuery query);

    /// <summary>Every team name in the store, in ordinal order.</summary>
    /// <exception cref="EmptyHistoryException">The store holds no match.</exception>
    IReadOnlyList<string> LoadTeams();

    /// <summary>Every former name in the store.</summary>
    /// <exception cref="EmptyHistoryException">The store holds no match.</exception>
    IReadOnlyList<FormerName> LoadFormerNames();

    /// <summary>
    /// The matches of <paramref name="scope"/> and, when asked, their goals: what the history reports read. The same
    /// selection as <see cref="HistoryScope.Includes"/> applied to every match and goal, in the order of
    /// <see cref="HistoryExtract"/>.
    /// </summary>
    /// <exception cref="EmptyHistoryException">The store holds no match.</exception>
    HistoryExtract LoadHistory(HistoryScope scope);

    /// <summary>
    /// The records of <paramref name="team"/> (exact dataset name; <see langword="null"/> for every team) from the
    /// matches strictly before <paramref name="before"/>, <paramref name="count"/> entries a list: the same report as
    /// <see cref="RecordsReport.Build"/> over <see cref="LoadHistory"/>'s matches and goals.
    /// </summary>
    /// <exception cref="EmptyHistoryException">The store holds no match.</exception>
    RecordsReport LoadRecords(string? team, DateOnly? before, int count);

    /// <summary>
    /// The distinct years, in order, in which <paramref name="tournament"/> (exact name, case ignored) has matches
    /// strictly before <paramref name="before"/> (all when <see langword="null"/>).
    /// </summary>
    /// <exception cref="EmptyHistoryException">The store holds no match.</exception>
    IReadOnlyList<int> LoadTournamentYears(string tournament, DateOnly? before);
}

/// <summary>
/// Which matches a history report reads: every match, one team's, or two teams' meetings, in a date window.
/// </summary>
public sealed record HistoryScope
{
    /// <summary>Every match, without goals.</summary>
    public static HistoryScope All { get; } = new();

    /// <summary>A dataset team name (exact) that must be the home or the away team; <see langword="null"/> for every team.</summary>
    public string? Team { get; init; }

    /// <summary>With <see cref="Team"/>: the other team of the match (meetings of the two only); <see langword="null"/> for any.</summary>
    public string? Opponent { get; init; }

    /// <summary>The first date included; <see langword="null"/> for no lower bound.</summary>
    public DateOnly? Since { get; init; }

    /// <summary>The first date excluded (matches strictly before it); <see langword="null"/> for no upper bound.</summary>
    public DateOnly? Before { get; init; }

    /// <summary>Whether to load the goals (<c>goalscorers.csv</c>) of the selected matches too.</summary>
    public bool WithGoals { get; init; }

    /// <summary>Whether the match of <paramref name="date"/> between <paramref name="home"/> and <paramref name="away"/> is in the scope.</summary>
    public bool Includes(DateOnly date, string home, string away) =>
        (Team is null || home == Team || away == Team)
        && (Opponent is null || home == Opponent || away == Opponent)
        && (Since is null || date >= Since) && (Before is null || date < Before);
}

/// <summary>The matches of a <see cref="HistoryScope"/> and, when asked, their goals.</summary>
/// <param name="Matches">The matches, by date, then home team, then away team (ordinal).</param>
/// <param name="Goals">Their goals in the same order and, within a match, as listed in <c>goalscorers.csv</c>; empty unless asked.</param>
public sealed record HistoryExtract(IReadOnlyList<Match> Matches, IReadOnlyList<Goal> Goals);

/// <summary>
/// The history store holds no match (nothing imported yet) and a command needs it. The message is one line naming the
/// store and what to do: <c>the history store at /home/ana/history.db is empty: run 'qualify import &lt;folder&gt;' first</c>.
/// </summary>
public sealed class EmptyHistoryException : Exception
{
    /// <summary>Creates the exception for the store at <paramref name="location"/>.</summary>
    /// <param name="location">Where the store is (<see cref="IHistorySource.Location"/>).</param>
    public EmptyHistoryException(string location)
        : base($"the history store at {location} is empty: run 'qualify import <folder>' first") => Location = location;

    /// <summary>Where the store is.</summary>
    public string Location { get; }
}
