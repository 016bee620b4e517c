using Qualify.Domain.Matches;

namespace Qualify.Scenarios.Tests;

/// <summary>
/// The reference answer by enumeration: every score 0…maxGoals per side of every remaining match, each ranked by
/// <c>StandingsCalculator</c>, with fair play and lots going either way (the run of rows they separate).
/// </summary>
internal static class BruteForce
{
    public static Dictionary<string, (int Best, int Worst, Dictionary<string, SlotStatus> Slots)> Analyse(ScenarioProblem problem, int maxGoals)
    {
        var remaining = problem.Remaining;
        var ranges = problem.Teams.ToDictionary(t => t, _ => new List<(int From, int To)>(), StringComparer.Ordinal);
        var scores = new int[remaining.Length * 2];
        var seen = new HashSet<(string, int, int)>();
        while (true)
        {
            var results = remaining.Select((m, i) => m with { Score = new Score(scores[2 * i], scores[(2 * i) + 1]) }).ToList();
            var table = problem.TableWith(results);
            foreach (var team in problem.Teams)
            {
                var range = ScenarioProblem.PositionRange(table, team);
                if (seen.Add((team, range.From, range.To)))
                {
                    ranges[team].Add(range);
                }
            }

            var k = 0;
            while (k < scores.Length && scores[k] == maxGoals)
            {
                scores[k++] = 0;
            }

            if (k == scores.Length)
            {
                break;
            }

            scores[k]++;
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
}
