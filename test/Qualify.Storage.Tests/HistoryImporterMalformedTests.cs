using Qualify.Domain.History;
using Qualify.Testing;

namespace Qualify.Storage.Tests;

/// <summary>
/// A malformed line aborts the import with <c>file:line: reason</c> and leaves the store as it was. Each case
/// replaces one line of <see cref="SampleDataset.Default"/>; the line numbers are those of the replaced lines.
/// </summary>
public sealed class HistoryImporterMalformedTests : IDisposable
{
    private readonly TestStore _store = new();

    public void Dispose() => _store.Dispose();

    public static TheoryData<string, int, string, string> MalformedLines => new()
    {
        { "results.csv", 3, "1963-13-26,Ghana,Ethiopia,2,0,African Cup of Nations,Accra,Ghana,FALSE", "date '1963-13-26' is not a valid date (yyyy-MM-dd)" },
        { "results.csv", 3, "2021-02-29,Ghana,Ethiopia,2,0,African Cup of Nations,Accra,Ghana,FALSE", "date '2021-02-29' is not a valid date (yyyy-MM-dd)" },
        { "results.csv", 3, "26/11/1963,Ghana,Ethiopia,2,0,African Cup of Nations,Accra,Ghana,FALSE", "date '26/11/1963' is not a valid date (yyyy-MM-dd)" },
        { "results.csv", 4, "1977-10-06,United States,China,-1,1,Friendly,\"Washington, D.C.\",United States,FALSE", "home_score '-1' is negative" },
        { "results.csv", 4, "1977-10-06,United States,China,1,1.5,Friendly,\"Washington, D.C.\",United States,FALSE", "away_score '1.5' is not a non-negative integer or NA" },
        { "results.csv", 5, "2021-06-03,Mexico,Costa Rica,0,0,CONCACAF Nations League,Denver,United States,yes", "neutral 'yes' is not TRUE or FALSE" },
        { "results.csv", 5, "2021-06-03,Mexico,Costa Rica,0,0,CONCACAF Nations League,Denver,United States", "expected 9 columns, found 8" },
        { "results.csv", 5, "2021-06-03,Mexico,Costa Rica,0,0,CONCACAF Nations League,Denver,United States,TRUE,", "expected 9 columns, found 10" },
        { "results.csv", 2, "1957-03-13,,Colombia,8,2,Copa América,Lima,Peru,TRUE", "home_team is empty" },
        { "results.csv", 2, "1957-03-13,Argentina,Argentina,8,2,Copa América,Lima,Peru,TRUE", "home_team and away_team are the same team 'Argentina'" },
        { "results.csv", 1, "date,home_team,away_team,home_score,away_score,tournament,city,country", "missing column 'neutral' in the header" },
        { "results.csv", 4, "1977-10-06,United States,China,1,1,Friendly,\"Washington, D.C.,United States,FALSE", "expected 9 columns, found 7" },
        { "results.csv", 4, "1977-10-06,United States,China,1,1,Friendly,Washington\uFFFD,United States,FALSE", "city 'Washington\uFFFD' contains a line break, a control character or bytes that are not UTF-8" },
        { "results.csv", 4, "1977-10-06,United States,China,1,1,Friendly,Washington ,United States,FALSE", "city 'Washington ' has leading or trailing spaces" },
        { "goalscorers.csv", 5, "2021-09-02,Canada,Honduras,Honduras,Alexander López,40',FALSE,TRUE", "minute '40'' is not a non-negative integer or NA" },
        { "goalscorers.csv", 5, "2021-09-02,Canada,Honduras,Mexico,Alexander López,40,FALSE,TRUE", "team 'Mexico' is neither home_team 'Canada' nor away_team 'Honduras'" },
        { "goalscorers.csv", 6, "2021-09-02,Canada,Honduras,Canada,Cyle Larin,66,FALSE,true", "penalty 'true' is not TRUE or FALSE" },
        { "shootouts.csv", 2, "2021-06-03,Mexico,Costa Rica,Brazil,Mexico", "winner 'Brazil' is neither home_team 'Mexico' nor away_team 'Costa Rica'" },
        { "former_names.csv", 3, "Ethiopia,Abyssinia,1957-01-01,1947-12-05", "start_date 1957-01-01 is after end_date 1947-12-05" },
    };

    [Theory]
    [MemberData(nameof(MalformedLines))]
    public void Import_MalformedLine_ThrowsWithFileLineAndReason(string file, int line, string text, string reason)
    {
        var folder = SampleDataset.Default.WithLine(file, line, text).WriteTo(_store.CreateFolder("bad"));

        var error = Assert.Throws<ImportFormatException>(() => _store.Importer.Import(folder));

        Assert.Equal((file, line, reason), (error.File, error.Line, error.Reason));
        Assert.Equal($"{file}:{line}: {reason}", error.Message);
    }

    [Theory]
    [MemberData(nameof(MalformedLines))]
    public void Import_MalformedLineAfterGoodImport_LeavesCountsUnchanged(string file, int line, string text, string reason)
    {
        _store.Import(SampleDataset.Default, "good");
        var before = _store.Store.Counts();
        var folder = SampleDataset.Default.WithLine(file, line, text).WriteTo(_store.CreateFolder("bad"));

        var error = Assert.Throws<ImportFormatException>(() => _store.Importer.Import(folder));

        Assert.Equal(reason, error.Reason);
        Assert.Equal(before, _store.Store.Counts());
    }

    [Fact]
    public void Import_HeaderNamesColumnTwice_FailsOnLineOne()
    {
        var header = "date,home_team,away_team,home_score,away_score,tournament,city,country,neutral,date";
        var folder = SampleDataset.Default.WithLine("results.csv", 1, header).WriteTo(_store.CreateFolder("bad"));

        var error = Assert.Throws<ImportFormatException>(() => _store.Importer.Import(folder));

        Assert.Equal(("results.csv", 1), (error.File, error.Line));
    }

    [Fact]
    public void Import_TruncatedRealResults_NamesResultsCsvAndCutLine()
    {
        _store.Import(SampleDataset.Default, "good");
        var before = _store.Store.Counts();
        var folder = SampleDataset.Default.WriteTo(_store.CreateFolder("truncated"));
        var firstBytes = File.ReadAllBytes(Path.Combine(TestPaths.DatasetFolder, "results.csv")).AsSpan(0, 10_000).ToArray();
        File.WriteAllBytes(Path.Combine(folder, "results.csv"), firstBytes);

        var error = Assert.Throws<ImportFormatException>(() => _store.Importer.Import(folder));

        // `head -c 10000 results.csv | wc -l` = 127 line breaks, so the cut is in line 128, which reads
        // "1899-04-08,England,Scotland,2,1,British Home Championshi": 6 of 9 columns.
        Assert.Equal("results.csv:128: expected 9 columns, found 6", error.Message);
        Assert.Equal(before, _store.Store.Counts());
    }
}
