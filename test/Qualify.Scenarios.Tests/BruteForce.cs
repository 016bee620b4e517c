using Qualify.Domain.Matches;
using Qualify.Domain.Standings;

namespace Qualify.Scenarios.Tests;

/// <summary>
/// The reference answer by enumeration: every score 0…maxGoals per side of every remaining match, each ranked by
/// <c>StandingsCalculator</c>, with drawing of lots going either way (the run of rows it separates).
/// </summary>
internal static class BruteForce
{
    /// <summary>Every completion of the remaining matches with scores 0…<paramref name="maxGoals"/> a side, in a fixed order.</summary>
    public static IEnumerable<List<Match>> Outcomes(ScenarioProblem problem, int maxGoals)
    {
        var remaining = problem.Remaining;
        var scores = new int[remaining.Length * 2];
        while (true)
        {
            yield return [.. remaining.Select((m, i) => m with { Score = new Score(scores[2 * i], scores[(2 * i) + 1]) })];
            var k = 0;
            while (k < scores.Length && scores[k] == maxGoals)
            {
                scores[k++] = 0;
            }

            if (k == scores.Length)
            {
                yield break;
            }

            scores[k]++;
        }
    }

    public static Dictionary<string, (int Best, int Worst, Dictionary<string, SlotStatus> Slots)> Analyse(ScenarioProblem problem, int maxGoals)
    {
        var ranges = problem.Teams.ToDictionary(t => t, _ => new List<(int From, int To)>(), StringComparer.Ordinal);
        var seen = new HashSet<(string, int, int)>();
        foreach (var results in Outcomes(problem, maxGoals))
        {
            foreach (var (team, range) in ScenarioProblem.PositionRanges(problem.TableWith(results)))
            {
                if (seen.Add((team, range.From, range.To)))
                {
                    ranges[team].Add(range);
                }
            }
        }

        var slots = ScenarioAnalyzer.SlotsOf(problem);
        return ranges.ToDictionary(kv => kv.Key, kv =>
        {
            var best = kv.Value.Min(r => r.From);
            var worst = kv.Value.Max(r => r.To);
            var statuses = slots.ToDictionary(s => s.Name, s =>
                best >= s.From && worst <= s.To ? SlotStatus.Clinched
                : kv.Value.Any(r => r.From <= s.To && r.To >= s.From) ? SlotStatus.Open
                : SlotStatus.Eliminated);
            return (best, worst, statuses);
        }, StringComparer.Ordinal);
    }

    /// <summary><paramref name="chain"/> with no block re-applied to subsets (the teams still level go on to the next block).</summary>
    public static TieBreakerChain WithoutReapplication(TieBreakerChain chain) =>
        new(chain.Name + "-once", chain.Blocks.Select(b => b with { ReapplyToSubsets = false }));

    /// <summary>
    /// How many completions (scores 0…<paramref name="maxGoals"/>) the re-application of head-to-head criteria decides: their
    /// table differs from the one under the same chain applied once. Each needs three or more teams level when the
    /// head-to-head block starts and a strictly smaller subset still level after it.
    /// </summary>
    public static int ReappliedOutcomes(ScenarioProblem problem, int maxGoals)
    {
        var once = problem with { TieBreakers = WithoutReapplication(problem.TieBreakers) };
        return Outcomes(problem, maxGoals).Count(results =>
            !problem.TableWith(results).Rows.Select(r => r.Team).SequenceEqual(once.TableWith(results).Rows.Select(r => r.Team)));
    }
}
