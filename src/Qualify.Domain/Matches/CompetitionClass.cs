using System.Collections.Frozen;
using System.Reflection;

namespace Qualify.Domain.Matches;

/// <summary>
/// The class of a match's tournament, which sets its weight in the rating systems (the K factor of the World
/// Football Elo ratings, the importance I of the FIFA ranking) and the splits of the history reports.
/// </summary>
public enum CompetitionClass
{
    /// <summary>The FIFA World Cup final tournament.</summary>
    WorldCupFinals,

    /// <summary>A continental championship's final tournament (Euro, Copa América, Africa Cup of Nations, Asian Cup, Gold Cup, Oceania Nations Cup…).</summary>
    ContinentalFinals,

    /// <summary>A major intercontinental tournament (Confederations Cup, CONMEBOL–UEFA Cup of Champions…).</summary>
    IntercontinentalMajor,

    /// <summary>FIFA World Cup qualification.</summary>
    WorldCupQualifier,

    /// <summary>Qualification for a continental championship.</summary>
    ContinentalQualifier,

    /// <summary>A nations league (UEFA, CONCACAF).</summary>
    NationsLeague,

    /// <summary>Qualification for a nations league.</summary>
    NationsLeagueQualifier,

    /// <summary>Any other tournament (regional cups, invitational tournaments, games).</summary>
    OtherTournament,

    /// <summary>The qualification rounds of another tournament (a regional championship such as the Caribbean Cup or the AFF Championship).</summary>
    OtherQualifier,

    /// <summary>A friendly.</summary>
    Friendly,
}

/// <summary>The four broad splits that history reports show.</summary>
public enum CompetitionGroup
{
    /// <summary>World Cup finals.</summary>
    WorldCupFinals,

    /// <summary>World Cup, continental and nations-league qualifiers.</summary>
    Qualifiers,

    /// <summary>Continental finals, nations leagues, intercontinental and other tournaments.</summary>
    Continental,

    /// <summary>Friendlies.</summary>
    Friendly,
}

/// <summary>
/// Maps every tournament name of the international results dataset to a <see cref="CompetitionClass"/>, from the
/// table <c>tournament-classes.csv</c> kept beside this file (embedded in the assembly). A name missing from the
/// table is an error, so that a new tournament in the dataset cannot be weighted silently. Lines starting with
/// <c>#</c> are comments: the table cites its sources there.
/// </summary>
public static class CompetitionClassifier
{
    private static readonly FrozenDictionary<string, CompetitionClass> Table = Load();

    /// <summary>Every tournament name in the table.</summary>
    public static IEnumerable<string> KnownTournaments => Table.Keys;

    /// <summary>The class of <paramref name="tournament"/>, if the table has it.</summary>
    public static bool TryClassify(string tournament, out CompetitionClass competitionClass) =>
        Table.TryGetValue(tournament, out competitionClass);

    /// <summary>The class of <paramref name="tournament"/>.</summary>
    /// <exception cref="KeyNotFoundException">The tournament is not in the table.</exception>
    public static CompetitionClass Classify(string tournament) =>
        Table.TryGetValue(tournament, out var c)
            ? c
            : throw new KeyNotFoundException($"tournament '{tournament}' is not in tournament-classes.csv: add it with its class");

    /// <summary>The broad split of a class.</summary>
    public static CompetitionGroup GroupOf(CompetitionClass competitionClass) => competitionClass switch
    {
        CompetitionClass.WorldCupFinals => CompetitionGroup.WorldCupFinals,
        CompetitionClass.WorldCupQualifier or CompetitionClass.ContinentalQualifier or CompetitionClass.NationsLeagueQualifier => CompetitionGroup.Qualifiers,
        CompetitionClass.Friendly => CompetitionGroup.Friendly,
        _ => CompetitionGroup.Continental,
    };

    private static FrozenDictionary<string, CompetitionClass> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Qualify.Domain.tournament-classes.csv")
            ?? throw new InvalidOperationException("embedded resource tournament-classes.csv is missing");
        using var reader = new StreamReader(stream);
        var table = new Dictionary<string, CompetitionClass>(StringComparer.Ordinal);
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var comma = line.LastIndexOf(',');
            var name = line[..comma];
            if (name.StartsWith('"'))
            {
                name = name[1..^1].Replace("\"\"", "\"", StringComparison.Ordinal);
            }

            table[name] = ParseClass(line[(comma + 1)..]);
        }

        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static CompetitionClass ParseClass(string text) => text switch
    {
        "world-cup-finals" => CompetitionClass.WorldCupFinals,
        "continental-finals" => CompetitionClass.ContinentalFinals,
        "intercontinental-major" => CompetitionClass.IntercontinentalMajor,
        "world-cup-qualifier" => CompetitionClass.WorldCupQualifier,
        "continental-qualifier" => CompetitionClass.ContinentalQualifier,
        "nations-league" => CompetitionClass.NationsLeague,
        "nations-league-qualifier" => CompetitionClass.NationsLeagueQualifier,
        "other-tournament" => CompetitionClass.OtherTournament,
        "other-qualifier" => CompetitionClass.OtherQualifier,
        "friendly" => CompetitionClass.Friendly,
        _ => throw new InvalidOperationException($"tournament-classes.csv: unknown class '{text}'"),
    };
}
