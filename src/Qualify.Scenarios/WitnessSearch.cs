using Qualify.Domain.Matches;

namespace Qualify.Scenarios;

/// <summary>
/// A quick randomised local search for witnesses, scored by the reference table itself, so that CP-SAT is called only
/// where a proof is needed. It proves nothing: a query it cannot satisfy goes to CP-SAT.
/// </summary>
internal sealed class WitnessSearch(ScenarioProblem problem, int maxGoals, int seed)
{
    private readonly Random _random = new(seed);

    /// <summary>Looks for results with the team's position range scoring lowest under <paramref name="score"/>; stops at <paramref name="target"/>.</summary>
    public (Witness Witness, long Score) Search(string team, Func<int, int, long> score, long target, int evaluations)
    {
        var remaining = problem.Remaining;
        var choices = Choices();
        var current = new Score[remaining.Length];
        (Witness, long)? best = null;
        var budget = evaluations;
        var strength = problem.TableWith([]).Rows.ToDictionary(r => r.Team, r => -r.Position, StringComparer.Ordinal);
        for (var restart = 0; budget > 0; restart++)
        {
            Restart(team, current, restart, choices, strength);
            var (witness, value) = Evaluate(team, current, score);
            budget--;
            for (var step = 0; step < 4 * remaining.Length && budget > 0 && value > target; step++)
            {
                var m = _random.Next(remaining.Length);
                var previous = current[m];
                current[m] = choices[_random.Next(choices.Length)];
                var (w, v) = Evaluate(team, current, score);
                budget--;
                if (v <= value)
                {
                    (witness, value) = (w, v);
                }
                else
                {
                    current[m] = previous;
                }
            }

            if (best is null || value < best.Value.Item2)
            {
                best = (witness, value);
            }

            if (value <= target)
            {
                break;
            }
        }

        return best ?? Evaluate(team, current, score);
    }

    /// <summary>The scores tried: a large and a narrow win each way, draws, and (with a bound) a high draw.</summary>
    private Score[] Choices()
    {
        var margin = Math.Max(1, maxGoals);
        return maxGoals == 0 ? [new Score(0, 0)] :
            [new Score(margin, 0), new Score(1, 0), new Score(0, 0), new Score(Math.Min(1, maxGoals), Math.Min(1, maxGoals)), new Score(0, 1), new Score(0, margin), new Score(margin, margin)];
    }

    /// <summary>
    /// A restart: the team wins (even restarts) or loses every match by the largest margin; the other matches are drawn, won
    /// by the team placed lower now, won by the team placed higher, then at random.
    /// </summary>
    private void Restart(string team, Score[] current, int restart, Score[] choices, Dictionary<string, int> strength)
    {
        var homeBig = choices[0];
        var awayBig = choices[Math.Min(5, choices.Length - 1)];
        var favour = restart % 2 == 0;
        var pattern = restart / 2;
        for (var m = 0; m < current.Length; m++)
        {
            var match = problem.Remaining[m];
            var home = string.Equals(match.Home, team, StringComparison.Ordinal);
            current[m] = match.Involves(team) ? (home == favour ? homeBig : awayBig) : pattern switch
            {
                0 => choices[2],
                1 => strength[match.Home] < strength[match.Away] ? homeBig : awayBig,
                2 => strength[match.Home] > strength[match.Away] ? homeBig : awayBig,
                _ => choices[_random.Next(choices.Length)],
            };
        }
    }

    private (Witness, long) Evaluate(string team, Score[] scores, Func<int, int, long> score)
    {
        var results = problem.Remaining.Select((m, i) => m with { Score = scores[i] }).ToList();
        var (from, to) = ScenarioProblem.PositionRange(problem.TableWith(results), team);
        return (new Witness(from, to, [.. results]), score(from, to));
    }
}
