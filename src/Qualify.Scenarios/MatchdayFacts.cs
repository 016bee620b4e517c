using System.Collections.Immutable;
using Qualify.Domain.Matches;

namespace Qualify.Scenarios;

/// <summary>
/// A proven claim that results <paramref name="Term"/> settle slot <paramref name="Slot"/> for some scores: the example's
/// scores (with the term's results, anything else free) settle it, while every combination of the term is open as a whole.
/// </summary>
internal sealed record MarginClaim(int Slot, Settlement Kind, ConditionTerm Term, ImmutableArray<int> Matches, bool Margins,
    ImmutableArray<MatchScore> Example, int? CombinedAtLeast, int? CombinedAtMost);

/// <summary>
/// A proven example before merging: per match its result or <see langword="null"/> (free), its score when the
/// score is part of the example, whether that score matters, and whether its margin does.
/// </summary>
internal sealed record RawClaim(int Slot, Settlement Kind, MatchOutcome?[] Results, Score?[] Scores, bool[] Matters, bool[] Margins)
{
    /// <summary>Whether every match whose score matters is a win whose margin matters.</summary>
    public bool MarginsMatter => Matters.Any(m => m) && Matters.Zip(Margins).All(p => !p.First || p.Second);

    /// <summary>Whether combination <paramref name="c"/> of <paramref name="k"/> matches has the claim's results.</summary>
    public bool Covers(int c, int k) => new MatchdayCombination(c, k).Matches(Results);
}

/// <summary>Results for every remaining fixture, and where they leave every team (drawing of lots either way).</summary>
internal sealed record RankedResults(Score[] Scores, int Combination, (int From, int To)[] Ranges);

/// <summary>One team's answers: per slot and combination, its status and the margins that settle an open one.</summary>
internal sealed class TeamFacts(SlotStatus[][] status, List<MarginRule>[][] rules, List<RankedResults> found)
{
    public SlotStatus[][] Status { get; } = status;

    public List<MarginRule>[][] Rules { get; } = rules;

    public List<RankedResults> Found { get; } = found;

    /// <summary>Proven margin-dependent claims (<see cref="TeamSearch.FindMarginDependent"/>), merged into terms.</summary>
    public List<MarginClaim> Claims { get; init; } = [];

    /// <summary>Whether that search ran to the end for every slot.</summary>
    public bool ClaimsComplete { get; init; } = true;

    public int Combinations => Status[0].Length;

    public SlotStatus Now(int slot) =>
        Status[slot].All(s => s == SlotStatus.Clinched) ? SlotStatus.Clinched
        : Status[slot].All(s => s == SlotStatus.Eliminated) ? SlotStatus.Eliminated
        : SlotStatus.Open;

    public bool SameStatuses(TeamFacts other) => Status.Zip(other.Status).All(p => p.First.SequenceEqual(p.Second));
}
