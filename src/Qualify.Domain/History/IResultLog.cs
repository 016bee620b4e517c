using Qualify.Domain.Matches;

namespace Qualify.Domain.History;

/// <summary>
/// A result or a fixture of a competition written through the API (docs/web.md, "Writes"): it replaces the match of
/// the same date and teams wherever the competition's matches are read, or adds one when no such match is known.
/// </summary>
/// <param name="Competition">The competition's id, as the catalogue names it.</param>
/// <param name="Date">The match's date.</param>
/// <param name="Home">The home team's canonical name.</param>
/// <param name="Away">The away team's canonical name.</param>
/// <param name="Score">The score, or <see langword="null"/> for a fixture not yet played.</param>
public sealed record WrittenMatch(string Competition, DateOnly Date, string Home, string Away, Score? Score);

/// <summary>The audit record of one write: when, what was asked, and by which key (an identifier, never the key).</summary>
/// <param name="AtUtc">When the write was made, in UTC.</param>
/// <param name="Request">The request as received (method, path and body).</param>
/// <param name="KeyId">The identifier of the API key that authorised the write (a hash prefix).</param>
public sealed record WriteAudit(DateTime AtUtc, string Request, string KeyId);

/// <summary>
/// The port through which the application reads and writes the results written through the API. Implemented by the
/// history store (Qualify.Storage), in tables of their own beside the imported data, so that a re-import keeps them.
/// Every read goes to the store: a write made by another process sharing the store is seen at once.
/// </summary>
public interface IResultLog
{
    /// <summary>The written matches of <paramref name="competition"/>, by date; none when the store or its table does not exist.</summary>
    IReadOnlyList<WrittenMatch> Load(string competition);

    /// <summary>Stores <paramref name="match"/> (replacing a written match of the same date and teams) and its audit row, in one transaction.</summary>
    void Write(WrittenMatch match, WriteAudit audit);

    /// <summary>
    /// Removes the written match of <paramref name="competition"/> on <paramref name="date"/> between
    /// <paramref name="home"/> and <paramref name="away"/>, and stores the audit row, in one transaction; the known
    /// match (the definition's or the imported one) counts again.
    /// </summary>
    /// <returns>Whether such a written match existed (nothing is written, not even the audit row, when none did).</returns>
    bool Remove(string competition, DateOnly date, string home, string away, WriteAudit audit);

    /// <summary>Every audit row, oldest first; none when the store or its table does not exist.</summary>
    IReadOnlyList<WriteAudit> LoadAudit();
}
