using Qualify.Testing;

namespace Qualify.Cli.Tests.Import;

/// <summary>
/// The mutation suite: every column of every dataset file, and the file-level faults (truncated line, extra column,
/// missing header, unbalanced quote, empty file, header-only file), each applied to <see cref="SmallDataset"/> over a
/// store that already holds it. Each bad import exits non-zero with one line naming the file and the line, and leaves
/// the store file byte for byte as it was.
/// </summary>
public sealed class ImportMutationTests(ImportMutationTests.BaseStore baseStore) : IClassFixture<ImportMutationTests.BaseStore>
{
    // Whole-file mutations use line 0; "-" deletes the line instead of replacing it.
    private const int WholeFile = 0;
    private const string Delete = "-";

    /// <summary>(case, file, line replaced, new text, line the error must name).</summary>
    public static TheoryData<string, string, int, string, int> Mutations => new()
    {
        // results.csv, every column.
        { "date impossible", "results.csv", 2, "1957-02-30,Argentina,Colombia,8,2,Copa América,Lima,Peru,TRUE", 2 },
        { "date malformed", "results.csv", 2, "13/03/1957,Argentina,Colombia,8,2,Copa América,Lima,Peru,TRUE", 2 },
        { "date year 1", "results.csv", 2, "0001-01-01,Argentina,Colombia,8,2,Copa América,Lima,Peru,TRUE", 2 },
        { "date year 9999", "results.csv", 2, "9999-12-31,Argentina,Colombia,8,2,Copa América,Lima,Peru,TRUE", 2 },
        { "played score in the future", "results.csv", 6, "2099-09-02,Canada,Honduras,1,1,FIFA World Cup qualification,Toronto,Canada,FALSE", 6 },
        { "home_team empty", "results.csv", 3, "1963-11-26,,Ethiopia,2,0,African Cup of Nations,Accra,Ghana,FALSE", 3 },
        { "away_team empty", "results.csv", 3, "1963-11-26,Ghana,,2,0,African Cup of Nations,Accra,Ghana,FALSE", 3 },
        { "same teams", "results.csv", 3, "1963-11-26,Ghana,Ghana,2,0,African Cup of Nations,Accra,Ghana,FALSE", 3 },
        { "home_score negative", "results.csv", 4, "1977-10-06,United States,China,-1,1,Friendly,\"Washington, D.C.\",United States,FALSE", 4 },
        { "home_score huge", "results.csv", 4, "1977-10-06,United States,China,1000,1,Friendly,\"Washington, D.C.\",United States,FALSE", 4 },
        { "home_score overflow", "results.csv", 4, "1977-10-06,United States,China,99999999999,1,Friendly,\"Washington, D.C.\",United States,FALSE", 4 },
        { "away_score non-numeric", "results.csv", 4, "1977-10-06,United States,China,1,one,Friendly,\"Washington, D.C.\",United States,FALSE", 4 },
        { "away_score decimal", "results.csv", 4, "1977-10-06,United States,China,1,1.5,Friendly,\"Washington, D.C.\",United States,FALSE", 4 },
        { "one score NA", "results.csv", 4, "1977-10-06,United States,China,NA,1,Friendly,\"Washington, D.C.\",United States,FALSE", 4 },
        { "tournament empty", "results.csv", 5, "2021-06-03,Mexico,Costa Rica,0,0,,Denver,United States,TRUE", 5 },
        { "city empty", "results.csv", 5, "2021-06-03,Mexico,Costa Rica,0,0,CONCACAF Nations League,,United States,TRUE", 5 },
        { "country empty", "results.csv", 5, "2021-06-03,Mexico,Costa Rica,0,0,CONCACAF Nations League,Denver,,TRUE", 5 },
        { "neutral not boolean", "results.csv", 5, "2021-06-03,Mexico,Costa Rica,0,0,CONCACAF Nations League,Denver,United States,yes", 5 },
        { "results truncated line", "results.csv", 5, "2021-06-03,Mexico,Costa Rica,0,0,CONCACAF", 5 },
        { "results extra column", "results.csv", 5, "2021-06-03,Mexico,Costa Rica,0,0,CONCACAF Nations League,Denver,United States,TRUE,extra", 5 },
        { "results unbalanced quote", "results.csv", 4, "1977-10-06,United States,China,1,1,Friendly,\"Washington, D.C.,United States,FALSE", 4 },
        { "results missing header", "results.csv", 1, Delete, 1 },
        { "results header misspelt", "results.csv", 1, "date,home,away_team,home_score,away_score,tournament,city,country,neutral", 1 },
        { "results empty file", "results.csv", WholeFile, "", 1 },
        { "results header only", "results.csv", WholeFile, "date,home_team,away_team,home_score,away_score,tournament,city,country,neutral\n", 1 },

        // goalscorers.csv, every column.
        { "goal date impossible", "goalscorers.csv", 2, "1957-13-13,Argentina,Colombia,Colombia,Delio Gamboa,34,FALSE,TRUE", 2 },
        { "goal date year 9999", "goalscorers.csv", 2, "9999-12-31,Argentina,Colombia,Colombia,Delio Gamboa,34,FALSE,TRUE", 2 },
        { "goal home_team empty", "goalscorers.csv", 2, "1957-03-13,,Colombia,Colombia,Delio Gamboa,34,FALSE,TRUE", 2 },
        { "goal away_team empty", "goalscorers.csv", 2, "1957-03-13,Argentina,,Colombia,Delio Gamboa,34,FALSE,TRUE", 2 },
        { "goal team not playing", "goalscorers.csv", 2, "1957-03-13,Argentina,Colombia,Brazil,Delio Gamboa,34,FALSE,TRUE", 2 },
        { "goal scorer empty", "goalscorers.csv", 2, "1957-03-13,Argentina,Colombia,Colombia,,34,FALSE,TRUE", 2 },
        { "goal minute 9999", "goalscorers.csv", 2, "1957-03-13,Argentina,Colombia,Colombia,Delio Gamboa,9999,FALSE,TRUE", 2 },
        { "goal minute negative", "goalscorers.csv", 2, "1957-03-13,Argentina,Colombia,Colombia,Delio Gamboa,-5,FALSE,TRUE", 2 },
        { "goal minute non-numeric", "goalscorers.csv", 2, "1957-03-13,Argentina,Colombia,Colombia,Delio Gamboa,34',FALSE,TRUE", 2 },
        { "goal own_goal not boolean", "goalscorers.csv", 2, "1957-03-13,Argentina,Colombia,Colombia,Delio Gamboa,34,no,TRUE", 2 },
        { "goal penalty not boolean", "goalscorers.csv", 2, "1957-03-13,Argentina,Colombia,Colombia,Delio Gamboa,34,FALSE,1", 2 },
        { "more goals than the score", "goalscorers.csv", 4, "1963-11-26,Ghana,Ethiopia,Ethiopia,Edward Acquah,NA,FALSE,FALSE", 4 },
        { "goals truncated line", "goalscorers.csv", 3, "1963-11-26,Ghana,Ethiopia,Ghana", 3 },
        { "goals extra column", "goalscorers.csv", 3, "1963-11-26,Ghana,Ethiopia,Ghana,Edward Acquah,NA,FALSE,FALSE,FALSE", 3 },
        { "goals unbalanced quote", "goalscorers.csv", 6, "2021-09-02,Canada,Honduras,Canada,\"Cyle Larin,66,FALSE,TRUE", 6 },
        { "goals missing header", "goalscorers.csv", 1, Delete, 1 },
        { "goals empty file", "goalscorers.csv", WholeFile, "", 1 },
        { "goals header only", "goalscorers.csv", WholeFile, "date,home_team,away_team,team,scorer,minute,own_goal,penalty\n", 1 },

        // shootouts.csv, every column.
        { "shootout date malformed", "shootouts.csv", 2, "2021-6-3,Mexico,Costa Rica,Mexico,Mexico", 2 },
        { "shootout date year 1", "shootouts.csv", 2, "0001-01-01,Mexico,Costa Rica,Mexico,Mexico", 2 },
        { "shootout home_team empty", "shootouts.csv", 2, "2021-06-03,,Costa Rica,Mexico,Mexico", 2 },
        { "shootout away_team empty", "shootouts.csv", 2, "2021-06-03,Mexico,,Mexico,Mexico", 2 },
        { "shootout winner not playing", "shootouts.csv", 2, "2021-06-03,Mexico,Costa Rica,Brazil,Mexico", 2 },
        { "shootout winner empty", "shootouts.csv", 2, "2021-06-03,Mexico,Costa Rica,,Mexico", 2 },
        { "shootout first_shooter not playing", "shootouts.csv", 2, "2021-06-03,Mexico,Costa Rica,Mexico,Brazil", 2 },
        { "shootouts truncated line", "shootouts.csv", 2, "2021-06-03,Mexico", 2 },
        { "shootouts extra column", "shootouts.csv", 2, "2021-06-03,Mexico,Costa Rica,Mexico,Mexico,5-4", 2 },
        { "shootouts missing header", "shootouts.csv", 1, Delete, 1 },
        { "shootouts empty file", "shootouts.csv", WholeFile, "", 1 },
        { "shootouts header only", "shootouts.csv", WholeFile, "date,home_team,away_team,winner,first_shooter\n", 1 },

        // former_names.csv, every column.
        { "former current empty", "former_names.csv", 2, ",Gold Coast,1950-05-28,1957-03-06", 2 },
        { "former current unknown team", "former_names.csv", 2, "Atlantis,Gold Coast,1950-05-28,1957-03-06", 2 },
        { "former name empty", "former_names.csv", 2, "Ghana,,1950-05-28,1957-03-06", 2 },
        { "former name equal to current", "former_names.csv", 2, "Ghana,Ghana,1950-05-28,1957-03-06", 2 },
        { "former start_date impossible", "former_names.csv", 2, "Ghana,Gold Coast,1950-02-30,1957-03-06", 2 },
        { "former end_date year 9999", "former_names.csv", 2, "Ghana,Gold Coast,1950-05-28,9999-12-31", 2 },
        { "former start after end", "former_names.csv", 2, "Ghana,Gold Coast,1957-03-06,1950-05-28", 2 },
        { "former truncated line", "former_names.csv", 2, "Ghana,Gold Coast", 2 },
        { "former extra column", "former_names.csv", 2, "Ghana,Gold Coast,1950-05-28,1957-03-06,x", 2 },
        { "former missing header", "former_names.csv", 1, Delete, 1 },
        { "former empty file", "former_names.csv", WholeFile, "", 1 },
        { "former header only", "former_names.csv", WholeFile, "current,former,start_date,end_date\n", 1 },
    };

    [Fact]
    public void Mutations_CoverEveryColumnOfEveryFile_AtLeastFortyCases()
    {
        // The acceptance bar of the mutation suite: at least 40 bad inputs, touching every file.
        var files = Mutations.Select(row => (string)row[1]).Distinct().Count();
        Assert.True(Mutations.Count() >= 40 && files == 4, $"{Mutations.Count()} cases over {files} files");
    }

    [Theory]
    [MemberData(nameof(Mutations))]
    public void Import_Mutation_FailsWithOneLineNamingFileAndLineAndKeepsStoreBytes(string name, string file, int line, string text, int errorLine)
    {
        using var folder = TestPaths.CreateTemporaryFolder();
        var store = baseStore.CopyTo(folder.File("history.db"));
        var before = File.ReadAllBytes(store);
        var dataset = SmallDataset.WriteTo(Directory.CreateDirectory(folder.File("data")).FullName, file, Mutate(file, line, text));

        var result = CliRunner.Run(new Dictionary<string, string> { ["QUALIFY_DB"] = store }, "import", dataset);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        Assert.True(result.ExitCode != 0, $"{name}: exit 0");
        var lines = result.Error.TrimEnd('\n').Split('\n');
        Assert.True(lines.Length == 1, $"{name}: {result.Error}");
        Assert.StartsWith(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"error: {file}:{errorLine}: "), lines[0], StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(store));
    }

    private static string Mutate(string file, int line, string text)
    {
        if (line == WholeFile)
        {
            return text;
        }

        var lines = SmallDataset.Files[file].ToList();
        if (text == Delete)
        {
            lines.RemoveAt(line - 1);
        }
        else
        {
            lines[line - 1] = text;
        }

        return string.Join("\n", lines) + "\n";
    }

    /// <summary>A store holding <see cref="SmallDataset"/>, imported once through the CLI, copied for each case.</summary>
    public sealed class BaseStore : IDisposable
    {
        private readonly TemporaryFolder _folder = TestPaths.CreateTemporaryFolder();
        private readonly string _path;

        public BaseStore()
        {
            _path = _folder.File("history.db");
            var data = SmallDataset.WriteTo(Directory.CreateDirectory(_folder.File("data")).FullName);
            var result = CliRunner.Run(new Dictionary<string, string> { ["QUALIFY_DB"] = _path }, "import", data);
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (result.ExitCode != 0)
            {
                throw new InvalidOperationException("the small dataset does not import: " + result.Error);
            }
        }

        public string CopyTo(string path)
        {
            File.Copy(_path, path);
            return path;
        }

        public void Dispose() => _folder.Dispose();
    }
}
