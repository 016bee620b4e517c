using System.Globalization;
using Qualify.Domain.Matches;

namespace Qualify.Scenarios;

/// <summary>
/// Conditions in words. A literal on the team's own match is said from its side ("they beat Jamaica"); a literal on
/// another match from the side of the team placed higher in the table now ("Costa Rica do not beat El Salvador").
/// Team names take plural verbs, as in British English ("Canada qualify").
/// </summary>
public static class ConditionText
{
    /// <summary>
    /// The sentence for one slot's conditions, for example
    /// "Canada clinch qualification (1st-3rd) if they beat Jamaica, or they draw with Jamaica and Costa Rica do not beat El Salvador".
    /// </summary>
    /// <param name="team">The team the conditions are about.</param>
    /// <param name="slot">The slot's name (<see cref="ScenarioAnalyzer.SlotsOf"/>).</param>
    /// <param name="from">The slot's first position.</param>
    /// <param name="to">The slot's last position.</param>
    /// <param name="kind">Clinch or eliminate.</param>
    /// <param name="terms">The terms (any one suffices).</param>
    /// <param name="matchday">The matches the literals refer to.</param>
    /// <param name="positions">Each team's position now (the higher-placed side of another match is its subject).</param>
    public static string Sentence(string team, string slot, int from, int to, Settlement kind, IReadOnlyList<ConditionTerm> terms,
        IReadOnlyList<Match> matchday, IReadOnlyDictionary<string, int> positions)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var conditions = terms.Count == 0 || terms.Any(t => t.Literals.IsEmpty)
            ? "whatever the results"
            : "if " + string.Join(", or ", terms.Select(t => Term(team, t, matchday, positions)));
        var range = Positions(from, to);
        return kind == Settlement.Clinch
            ? $"{team} clinch {ClinchPhrase(slot)} ({range}) {conditions}"
            : $"{team} can no longer reach {ReachPhrase(slot)} ({range}) {conditions}";
    }

    /// <summary>
    /// The sentence for results that settle a slot for some scores only, for example "Costa Rica can also clinch qualification
    /// (1st-3rd) if they beat United States and Mexico lose to El Salvador, depending on the goal margins in both matches (a
    /// combined margin of 5 goals or more is enough; for example Costa Rica 3-0 United States and Mexico 0-2 El Salvador)".
    /// </summary>
    /// <param name="team">The team the claim is about.</param>
    /// <param name="claim">The claim (its text is ignored).</param>
    /// <param name="also">Whether the team has proven conditions for the same slot and kind ("can also clinch").</param>
    /// <param name="matchday">The matches the literals refer to.</param>
    /// <param name="positions">Each team's position now.</param>
    public static string MarginSentence(string team, MarginDependentCondition claim, bool also, IReadOnlyList<Match> matchday, IReadOnlyDictionary<string, int> positions)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(matchday);
        var range = Positions(claim.From, claim.To);
        var can = also ? "can also" : "can";
        var head = claim.Kind == Settlement.Clinch
            ? $"{team} {can} clinch {ClinchPhrase(claim.Slot)} ({range})"
            : $"{team} {can} be ruled out of {ReachPhrase(claim.Slot)} ({range})";
        var results = claim.Term.Literals.IsEmpty ? "whatever the results" : "if " + Term(team, claim.Term, matchday, positions);
        var named = claim.Term.Literals.Select(l => l.Match).ToHashSet();
        var count = claim.Matches.Length;
        var (noun, preposition) = claim.Margins ? ("goal margin", "in") : ("score", "of");
        var plural = count == 1 ? noun : noun + "s";
        string depending;
        if (count == 0)
        {
            depending = "depending on the scores";
        }
        else if (named.SetEquals(claim.Matches))
        {
            depending = count switch
            {
                1 => $"depending on the {noun}",
                2 => $"depending on the {plural} {preposition} both matches",
                _ => $"depending on the {plural} {preposition} all {Count(count)} matches",
            };
        }
        else
        {
            depending = $"depending on the {plural} {preposition} {Join([.. claim.Matches.Select(m => $"{matchday[m].Home} v {matchday[m].Away}")])}";
        }

        var notes = new List<string>();
        if (claim.CombinedAtLeast is { } least)
        {
            notes.Add($"a combined margin of {Goals(least)} or more is enough");
        }

        if (claim.CombinedAtMost is { } most)
        {
            notes.Add($"a combined margin of at most {Goals(most)} is enough");
        }

        notes.Add("for example " + Join([.. claim.Example.Select(e => $"{matchday[e.Match].Home} {e.Score.Home.ToString(CultureInfo.InvariantCulture)}-{e.Score.Away.ToString(CultureInfo.InvariantCulture)} {matchday[e.Match].Away}")]));
        return $"{head} {results}, {depending} ({string.Join("; ", notes)})";
    }

    private static string Count(int n) => n switch
    {
        3 => "three",
        4 => "four",
        5 => "five",
        6 => "six",
        _ => n.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// One line for a team without conditions: what it has already clinched or lost, or that its open slots stay open
    /// whatever the results of the matchday; <see langword="null"/> when the matchday can settle something (for every score of
    /// some results, or for some scores).
    /// </summary>
    /// <param name="team">The team's answers.</param>
    /// <param name="slots">The slots, in the order of <see cref="TeamNextMatchday.Now"/>.</param>
    public static string? Summary(TeamNextMatchday team, IReadOnlyList<(string Name, int From, int To)> slots)
    {
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(slots);
        if (!team.Conditions.IsEmpty || !team.MarginDependent.IsEmpty)
        {
            return null;
        }

        var now = team.Now.Select((s, i) => (s.Status, Slot: slots[i])).ToList();
        if (now.All(s => s.Status == SlotStatus.Eliminated))
        {
            return $"{team.Team} are already eliminated";
        }

        var clinched = now.Where(s => s.Status == SlotStatus.Clinched).Select(s => s.Slot)
            .OrderBy(s => s.To - s.From).FirstOrDefault();
        var already = clinched.Name is null ? null
            : $"{team.Team} have already clinched {ClinchPhrase(clinched.Name)} ({Positions(clinched.From, clinched.To)})";
        var open = now.Where(s => s.Status == SlotStatus.Open).Select(s => s.Slot.Name).ToList();
        if (open.Count == 0)
        {
            return already!;
        }

        var stay = $"{Join(open)} {(open.Count == 1 ? "stays" : "stay")} open whatever the results of this matchday";
        return already is null ? $"{team.Team}: {stay}" : $"{already}; {stay}";
    }

    private static string Join(IReadOnlyList<string> items) =>
        items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];

    /// <summary>One term: its literals joined by "and".</summary>
    public static string Term(string team, ConditionTerm term, IReadOnlyList<Match> matchday, IReadOnlyDictionary<string, int> positions)
    {
        ArgumentNullException.ThrowIfNull(term);
        return string.Join(" and ", term.Literals.Select(l => Literal(team, l, matchday, positions)));
    }

    /// <summary>One literal, from the team's side when it plays in the match, else from the higher-placed side.</summary>
    public static string Literal(string team, ResultLiteral literal, IReadOnlyList<Match> matchday, IReadOnlyDictionary<string, int> positions)
    {
        ArgumentNullException.ThrowIfNull(literal);
        ArgumentNullException.ThrowIfNull(matchday);
        ArgumentNullException.ThrowIfNull(positions);
        var match = matchday[literal.Match];
        string subject;
        bool home;
        if (match.Involves(team))
        {
            subject = "they";
            home = string.Equals(match.Home, team, StringComparison.Ordinal);
        }
        else
        {
            home = positions.GetValueOrDefault(match.Home, int.MaxValue) <= positions.GetValueOrDefault(match.Away, int.MaxValue);
            subject = home ? match.Home : match.Away;
        }

        var opponent = home ? match.Away : match.Home;
        var (lo, hi) = home ? (literal.Min, literal.Max) : (-literal.Max, -literal.Min);
        return Phrase(subject, opponent, lo, hi);
    }

    /// <summary>
    /// A range <paramref name="lo"/>…<paramref name="hi"/> of <paramref name="subject"/>'s goal margin over
    /// <paramref name="opponent"/> (goals for minus against; <see langword="null"/> = unbounded) in words.
    /// </summary>
    public static string Phrase(string subject, string opponent, int? lo, int? hi)
    {
        if (lo is >= 1)
        {
            return $"{subject} beat {opponent}{Margin(lo.Value, hi)}";
        }

        if (hi is <= -1)
        {
            return $"{subject} lose to {opponent}{Margin(-hi.Value, -lo)}";
        }

        if (lo == 0 && hi == 0)
        {
            return $"{subject} draw with {opponent}";
        }

        // The range contains a draw and more.
        var parts = new List<string>();
        if (lo is { } l)
        {
            parts.Add(l == 0 ? $"do not lose to {opponent}" : $"do not lose to {opponent} by {Goals(1 - l)} or more");
        }

        if (hi is { } h)
        {
            var them = parts.Count == 0 ? opponent : "them";
            parts.Add(h == 0 ? $"do not beat {them}" : $"do not beat {them} by {Goals(h + 1)} or more");
        }

        return parts.Count == 0 ? $"{subject} play {opponent} (any result)" : $"{subject} {string.Join(" and ", parts)}";
    }

    private static string Margin(int least, int? most) => most switch
    {
        null when least == 1 => string.Empty,
        null => $" by {Goals(least)} or more",
        { } m when m == least => $" by exactly {Goals(least)}",
        { } m when least == 1 => $" by at most {Goals(m)}",
        { } m => $" by {least.ToString(CultureInfo.InvariantCulture)} to {Goals(m)}",
    };

    private static string Goals(int n) => n == 1 ? "one goal" : n.ToString(CultureInfo.InvariantCulture) + " goals";

    private static string ClinchPhrase(string slot) => slot switch
    {
        "qualified" => "qualification",
        "playoff" => "the play-off place",
        "advanced" => "a place in the next round",
        _ when slot.EndsWith("OrBetter", StringComparison.Ordinal) => "at least " + ClinchPhrase(slot[..^"OrBetter".Length]),

        // A kind shared by two slots carries their positions ("advanced1-2", ScenarioAnalyzer.SlotsOf); the sentence gives them.
        _ when slot.TrimEnd(PositionCharacters) is { Length: > 0 } kind && kind.Length < slot.Length => ClinchPhrase(kind),
        _ => slot,
    };

    private static readonly char[] PositionCharacters = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '-'];

    private static string ReachPhrase(string slot) => slot switch
    {
        _ when slot.EndsWith("OrBetter", StringComparison.Ordinal) => ClinchPhrase(slot[..^"OrBetter".Length]) + " or better",
        _ => ClinchPhrase(slot),
    };

    /// <summary>"1st-3rd", "4th".</summary>
    public static string Positions(int from, int to) => from == to ? Ordinal(from) : $"{Ordinal(from)}-{Ordinal(to)}";

    private static string Ordinal(int n)
    {
        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return n.ToString(CultureInfo.InvariantCulture) + suffix;
    }
}
