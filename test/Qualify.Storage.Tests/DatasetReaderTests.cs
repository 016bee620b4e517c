using System.Globalization;
using FsCheck.Xunit;
using ImportFormatException = Qualify.Domain.History.ImportFormatException;
using Qualify.Storage.Import;
using Qualify.Testing;

namespace Qualify.Storage.Tests;

/// <summary>Reading a results file cut at every possible point (a truncated download or copy).</summary>
public sealed class DatasetReaderTests : IDisposable
{
    // A fixed "today", after every sample row.
    private static readonly DatasetLimits Limits = new(new DateOnly(2026, 12, 4));

    private readonly TemporaryFolder _folder = TestPaths.CreateTemporaryFolder();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void ReadResults_CutAtEveryOffset_FailsOnTheCutLineUnlessCutAtALineEndAfterAResult()
    {
        var text = SampleDataset.Default.ResultsText;
        var path = _folder.File("results.csv");
        for (var cut = 0; cut <= text.Length; cut++)
        {
            File.WriteAllText(path, text[..cut]);
            var atLineEnd = cut == text.Length || text[cut] == '\n' || (cut > 0 && text[cut - 1] == '\n');
            var cutLine = text[..cut].Count(c => c == '\n') + 1;
            var headerOnly = !text[..cut].TrimEnd('\n').Contains('\n', StringComparison.Ordinal);

            var error = Record.Exception(() => DatasetReader.ReadResults(path, Limits, new StringPool(), CancellationToken.None));

            if (atLineEnd && headerOnly)
            {
                // No result after the header: nothing to import, reported on the header line.
                Assert.True(error is ImportFormatException { Line: 1 }, $"cut at {cut}: {error?.Message}");
            }
            else if (atLineEnd)
            {
                Assert.True(error is null, $"cut at {cut}: {error?.Message}");
            }
            else
            {
                var formatError = Assert.IsType<ImportFormatException>(error);
                Assert.True(formatError.Line == cutLine, $"cut at {cut}: expected line {cutLine}, got '{formatError.Message}'");
            }
        }
    }

    [Property]
    public bool ReadResults_AnyHomeScore_AcceptedExactlyWhenFromZeroToMaxScore(int score)
    {
        var path = WriteResultsRow($"2021-09-02,Canada,Honduras,{score.ToString(CultureInfo.InvariantCulture)},1,Friendly,Toronto,Canada,FALSE");

        var error = Record.Exception(() => DatasetReader.ReadResults(path, Limits, new StringPool(), CancellationToken.None));

        return score >= 0 && score <= DatasetLimits.MaxScore ? error is null : error is ImportFormatException { Line: 2 };
    }

    [Property]
    public bool ReadResults_AnyCalendarDate_ReadBackExactlyWhenFromFirstMatchToToday(DateTime day)
    {
        var date = DateOnly.FromDateTime(day);
        var path = WriteResultsRow($"{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)},Canada,Honduras,1,1,Friendly,Toronto,Canada,FALSE");

        var error = Record.Exception(() => DatasetReader.ReadResults(path, Limits, new StringPool(), CancellationToken.None));

        // A played match from the first international (1872-11-30) to today plus one day (time zones).
        return date >= DatasetLimits.EarliestDate && date <= Limits.LatestPlayed ? error is null : error is ImportFormatException { Line: 2 };
    }

    [Fact]
    public void ReadResults_EmptyFile_FailsOnLineOne()
    {
        var path = _folder.File("results.csv");
        File.WriteAllText(path, "");

        var error = Assert.Throws<ImportFormatException>(() => DatasetReader.ReadResults(path, Limits, new StringPool(), CancellationToken.None));

        Assert.Equal("results.csv:1: the file is empty: expected a header row", error.Message);
    }

    [Fact]
    public void ReadResults_CrLfLineEndings_ReadLikeLf()
    {
        var path = _folder.File("results.csv");
        File.WriteAllText(path, SampleDataset.Default.ResultsText.ReplaceLineEndings("\r\n"));

        var rows = DatasetReader.ReadResults(path, Limits, new StringPool(), CancellationToken.None);

        // SampleDataset: 6 result rows; the last one starts on line 7.
        Assert.Equal((6, 7), (rows.Count, rows[^1].Line));
    }

    private string WriteResultsRow(string row)
    {
        var path = _folder.File("results.csv");
        File.WriteAllText(path, SampleDataset.Default.Results[0] + "\n" + row + "\n");
        return path;
    }
}
