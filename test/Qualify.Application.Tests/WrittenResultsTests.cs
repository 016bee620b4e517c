using Qualify.Domain.History;
using Qualify.Domain.Matches;
using Qualify.Testing;

namespace Qualify.Application.Tests;

/// <summary>
/// Results written through the API (<see cref="IResultLog"/>) laid over a competition's matches by
/// <see cref="TableService.MatchesOf"/>, here for a history-sourced definition (<c>concacaf-2022-history</c>, window
/// 2 Sep 2021 to 30 Mar 2022). The store holds the first matchday of the Octagon, 2 Sep 2021
/// (competitions/concacaf-2022.json lines 37-40): Canada 1-1 Honduras, El Salvador 0-0 United States, Panama 0-0
/// Costa Rica, Mexico 2-1 Jamaica.
/// </summary>
public sealed class WrittenResultsTests
{
    private static readonly InMemoryHistorySource FirstMatchday = new([
        MatchBuilder.Played("2021-09-02", "Canada", 1, 1, "Honduras"),
        MatchBuilder.Played("2021-09-02", "El Salvador", 0, 0, "United States"),
        MatchBuilder.Played("2021-09-02", "Panama", 0, 0, "Costa Rica"),
        MatchBuilder.Played("2021-09-02", "Mexico", 2, 1, "Jamaica"),

        // The play-off opponent must be a team of the store: Costa Rica 1-0 New Zealand, 14 Jun 2022 (results.csv line
        // 45,412), after the window, so not a match of the group.
        MatchBuilder.Played("2022-06-14", "Costa Rica", 1, 0, "New Zealand"),
    ]);

    [Fact]
    public void Build_WrittenResultNotInTheStore_CountsAsAMatchOfTheGroup()
    {
        // 8 Sep 2021 Canada 3-0 El Salvador (competitions/concacaf-2022.json line 47), written: Canada 1 + 3 = 4 points.
        var service = Service(new WrittenMatch("concacaf-2022-history", new DateOnly(2021, 9, 8), "Canada", "El Salvador", new Score(3, 0)));

        var rows = Rows(service);

        Assert.Equal((2, 4), (rows["Canada"].Played, rows["Canada"].Points));
    }

    [Fact]
    public void Build_WrittenResultOfAStoredMatch_ReplacesItsScore()
    {
        // A correction of Canada 1-1 Honduras to 2-1 (hypothetical): Canada 3 points instead of 1, Honduras 0, one match each.
        var service = Service(new WrittenMatch("concacaf-2022-history", new DateOnly(2021, 9, 2), "Canada", "Honduras", new Score(2, 1)));

        var rows = Rows(service);

        Assert.Equal((1, 3, 1, 0), (rows["Canada"].Played, rows["Canada"].Points, rows["Honduras"].Played, rows["Honduras"].Points));
    }

    [Fact]
    public void Build_WrittenResultOutsideTheStageWindow_Ignored()
    {
        // 1 Apr 2022 is after the window's end (30 Mar 2022): the write service refuses it, and the overlay skips it too.
        var service = Service(new WrittenMatch("concacaf-2022-history", new DateOnly(2022, 4, 1), "Canada", "El Salvador", new Score(3, 0)));

        Assert.Equal((1, 1), (Rows(service)["Canada"].Played, Rows(service)["Canada"].Points));
    }

    private static TableService Service(params WrittenMatch[] written) =>
        new(CompetitionCatalog.FromFolders([TestPaths.CompetitionsFolder]), FirstMatchday, new FixedResultLog(written));

    private static Dictionary<string, Domain.Standings.StandingsRow> Rows(TableService service) =>
        Assert.Single(Assert.Single(service.Build(new TableRequest("concacaf-2022-history", null)).Stages).Groups).Rows
            .ToDictionary(r => r.Team, StringComparer.Ordinal);

    /// <summary>A result log holding fixed written matches.</summary>
    private sealed class FixedResultLog(IReadOnlyList<WrittenMatch> written) : IResultLog
    {
        public IReadOnlyList<WrittenMatch> Load(string competition) => [.. written.Where(w => w.Competition == competition)];

        public void Write(WrittenMatch match, WriteAudit audit) => throw new NotSupportedException();

        public bool Remove(string competition, DateOnly date, string home, string away, WriteAudit audit) => throw new NotSupportedException();

        public IReadOnlyList<WriteAudit> LoadAudit() => [];
    }
}
