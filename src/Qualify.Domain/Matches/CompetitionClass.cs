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
/// table (a new tournament in a dataset update) takes <see cref="DefaultClass"/>; the importer warns about it and
/// <c>qualify tournaments</c> lists it, so that it is never weighted silently. Lines starting with <c>#</c> are
/// comments: the table cites its sources there.
/// </summary>
public static class CompetitionClassifier
{
    private static readonly FrozenDictionary<string, CompetitionClass> Table = Load();

    /// <summary>Every tournament name in the table.</summary>
    public static IEnumerable<string> KnownTournaments => Table.Keys;

    /// <summary>
    /// The class of a tournament missing from the table: <see cref="CompetitionClass.OtherTournament"/>, eloratings.net's
    /// "all other tournaments" (K 30), which the FIFA ranking weighs as a friendly (importance 5 outside an
    /// international window, 10 inside one).
    /// </summary>
    public static CompetitionClass DefaultClass => CompetitionClass.OtherTournament;

    /// <summary>How <see cref="DefaultClass"/> weighs a match, for warnings and listings.</summary>
    public static string DefaultClassDescription => "other-tournament (Elo K 30; FIFA importance 5, or 10 in an international window)";

    /// <summary>The class of <paramref name="tournament"/>, if the table has it.</summary>
    public static bool TryClassify(string tournament, out CompetitionClass competitionClass) =>
        Table.TryGetValue(tournament, out competitionClass);

    /// <summary>Whether the table has <paramref name="tournament"/>.</summary>
    public static bool IsMapped(string tournament) => Table.ContainsKey(tournament);

    /// <summary>The class of <paramref name="tournament"/>: its row of the table, else <see cref="DefaultClass"/>.</summary>
    public static CompetitionClass Classify(string tournament) =>
        Table.TryGetValue(tournament, out var c) ? c : DefaultClass;

    /// <summary>The name of <paramref name="competitionClass"/> in <c>tournament-classes.csv</c>, for example <c>world-cup-finals</c>.</summary>
    public static string NameOf(CompetitionClass competitionClass) => competitionClass switch
    {
        CompetitionClass.WorldCupFinals => "world-cup-finals",
        CompetitionClass.ContinentalFinals => "continental-finals",
        CompetitionClass.IntercontinentalMajor => "intercontinental-major",
        CompetitionClass.WorldCupQualifier => "world-cup-qualifier",
        CompetitionClass.ContinentalQualifier => "continental-qualifier",
        CompetitionClass.NationsLeague => "nations-league",
        CompetitionClass.NationsLeagueQualifier => "nations-league-qualifier",
        CompetitionClass.OtherTournament => "other-tournament",
        CompetitionClass.OtherQualifier => "other-qualifier",
        CompetitionClass.Friendly => "friendly",
        _ => throw new ArgumentOutOfRangeException(nameof(competitionClass), competitionClass, "unknown class"),
    };

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

    private static CompetitionClass ParseClass(string text)
    {
        foreach (var c in Enum.GetValues<CompetitionClass>())
        {
            if (string.Equals(NameOf(c), text, StringComparison.Ordinal))
            {
                return c;
            }
        }

        throw new InvalidOperationException($"tournament-classes.csv: unknown class '{text}'");
    }
}
