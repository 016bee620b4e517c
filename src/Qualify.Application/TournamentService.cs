using Qualify.Domain.Matches;
using Qualify.Domain.History;

namespace Qualify.Application;

/// <summary>One tournament of the history store with its class.</summary>
/// <param name="Name">The tournament's name in <c>results.csv</c>.</param>
/// <param name="Class">Its class: its row of <c>tournament-classes.csv</c>, else <see cref="CompetitionClassifier.DefaultClass"/>.</param>
/// <param name="Mapped">Whether <c>tournament-classes.csv</c> has it (otherwise it takes the default class).</param>
/// <param name="Matches">How many matches the store holds.</param>
/// <param name="First">The date of its first match.</param>
/// <param name="Last">The date of its last match.</param>
public sealed record TournamentEntry(string Name, CompetitionClass Class, bool Mapped, int Matches, DateOnly First, DateOnly Last);

/// <summary>Lists the tournaments of the history store with the class that weighs their matches.</summary>
public sealed class TournamentService(IHistorySource history)
{
    /// <summary>Every tournament of the store (only the unmapped ones if <paramref name="unmappedOnly"/>), by name (ordinal).</summary>
    /// <exception cref="UserInputException">The store is empty.</exception>
    public IReadOnlyList<TournamentEntry> List(bool unmappedOnly)
    {
        ArgumentNullException.ThrowIfNull(history);
        return [.. history.LoadMatches(MatchQuery.All)
            .GroupBy(m => m.Tournament, StringComparer.Ordinal)
            .Select(g => new TournamentEntry(
                g.Key, CompetitionClassifier.Classify(g.Key), CompetitionClassifier.IsMapped(g.Key), g.Count(), g.Min(m => m.Date), g.Max(m => m.Date)))
            .Where(t => !unmappedOnly || !t.Mapped)
            .OrderBy(t => t.Name, StringComparer.Ordinal)];
    }
}
