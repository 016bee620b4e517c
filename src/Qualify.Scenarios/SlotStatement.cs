namespace Qualify.Scenarios;

/// <summary>A statement about one team and one slot: the matchday clinches it, or eliminates the team from it.</summary>
/// <param name="Slot">The slot's index in <see cref="ScenarioAnalyzer.SlotsOf"/>.</param>
/// <param name="Kind">Clinch or eliminate.</param>
internal readonly record struct SlotStatement(int Slot, Settlement Kind)
{
    /// <summary>Every statement the matchday may still make: clinches first, then eliminations, each over the slots still open now.</summary>
    public static List<SlotStatement> Open(TeamFacts facts, int slots)
    {
        var statements = new List<SlotStatement>();
        foreach (var kind in (Settlement[])[Settlement.Clinch, Settlement.Eliminate])
        {
            for (var si = 0; si < slots; si++)
            {
                if (facts.Now(si) == SlotStatus.Open)
                {
                    statements.Add(new SlotStatement(si, kind));
                }
            }
        }

        return statements;
    }

    /// <summary>Whether this statement implies <paramref name="other"/> by their positions alone (<paramref name="n"/> teams).</summary>
    public bool Implies(SlotStatement other, IReadOnlyList<(string Name, int From, int To)> slots, int n)
    {
        var (_, af, at) = slots[Slot];
        var (_, bf, bt) = slots[other.Slot];
        return (Kind, other.Kind) switch
        {
            // In A ⊆ B: in B.
            (Settlement.Clinch, Settlement.Clinch) => bf <= af && at <= bt,

            // In A, A and B disjoint: out of B.
            (Settlement.Clinch, Settlement.Eliminate) => at < bf || bt < af,

            // Out of A ⊇ B: out of B.
            (Settlement.Eliminate, Settlement.Eliminate) => af <= bf && bt <= at,

            // Out of A, every position outside A in B: in B.
            _ => (af == 1 || (bf == 1 && af - 1 <= bt)) && (at == n || (bf <= at + 1 && bt == n)),
        };
    }

    /// <summary>Whether this statement implies <paramref name="other"/> and not the reverse: it is strictly stronger.</summary>
    public bool Stronger(SlotStatement other, IReadOnlyList<(string Name, int From, int To)> slots, int n) =>
        Implies(other, slots, n) && !other.Implies(this, slots, n);
}
