namespace Qualify.Simulation;

internal sealed partial class StageWorker
{
    /// <summary>
    /// A group of known teams as <see cref="PlayGroup"/> reads it in every simulation: its worker, its teams, the places
    /// whose destination is given simulation by simulation, and the rankings across groups whose key is taken from it.
    /// </summary>
    private sealed class KnownGroup
    {
        public required GroupSimulator.Worker Worker { get; init; }

        /// <summary>The global index of each local team.</summary>
        public required int[] Global { get; init; }

        /// <summary>The global team at each place, in the current simulation (the worker's <c>_groupOrder</c> row).</summary>
        public required int[] Teams { get; init; }

        /// <summary>The destination of each place.</summary>
        public required int[] SlotDestination { get; init; }

        /// <summary>Per place: whether its destination is final whatever the team (<see cref="FinalPlaces"/>).</summary>
        public required bool[] FinalPlace { get; init; }

        /// <summary>Per local team, whether a later step names it; <see langword="null"/> when none does.</summary>
        public required bool[]? NamedLater { get; init; }

        /// <summary>With no team named later: the places whose destination is not final, given in every simulation.</summary>
        public required int[] Given { get; init; }

        /// <summary>The linear rankings across groups (<see cref="RankingKeys"/>) that rank a place of this group.</summary>
        public required RankedPlace[] Ranked { get; init; }

        public static KnownGroup Of(StageWorker worker, int g)
        {
            var plan = worker._plan;
            var group = plan.Groups[g];
            var namedLater = worker._namedLater[g];
            var ranked = new List<RankedPlace>();
            for (var r = 0; r < plan.Rankings.Length; r++)
            {
                var k = Array.IndexOf(plan.Rankings[r].Groups, g);
                if (worker._rankingKeys[r] is { } linear && k >= 0)
                {
                    ranked.Add(new RankedPlace(plan.Rankings[r].Ranking.Position - 1, k, linear.DiscardFrom[k], linear, worker._rankCandidates[r], worker._linearKeys[r]));
                }
            }

            return new KnownGroup
            {
                Worker = worker._groups[g],
                Global = group.Global,
                Teams = worker._groupOrder[g],
                SlotDestination = group.SlotDestination,
                FinalPlace = worker._finalPlace[g],
                NamedLater = namedLater.Any(named => named) ? namedLater : null,
                Given = [.. Enumerable.Range(0, group.Global.Length).Where(p => !worker._finalPlace[g][p])],
                Ranked = [.. ranked],
            };
        }
    }

    /// <summary>
    /// A place of a group ranked across groups with linear keys: the place (0-based), the group's index in the ranking,
    /// where the discard rule starts in the group's order, the keys, and where the candidate and its key go.
    /// </summary>
    private sealed record RankedPlace(int Place, int Index, int DiscardFrom, RankingKeys Linear, int[] Candidates, long[] Keys);
}
