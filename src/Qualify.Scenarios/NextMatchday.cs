using System.Collections.Immutable;
using Qualify.Domain.Matches;

namespace Qualify.Scenarios;

/// <summary>What the next matchday can do to a slot: settle it for the team, or take it away.</summary>
public enum Settlement
{
    /// <summary>The team is sure to finish in the slot after the matchday, whatever the later results.</summary>
    Clinch,

    /// <summary>The team can no longer finish in the slot after the matchday, whatever the later results.</summary>
    Eliminate,
}

/// <summary>
/// A condition on one match of the next matchday: its goal difference, home goals minus away goals, lies within
/// <paramref name="Min"/>…<paramref name="Max"/>. A missing end is unbounded (up to the goal bound the answer was
/// proven under). A home win is <c>Min = 1</c>, a draw <c>0…0</c>, an away win <c>Max = −1</c>.
/// </summary>
/// <param name="Match">The index of the match in <see cref="NextMatchdayScenarios.Matchday"/>.</param>
/// <param name="Min">The smallest goal difference (home − away) allowed, or <see langword="null"/>.</param>
/// <param name="Max">The largest goal difference (home − away) allowed, or <see langword="null"/>.</param>
public sealed record ResultLiteral(int Match, int? Min, int? Max)
{
    /// <summary>Whether a goal difference (home − away) satisfies the literal.</summary>
    public bool Holds(int difference) => (Min is not { } lo || difference >= lo) && (Max is not { } hi || difference <= hi);
}

/// <summary>A product of literals: the condition holds when every literal holds (an empty product always holds).</summary>
/// <param name="Literals">The literals, the team's own match first, then in matchday order.</param>
public sealed record ConditionTerm(ImmutableArray<ResultLiteral> Literals)
{
    /// <summary>Whether results given as goal differences (home − away, one per matchday match) satisfy every literal.</summary>
    public bool Holds(IReadOnlyList<int> differences)
    {
        ArgumentNullException.ThrowIfNull(differences);
        return Literals.All(l => l.Holds(differences[l.Match]));
    }
}

/// <summary>
/// Readable conditions under which the next matchday settles a slot for a team: a sum of products (any term
/// suffices). Every term is proven: under any results of the matchday that satisfy it, and any later results,
/// the team is in the slot (<see cref="Settlement.Clinch"/>) or out of it (<see cref="Settlement.Eliminate"/>).
/// </summary>
/// <param name="Slot">The slot's name, as <see cref="ScenarioAnalyzer.SlotsOf"/> names it.</param>
/// <param name="From">The slot's first position.</param>
/// <param name="To">The slot's last position.</param>
/// <param name="Kind">Clinch or eliminate.</param>
/// <param name="Terms">The terms; the condition is their disjunction.</param>
/// <param name="Text">The condition in words, for example "Canada clinch qualification (1st-3rd) if they beat Jamaica".</param>
public sealed record SlotConditions(string Slot, int From, int To, Settlement Kind, ImmutableArray<ConditionTerm> Terms, string Text)
{
    /// <summary>Whether results given as goal differences (home − away, one per matchday match) satisfy a term.</summary>
    public bool Holds(IReadOnlyList<int> differences) => Terms.Any(t => t.Holds(differences));
}

/// <summary>The score of one matchday match in an example.</summary>
/// <param name="Match">The index of the match in <see cref="NextMatchdayScenarios.Matchday"/>.</param>
/// <param name="Score">Its score.</param>
public sealed record MatchScore(int Match, Score Score);

/// <summary>
/// Results of the next matchday that settle a slot for some scores and not for others: every win/draw/loss combination of
/// <paramref name="Term"/> is open as a whole, and the <paramref name="Example"/> scores, with the term's other results and
/// any scores elsewhere, settle the slot (proven by CP-SAT with every later match open). Such results are not covered by the
/// proven conditions (<see cref="SlotConditions"/>), which hold for every score they allow.
/// </summary>
/// <param name="Slot">The slot's name.</param>
/// <param name="From">The slot's first position.</param>
/// <param name="To">The slot's last position.</param>
/// <param name="Kind">Clinch or eliminate.</param>
/// <param name="Term">The results (win/draw/loss literals, all of which hold).</param>
/// <param name="Matches">
/// The matches whose score matters: for each, a score with the same result, the other example scores kept, leaves the slot
/// unsettled for some later results (a proven counter-example).
/// </param>
/// <param name="Margins">Whether each of <paramref name="Matches"/> is a win whose goal margin matters (a counter-example changes the margin), not only its goals.</param>
/// <param name="Example">Scores that settle the slot with the term's results, whatever the other scores and later results.</param>
/// <param name="CombinedAtLeast">For two matches: any combined winning margin of at least this settles the slot (proven), else <see langword="null"/>.</param>
/// <param name="CombinedAtMost">For two matches: any combined winning margin of at most this settles the slot (proven), else <see langword="null"/>.</param>
/// <param name="Text">
/// The claim in words, for example "Costa Rica can also clinch qualification (1st-3rd) if they beat United States and Mexico lose to
/// El Salvador, depending on the goal margins in both matches (…; for example Costa Rica 3-0 United States and Mexico 0-2 El Salvador)".
/// </param>
public sealed record MarginDependentCondition(
    string Slot,
    int From,
    int To,
    Settlement Kind,
    ConditionTerm Term,
    ImmutableArray<int> Matches,
    bool Margins,
    ImmutableArray<MatchScore> Example,
    int? CombinedAtLeast,
    int? CombinedAtMost,
    string Text)
{
    /// <summary>Whether results given as goal differences (home − away, one per matchday match) satisfy the term.</summary>
    public bool Holds(IReadOnlyList<int> differences) => Term.Holds(differences);
}

/// <summary>
/// Within one combination of results, a goal margin that settles a slot whatever the other scores: the winner of
/// match <paramref name="Match"/> wins by at least <paramref name="AtLeast"/> goals, or by at most <paramref name="AtMost"/>.
/// </summary>
/// <param name="Match">The index of the match in <see cref="NextMatchdayScenarios.Matchday"/> (not a draw in the combination).</param>
/// <param name="Kind">Whether the margin clinches the slot or eliminates the team from it.</param>
/// <param name="AtLeast">The slot is settled when the margin is at least this, or <see langword="null"/>.</param>
/// <param name="AtMost">The slot is settled when the margin is at most this, or <see langword="null"/>.</param>
public sealed record MarginRule(int Match, Settlement Kind, int? AtLeast, int? AtMost);

/// <summary>
/// A slot after one combination of win/draw/loss results: clinched or eliminated whatever the scores, or open, with
/// the goal margins (if any) that settle it.
/// </summary>
/// <param name="Slot">The slot's name.</param>
/// <param name="Status">Clinched or eliminated for every score of the combination, otherwise open.</param>
/// <param name="Margins">For an open slot, margins that settle it (each proven with the other scores free).</param>
public sealed record SlotOutcome(string Slot, SlotStatus Status, ImmutableArray<MarginRule> Margins);

/// <summary>One team before and after the next matchday.</summary>
/// <param name="Team">The team.</param>
/// <param name="Position">Its position in the table now.</param>
/// <param name="Points">Its points now.</param>
/// <param name="Now">Each slot's status now (before the matchday), in <see cref="ScenarioAnalyzer.SlotsOf"/> order.</param>
/// <param name="Conditions">What the matchday can settle, clinches first; empty when nothing can be settled.</param>
/// <param name="Combinations">For each combination (see <see cref="NextMatchdayScenarios.Outcomes"/>), each slot's outcome.</param>
public sealed record TeamNextMatchday(
    string Team,
    int Position,
    int Points,
    ImmutableArray<SlotOutcome> Now,
    ImmutableArray<SlotConditions> Conditions,
    ImmutableArray<ImmutableArray<SlotOutcome>> Combinations)
{
    /// <summary>
    /// Results that settle a slot only for some scores, with a proven example each (after <see cref="Conditions"/> when
    /// printed); empty when there are none or none was found within the search budget.
    /// </summary>
    public ImmutableArray<MarginDependentCondition> MarginDependent { get; init; } = [];

    /// <summary>
    /// Whether the search behind <see cref="MarginDependent"/> ran to the end (a proof that no other combination has such
    /// scores) for every slot; <see langword="false"/> when it stopped at its budget (<see cref="ScenarioOptions.MarginSearchRounds"/>),
    /// so that results not listed may still settle a slot for some scores.
    /// </summary>
    public bool MarginDependentComplete { get; init; } = true;

    /// <summary>Whether every slot is already clinched or eliminated.</summary>
    public bool Decided => Now.All(s => s.Status != SlotStatus.Open);
}

/// <summary>
/// The next matchday of a group, every combination of its win/draw/loss results, and for every team what each
/// combination settles, merged into readable conditions.
/// </summary>
/// <param name="Group">The group's name.</param>
/// <param name="Matchday">The matches of the next matchday, scores unset.</param>
/// <param name="MatchesAfter">How many fixtures remain after the matchday.</param>
/// <param name="MaxGoals">The goal bound the answers were proven under.</param>
/// <param name="Teams">One entry per team, in the order of the table now.</param>
public sealed record NextMatchdayScenarios(string Group, ImmutableArray<Match> Matchday, int MatchesAfter, int MaxGoals, ImmutableArray<TeamNextMatchday> Teams)
{
    /// <summary>The stage the group belongs to (<see cref="ScenarioProblem.Stage"/>).</summary>
    public string? Stage { get; init; }

    /// <summary>The slots analysed (<see cref="ScenarioAnalyzer.SlotsOf"/>), in the order of <see cref="TeamNextMatchday.Now"/>.</summary>
    public ImmutableArray<(string Name, int From, int To)> Slots { get; init; } = [];

    /// <summary>How many win/draw/loss combinations the matchday has: 3 to the number of matches.</summary>
    public int CombinationCount => MatchdayCombination.CountOf(Matchday.Length);

    /// <summary>
    /// The results of combination <paramref name="combination"/>: base 3, the first match the most significant digit,
    /// each digit 0 for a home win, 1 for a draw, 2 for an away win (so combination 0 is every home team winning).
    /// </summary>
    public ImmutableArray<MatchOutcome> Outcomes(int combination) => [.. new MatchdayCombination(combination, Matchday.Length).Outcomes];
}
