using Microsoft.Extensions.Time.Testing;
using Qualify.Domain.History;
using Qualify.Storage.Import;

namespace Qualify.Storage.Tests;

/// <summary>
/// Implausible data (issue 11, finding 4) is a <c>file:line: reason</c> error that leaves the store unchanged;
/// scheduled matches (<c>NA</c> scores) and shoot-outs after a decisive score are not errors. "Today" is a stopped
/// clock at 2021-11-17, after every <see cref="SampleDataset"/> row.
/// </summary>
public sealed class HistoryImporterPlausibilityTests : IDisposable
{
    private static readonly DateTimeOffset Today = new(2021, 11, 17, 12, 0, 0, TimeSpan.Zero);

    private readonly TestStore _store = new();
    private readonly HistoryImporter _importer;

    public HistoryImporterPlausibilityTests() => _importer = new HistoryImporter(_store.Factory, new FakeTimeProvider(Today));

    public void Dispose() => _store.Dispose();

    public static TheoryData<string, int, string, string> ImplausibleLines => new()
    {
        { "results.csv", 4, "1977-10-06,United States,China,1000,1,Friendly,\"Washington, D.C.\",United States,FALSE", "home_score 1000 is implausible (more than 50)" },
        { "results.csv", 2, "0001-01-01,Argentina,Colombia,8,2,Copa América,Lima,Peru,TRUE", "date 0001-01-01 is before the first international match (1872-11-30)" },
        { "results.csv", 2, "9999-12-31,Argentina,Colombia,8,2,Copa América,Lima,Peru,TRUE", "date 9999-12-31 is in the future (after 2031-11-17)" },
        { "results.csv", 6, "2021-11-19,Canada,Honduras,1,1,FIFA World Cup qualification,Toronto,Canada,FALSE", "date 2021-11-19 is in the future (after 2021-11-18) but has a score: a scheduled match has NA scores" },
        { "goalscorers.csv", 4, "1963-11-26,Ghana,Ethiopia,Ethiopia,Edward Acquah,NA,FALSE,FALSE", "goal row 1 for Ethiopia in 1963-11-26 Ghana v Ethiopia, but results.csv:3 gives Ethiopia 0 goals" },
        { "goalscorers.csv", 2, "1957-03-13,Argentina,Colombia,Colombia,Delio Gamboa,9999,FALSE,TRUE", "minute 9999 is implausible (more than 150)" },
        { "former_names.csv", 3, "Atlantis,Lemuria,1947-12-05,1957-01-01", "current 'Atlantis' plays no match in results.csv" },
        { "former_names.csv", 3, "Ethiopia,Ethiopia,1947-12-05,1957-01-01", "former 'Ethiopia' is the same as current" },
    };

    [Theory]
    [MemberData(nameof(ImplausibleLines))]
    public void Import_ImplausibleLine_ThrowsFileLineReasonAndKeepsCounts(string file, int line, string text, string reason)
    {
        _importer.Import(SampleDataset.Default.WriteTo(_store.CreateFolder("good")));
        var before = _store.Store.Counts();
        var folder = SampleDataset.Default.WithLine(file, line, text).WriteTo(_store.CreateFolder("bad"));

        var error = Assert.Throws<ImportFormatException>(() => _importer.Import(folder));

        Assert.Equal($"{file}:{line}: {reason}", error.Message);
        Assert.Equal(before, _store.Store.Counts());
    }

    [Fact]
    public void Import_ScheduledMatchWithNaScores_StoredAsAnUnplayedFixture()
    {
        // The upstream dataset lists scheduled matches with NA scores.
        var folder = SampleDataset.Default.WithLine("results.csv", 6, "2022-01-27,Canada,Honduras,NA,NA,FIFA World Cup qualification,Toronto,Canada,FALSE")
            .WriteTo(_store.CreateFolder("fixtures"));

        var report = _importer.Import(folder);

        // SampleDataset: 6 results, line 7 a duplicate of line 6; line 6 is now the fixture, so line 7 is stored.
        Assert.Equal((5, 1), (report.MatchesStored, report.FixturesStored));
        var fixture = Assert.Single(_store.Store.LoadFixtures(MatchQuery.All));
        Assert.Equal((new DateOnly(2022, 1, 27), "Canada", "Honduras", false), (fixture.Date, fixture.Home, fixture.Away, fixture.IsPlayed));
    }

    [Fact]
    public void LoadFixtures_OtherTournament_Excluded()
    {
        var folder = SampleDataset.Default.WithLine("results.csv", 6, "2022-01-27,Canada,Honduras,NA,NA,FIFA World Cup qualification,Toronto,Canada,FALSE")
            .WriteTo(_store.CreateFolder("fixtures"));
        _importer.Import(folder);

        Assert.Empty(_store.Store.LoadFixtures(new MatchQuery { Tournament = "Friendly" }));
    }

    [Fact]
    public void Import_ShootoutAfterDecisiveScore_Accepted()
    {
        // A second leg: the real dataset has 37 shoot-outs after a decisive 90-minute score.
        var folder = SampleDataset.Default.WithLine("shootouts.csv", 2, "1963-11-26,Ghana,Ethiopia,Ethiopia,Ghana").WriteTo(_store.CreateFolder("legs"));

        var report = _importer.Import(folder);

        Assert.Equal(1, report.ShootoutsStored);
    }

    [Fact]
    public void Import_FarFutureFixture_Fails()
    {
        // A scheduled match more than ten years after today: 2021-11-17 + 10 years = 2031-11-17.
        var folder = SampleDataset.Default.WithLine("results.csv", 6, "2031-11-18,Canada,Honduras,NA,NA,FIFA World Cup qualification,Toronto,Canada,FALSE")
            .WriteTo(_store.CreateFolder("far"));

        var error = Assert.Throws<ImportFormatException>(() => _importer.Import(folder));

        Assert.Equal(("results.csv", 6), (error.File, error.Line));
    }
}
