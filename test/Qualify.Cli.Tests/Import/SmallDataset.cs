using System.Text;

namespace Qualify.Cli.Tests.Import;

/// <summary>
/// A small valid dataset in the four files of martj42/international_results, rows copied from the real files (the
/// 2021-06-03 shoot-out is shootouts.csv's; scorer names as in goalscorers.csv). Lines are 1-based, the header is
/// line 1. Every column of every file holds a value the importer checks, so that a mutation of any column fails.
/// </summary>
internal static class SmallDataset
{
    public static IReadOnlyDictionary<string, string[]> Files { get; } = new Dictionary<string, string[]>
    {
        ["results.csv"] =
        [
            "date,home_team,away_team,home_score,away_score,tournament,city,country,neutral",
            "1957-03-13,Argentina,Colombia,8,2,Copa América,Lima,Peru,TRUE",
            "1963-11-26,Ghana,Ethiopia,2,0,African Cup of Nations,Accra,Ghana,FALSE",
            "1977-10-06,United States,China,1,1,Friendly,\"Washington, D.C.\",United States,FALSE",
            "2021-06-03,Mexico,Costa Rica,0,0,CONCACAF Nations League,Denver,United States,TRUE",
            "2021-09-02,Canada,Honduras,1,1,FIFA World Cup qualification,Toronto,Canada,FALSE",
        ],
        ["goalscorers.csv"] =
        [
            "date,home_team,away_team,team,scorer,minute,own_goal,penalty",
            "1957-03-13,Argentina,Colombia,Colombia,Delio Gamboa,34,FALSE,TRUE",
            "1963-11-26,Ghana,Ethiopia,Ghana,Edward Acquah,NA,FALSE,FALSE",
            "1963-11-26,Ghana,Ethiopia,Ghana,Edward Acquah,NA,FALSE,FALSE",
            "2021-09-02,Canada,Honduras,Honduras,Alexander López,40,FALSE,TRUE",
            "2021-09-02,Canada,Honduras,Canada,Cyle Larin,66,FALSE,TRUE",
        ],
        ["shootouts.csv"] =
        [
            "date,home_team,away_team,winner,first_shooter",
            "2021-06-03,Mexico,Costa Rica,Mexico,Mexico",
        ],
        ["former_names.csv"] =
        [
            "current,former,start_date,end_date",
            "Ghana,Gold Coast,1950-05-28,1957-03-06",
        ],
    };

    /// <summary>Writes the four files into <paramref name="folder"/>, with <paramref name="file"/>'s text replaced by <paramref name="text"/> if given.</summary>
    public static string WriteTo(string folder, string? file = null, string? text = null)
    {
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        foreach (var (name, lines) in Files)
        {
            File.WriteAllText(Path.Combine(folder, name), name == file ? text : string.Join("\n", lines) + "\n", utf8);
        }

        return folder;
    }
}
