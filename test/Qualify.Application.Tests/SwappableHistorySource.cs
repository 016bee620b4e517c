using Qualify.Domain.History;
using Qualify.Domain.Matches;
using Qualify.Domain.Teams;

namespace Qualify.Application.Tests;

/// <summary>A store whose contents (and so its version) a test replaces, as an import does; counts reads of the teams.</summary>
internal sealed class SwappableHistorySource(IHistorySource current) : IHistorySource
{
    public IHistorySource Current { get; set; } = current;

    public int TeamReads { get; private set; }

    public string Location => Current.Location;

    public bool HasMatches => Current.HasMatches;

    public string Version => Current.Version;

    public IReadOnlyList<Match> LoadMatches(MatchQuery query) => Current.LoadMatches(query);

    public IReadOnlyList<Match> LoadFixtures(MatchQuery query) => Current.LoadFixtures(query);

    public IReadOnlyList<string> LoadTeams()
    {
        TeamReads++;
        return Current.LoadTeams();
    }

    public IReadOnlyList<FormerName> LoadFormerNames() => Current.LoadFormerNames();

    public HistoryExtract LoadHistory(HistoryScope scope) => Current.LoadHistory(scope);

    public RecordsReport LoadRecords(string? team, DateOnly? before, int count) => Current.LoadRecords(team, before, count);

    public IReadOnlyList<int> LoadTournamentYears(string tournament, DateOnly? before) => Current.LoadTournamentYears(tournament, before);
}
