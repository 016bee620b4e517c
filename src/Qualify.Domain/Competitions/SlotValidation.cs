namespace Qualify.Domain.Competitions;

/// <summary>
/// Checks the slots of a group or of a ranking across groups: each position leads to at most one slot (otherwise the
/// first slot listed would silently win), and no slot names a position beyond the teams ranked.
/// </summary>
internal static class SlotValidation
{
    /// <summary>Checks <paramref name="slots"/>, listed at <paramref name="at"/>, over <paramref name="size"/> ranked positions.</summary>
    /// <param name="file">The definition file's name, for the error.</param>
    /// <param name="at">The JSON path of the slot list, such as <c>stages[0].groups[0].slots</c>.</param>
    /// <param name="slots">The slots, in the definition's order.</param>
    /// <param name="size">How many positions there are: the group's teams, or the teams a ranking across groups orders.</param>
    /// <param name="ranked">What the positions rank, for the error: "the group's 8 teams".</param>
    /// <exception cref="CompetitionDefinitionException">A slot goes beyond <paramref name="size"/>, or overlaps an earlier one.</exception>
    public static void Check(string file, string at, IReadOnlyList<SlotRule> slots, int size, string ranked)
    {
        ArgumentNullException.ThrowIfNull(slots);
        for (var i = 0; i < slots.Count; i++)
        {
            var slot = slots[i];
            var sat = $"{at}[{i}].positions";
            if (slot.To > size)
            {
                var fix = slot.From <= size
                    ? $"write \"{Positions(slot.From, size)}\""
                    : "remove this slot";
                throw new CompetitionDefinitionException(file, sat,
                    $"position {slot.To} is beyond {ranked}: positions run from 1 to {size}; {fix}");
            }

            for (var j = 0; j < i; j++)
            {
                var other = slots[j];
                if (slot.From <= other.To && other.From <= slot.To)
                {
                    throw new CompetitionDefinitionException(file, sat,
                        $"\"{Positions(slot.From, slot.To)}\" overlaps {at}[{j}] (\"{Positions(other.From, other.To)}\"): each position leads to one slot; {FreeRange(slots, i)}");
                }
            }
        }
    }

    /// <summary>The positions of slot <paramref name="index"/> that no earlier slot covers, offered as the fix when they are one range.</summary>
    private static string FreeRange(IReadOnlyList<SlotRule> slots, int index)
    {
        var slot = slots[index];
        var free = Enumerable.Range(slot.From, slot.To - slot.From + 1)
            .Where(p => !slots.Take(index).Any(s => p >= s.From && p <= s.To))
            .ToList();
        return free.Count > 0 && free[^1] - free[0] == free.Count - 1
            ? $"write \"{Positions(free[0], free[^1])}\""
            : "make the ranges disjoint or remove one of the slots";
    }

    private static string Positions(int from, int to) => from == to ? $"{from}" : $"{from}-{to}";
}
