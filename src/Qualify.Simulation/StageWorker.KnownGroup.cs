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

        /// <summary>
        /// The global team at each place, in the current simulation (the worker's <c>_groupOrder</c> row), where a later
        /// step reads it (<see cref="ReadsOrder"/>); else <see langword="null"/>.
        /// </summary>
        public required int[]? Teams { get; init; }

        /// <summary>The destination of each place.</summary>
        public required int[] SlotDestination { get; init; }

        /// <summary>Per place: whether its destination is final whatever the team (<see cref="FinalPlaces"/>).</summary>
        public required bool[] FinalPlace { get; init; }

        /// <summary>Per local team, whether a later step names it; <see langword="null"/> when none does.</summary>
        public required bool[]? NamedLater { get; init; }

        /// <summary>Per place: whether a later step always gives its team another destination (<see cref="DestinationRoles"/>).</summary>
        public required bool[] Overwritten { get; init; }

        /// <summary>
        /// With no team named later: the places whose destination is neither final nor always overwritten, given in
        /// every simulation.
        /// </summary>
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
                Teams = ReadsOrder(worker, g) ? worker._groupOrder[g] : null,
                SlotDestination = group.SlotDestination,
                FinalPlace = worker._finalPlace[g],
                NamedLater = namedLater.Any(named => named) ? namedLater : null,
                Overwritten = worker._roles.PlaceOverwritten[g],
                Given = [.. Enumerable.Range(0, group.Global.Length).Where(p => !worker._finalPlace[g][p] && !worker._roles.PlaceOverwritten[g][p])],
                Ranked = [.. ranked],
            };
        }

        /// <summary>
        /// Whether a later step reads group <paramref name="g"/>'s order: an entrant of one of its places, a priority list
        /// that passes over its top teams, or a ranking across groups whose keys are not linear (<c>FillKeys</c>).
        /// </summary>
        private static bool ReadsOrder(StageWorker worker, int g)
        {
            var plan = worker._plan;
            var entrants = plan.Ties.SelectMany(t => new[] { t.Home, t.Away })
                .Concat(plan.Draws.SelectMany(d => d.Places))
                .Concat(plan.Groups.SelectMany(p => p.Open?.Places ?? []));
            return entrants.Any(e => e.Kind == EntrantKind.GroupPosition && e.Index == g)
                || plan.Lists.Any(l => l.Group.Contains(g))
                || plan.Rankings.Where((r, i) => worker._rankingKeys[i] is null && r.Groups.Contains(g)).Any();
        }
    }

    /// <summary>
    /// A place of a group ranked across groups with linear keys: the place (0-based), the group's index in the ranking,
    /// where the discard rule starts in the group's order, the keys, and where the candidate and its key go.
    /// </summary>
    private sealed record RankedPlace(int Place, int Index, int DiscardFrom, RankingKeys Linear, int[] Candidates, long[] Keys);
}
