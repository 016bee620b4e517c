using System.Text;
using Qualify.Domain.History;

namespace Qualify.Storage.Tests;

/// <summary>
/// A handful of hand-written rows in the dataset's four files, mostly copied from the real dataset, with one
/// duplicate result, one orphan goal and one orphan shootout. Lines are 1-based, the header is line 1.
/// </summary>
internal sealed record SampleDataset(string[] Results, string[] Goals, string[] Shootouts, string[] FormerNames)
{
    public static SampleDataset Default { get; } = new(
        Results:
        [
            "date,home_team,away_team,home_score,away_score,tournament,city,country,neutral",
            "1957-03-13,Argentina,Colombia,8,2,Copa América,Lima,Peru,TRUE",
            "1963-11-26,Ghana,Ethiopia,2,0,African Cup of Nations,Accra,Ghana,FALSE",
            "1977-10-06,United States,China,1,1,Friendly,\"Washington, D.C.\",United States,FALSE",
            "2021-06-03,Mexico,Costa Rica,0,0,CONCACAF Nations League,Denver,United States,TRUE",
            "2021-09-02,Canada,Honduras,1,1,FIFA World Cup qualification,Toronto,Canada,FALSE",
            "2021-09-02,Canada,Honduras,2,2,FIFA World Cup qualification,Toronto,Canada,FALSE", // line 7: duplicate key
        ],
        Goals:
        [
            "date,home_team,away_team,team,scorer,minute,own_goal,penalty",
            "1957-03-13,Argentina,Colombia,Colombia,\"Delio \"\"Maravilla\"\" Gamboa\",34,FALSE,TRUE",
            "1963-11-26,Ghana,Ethiopia,Ghana,Edward Acquah,NA,FALSE,FALSE",
            "1963-11-26,Ghana,Ethiopia,Ghana,Edward Acquah,NA,FALSE,FALSE",
            "2021-09-02,Canada,Honduras,Honduras,Alexander López,40,FALSE,TRUE",
            "2021-09-02,Canada,Honduras,Canada,Cyle Larin,66,FALSE,TRUE",
            "2021-09-05,United States,Canada,Canada,Cyle Larin,55,FALSE,FALSE", // line 7: no such result
        ],
        Shootouts:
        [
            "date,home_team,away_team,winner,first_shooter",
            "2021-06-03,Mexico,Costa Rica,Mexico,Mexico",
            "2011-06-29,Saare County,Åland Islands,Åland Islands,", // line 3: no such result (as in the real file)
        ],
        FormerNames:
        [
            "current,former,start_date,end_date",
            "Ghana,Gold Coast,1950-05-28,1957-03-06",
            "Ethiopia,Abyssinia,1947-12-05,1957-01-01", // invented: a former name of a team of results.csv (a former name of a team with no match is an error)
        ]);

    /// <summary>A copy with line <paramref name="line"/> (1-based, header = 1) of <paramref name="file"/> replaced.</summary>
    public SampleDataset WithLine(string file, int line, string text)
    {
        string[] Replace(string[] lines)
        {
            var copy = (string[])lines.Clone();
            copy[line - 1] = text;
            return copy;
        }

        return file switch
        {
            "results.csv" => this with { Results = Replace(Results) },
            "goalscorers.csv" => this with { Goals = Replace(Goals) },
            "shootouts.csv" => this with { Shootouts = Replace(Shootouts) },
            "former_names.csv" => this with { FormerNames = Replace(FormerNames) },
            _ => throw new ArgumentOutOfRangeException(nameof(file), file, "not a dataset file"),
        };
    }

    /// <summary>The text of results.csv, LF line endings, ending with a line break.</summary>
    public string ResultsText => string.Join("\n", Results) + "\n";

    /// <summary>Writes the four files into <paramref name="folder"/> and returns it.</summary>
    public string WriteTo(string folder)
    {
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        File.WriteAllText(Path.Combine(folder, DatasetFileNames.Results), ResultsText, utf8);
        File.WriteAllText(Path.Combine(folder, DatasetFileNames.Goals), string.Join("\n", Goals) + "\n", utf8);

        // Like the real shootouts.csv, no line break after the last row.
        File.WriteAllText(Path.Combine(folder, DatasetFileNames.Shootouts), string.Join("\n", Shootouts), utf8);
        File.WriteAllText(Path.Combine(folder, DatasetFileNames.FormerNames), string.Join("\n", FormerNames) + "\n", utf8);
        return folder;
    }
}
