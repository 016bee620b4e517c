using Qualify.Domain.History;
using Qualify.Domain.Matches;
using static Qualify.Testing.MatchBuilder;

namespace Qualify.Domain.Tests.History;

/// <summary>
/// World Cup finals appearances and the longest run of consecutive editions, derived from hand-made match records:
/// editions are the years with finals matches in the data, so 1938 and 1950 are consecutive (none held in between).
/// </summary>
public sealed class WorldCupStreakTests
{
    private static readonly int[] Editions = [1930, 1934, 1938, 1950, 1954, 1958, 1962];

    private static Match Finals(int year) => Played($"{year}-06-10", "A", 1, 0, "B", TeamReport.WorldCupTournament);

    private static TeamReport Report(params int[] years) =>
        TeamReport.Build("A", [.. years.Select(Finals), Played("1940-01-01", "A", 2, 0, "C", "Friendly")], [], Editions);

    [Fact]
    public void Build_AppearancesAcrossAGap_LongestStreakIsTheConsecutiveEditions()
    {
        var report = Report(1930, 1934, 1950, 1954, 1958);

        Assert.Equal([1950, 1954, 1958], report.LongestWorldCupStreak.AsEnumerable());
    }

    [Fact]
    public void Build_EditionsWithNoneHeldBetween_CountAsConsecutive()
    {
        var report = Report(1938, 1950);

        Assert.Equal([1938, 1950], report.LongestWorldCupStreak.AsEnumerable());
    }

    [Fact]
    public void Build_TwoStreaksOfEqualLength_ReturnsTheEarliest()
    {
        var report = Report(1930, 1934, 1954, 1958);

        Assert.Equal([1930, 1934], report.LongestWorldCupStreak.AsEnumerable());
    }

    [Fact]
    public void Build_SeveralMatchesInOneEdition_OneAppearance()
    {
        var report = TeamReport.Build("A", [Finals(1954), Played("1954-06-20", "C", 2, 2, "A", TeamReport.WorldCupTournament)], [], Editions);

        Assert.Equal([1954], report.WorldCupAppearances.AsEnumerable());
    }

    [Fact]
    public void Build_NoFinalsMatch_NoAppearanceAndEmptyStreak()
    {
        var report = Report();

        Assert.Equal((0, 0), (report.WorldCupAppearances.Length, report.LongestWorldCupStreak.Length));
    }
}
