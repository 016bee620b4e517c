using System.Globalization;
using Qualify.Domain.History;

namespace Qualify.Storage.Tests;

/// <summary>
/// <see cref="HistoryQueries.LoadRecords"/> (scores and goal keys read lean, scorers counted, only the candidate wins read
/// in full) against <see cref="RecordsReport.Build"/> over every match and goal that <see cref="HistoryQueries.Load"/>
/// reads, on the real dataset: the two must give the same report, list by list.
/// </summary>
[Collection(RealDatasetCollection.Name)]
public sealed class RecordsEquivalenceTests(RealDatasetFixture dataset)
{
    [Theory]
    [InlineData(null, null, 10)]
    [InlineData(null, "2021-11-17", 10)]
    [InlineData(null, "1930-01-01", 25)]
    [InlineData("Canada", null, 10)]
    [InlineData("Brazil", "1970-01-01", 5)]
    [InlineData("Fiji", null, 40)]
    [InlineData("San Marino", null, 3)]
    public void LoadRecords_RealDataset_SameAsBuildOverEveryMatch(string? team, string? before, int count)
    {
        var until = before is null ? (DateOnly?)null : DateOnly.ParseExact(before, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var extract = dataset.Queries.Load(new HistoryScope { Team = team, Before = until, WithGoals = true });
        var expected = RecordsReport.Build(team, extract.Matches, extract.Goals, count);

        var actual = dataset.Queries.LoadRecords(team, until, count);

        Assert.Equal(Describe(expected), Describe(actual));
    }

    private static List<string> Describe(RecordsReport report)
    {
        var lines = new List<string> { $"{report.Team} {report.Matches} {report.Span} {report.Coverage}" };
        lines.AddRange(report.TopScorers.Select(s => s.ToString()));
        lines.AddRange(report.BiggestWins.Select(w => $"{w.Match} {w.Team} {w.Score}"));
        lines.AddRange(report.LongestRuns.OrderBy(r => r.Key).SelectMany(r => r.Value).Select(r => r.ToString()));
        return lines;
    }
}
