using Qualify.Domain.Matches;
using Qualify.Testing;

namespace Qualify.Domain.Tests.Matches;

/// <summary>The one test reader of results.csv (<see cref="DatasetResults"/>): it reads every row and fails loudly, naming file:line.</summary>
public sealed class DatasetResultsTests : IDisposable
{
    private const string Good = "1977-10-06,United States,China,1,1,Friendly,\"Washington, D.C.\",United States,FALSE";

    private readonly TemporaryFolder _folder = TestPaths.CreateTemporaryFolder();

    public void Dispose() => _folder.Dispose();

    private string Write(params string[] lines)
    {
        var path = _folder.File("results.csv");
        File.WriteAllLines(path, [DatasetResults.Header, .. lines]);
        return path;
    }

    [Fact]
    public void All_SharedDataset_ReadsEveryRowInFileOrder()
    {
        // `wc -l results.csv` gives 49,521 lines: the header and 49,520 rows; line 2 is the first international,
        // "1872-11-30,Scotland,England,0,0,Friendly,Glasgow,Scotland,FALSE".
        Assert.Equal(49_520, DatasetResults.All.Count);
        var first = DatasetResults.All[0];
        Assert.Equal((new DateOnly(1872, 11, 30), "Scotland", "England", new Score(0, 0), "Glasgow"), (first.Date, first.Home, first.Away, first.Score, first.City));
    }

    [Fact]
    public void Read_QuotedCityAndNaScores_KeepsTheCommaAndMakesAFixture()
    {
        var path = Write(Good, "2099-01-01,Canada,Mexico,NA,NA,Friendly,Toronto,Canada,FALSE");

        var matches = DatasetResults.Read(path);

        Assert.Equal("Washington, D.C.", matches[0].City);
        Assert.Equal(new Score(1, 1), matches[0].Score);
        Assert.Null(matches[1].Score);
    }

    [Theory]
    [InlineData("1977-10-06,United States,China,one,1,Friendly,Washington,United States,FALSE", "score 'one-1' is neither two whole numbers nor NA-NA")]
    [InlineData("1977-10-06,United States,China,NA,1,Friendly,Washington,United States,FALSE", "score 'NA-1' is neither two whole numbers nor NA-NA")]
    [InlineData("1977-10-06,United States,China,1,1,Friendly,Washington,United States", "expected 9 fields, found 8")]
    [InlineData("1977-02-30,United States,China,1,1,Friendly,Washington,United States,FALSE", "date '1977-02-30' is not a yyyy-MM-dd date")]
    [InlineData("1977-10-06,United States,China,1,1,Friendly,Washington,United States,yes", "neutral is 'yes', expected TRUE or FALSE")]
    [InlineData("1977-10-06,,China,1,1,Friendly,Washington,United States,FALSE", "home_team, away_team and tournament must not be empty")]
    [InlineData("1977-10-06,United States,China,1,1,Friendly,\"Washington,United States,FALSE", "unterminated quoted field")]
    public void Read_BadThirdLine_ThrowsNamingFileAndLine(string bad, string reason)
    {
        // The header is line 1, the good row line 2, the bad row line 3.
        var path = Write(Good, bad);

        var error = Assert.Throws<InvalidDataException>(() => DatasetResults.Read(path));

        Assert.Equal($"{path}:3: {reason}", error.Message);
    }

    [Fact]
    public void Read_BlankLineBetweenRows_ThrowsNamingTheBlankLine()
    {
        var path = Write(Good, string.Empty, Good);

        var error = Assert.Throws<InvalidDataException>(() => DatasetResults.Read(path));

        Assert.Equal($"{path}:3: blank line before the end of the file", error.Message);
    }

    [Fact]
    public void Read_WrongHeader_ThrowsNamingLineOne()
    {
        var path = _folder.File("results.csv");
        File.WriteAllLines(path, ["date,home,away", Good]);

        var error = Assert.Throws<InvalidDataException>(() => DatasetResults.Read(path));

        Assert.StartsWith($"{path}:1: unexpected header 'date,home,away'", error.Message, StringComparison.Ordinal);
    }
}
