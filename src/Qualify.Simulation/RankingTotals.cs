using Qualify.Domain.Competitions;
using Qualify.Domain.Standings;

namespace Qualify.Simulation;

/// <summary>A team's totals in a ranking across groups, as that ranking's criteria read them.</summary>
internal static class RankingTotals
{
    /// <summary>
    /// Writes into <paramref name="values"/> the criteria values of the team at the ranking's position in group
    /// <paramref name="g"/>: over its matches in the workspace, less those against teams the discard rule names.
    /// </summary>
    /// <param name="plan">The competition's plan.</param>
    /// <param name="ranking">The ranking.</param>
    /// <param name="g">The group plan.</param>
    /// <param name="w">The group's simulated table.</param>
    /// <param name="teams">The global team in each of the group's local places in this simulation.</param>
    /// <param name="values">Receives the criteria values.</param>
    public static void Fill(StagePlan plan, RankingPlan ranking, int g, RankerWorkspace w, int[] teams, Span<long> values)
    {
        var group = plan.Groups[g].Simulator.Group;
        w.EnsureGoals();
        var n = group.TeamCount;
        var order = w.Order;
        var team = order[ranking.Ranking.Position - 1];
        var last = order[n - 1];
        int points = 0, goalsFor = 0, goalsAgainst = 0, awayGoalsFor = 0, wins = 0, awayWins = 0;
        for (var m = 0; m < w.MatchCount; m++)
        {
            var isHome = w.Home[m] == team;
            if (!isHome && w.Away[m] != team)
            {
                continue;
            }

            var opponent = isHome ? w.Away[m] : w.Home[m];
            if (Discarded(ranking, order, opponent, last))
            {
                continue;
            }

            var (mine, theirs) = isHome ? (w.HomeGoals[m], w.AwayGoals[m]) : (w.AwayGoals[m], w.HomeGoals[m]);
            goalsFor += mine;
            goalsAgainst += theirs;
            points += mine > theirs ? group.Win : mine == theirs ? group.Draw : group.Loss;
            wins += mine > theirs ? 1 : 0;
            awayGoalsFor += isHome ? 0 : mine;
            awayWins += !isHome && mine > theirs ? 1 : 0;
        }

        for (var s = 0; s < ranking.Steps.Length; s++)
        {
            values[s] = ranking.Steps[s] switch
            {
                TieBreakCriterion.Points => points - group.Deduction[team],
                TieBreakCriterion.GoalDifference => goalsFor - goalsAgainst,
                TieBreakCriterion.GoalsFor => goalsFor,
                TieBreakCriterion.AwayGoalsFor => awayGoalsFor,
                TieBreakCriterion.Wins => wins,
                TieBreakCriterion.AwayWins => awayWins,
                TieBreakCriterion.FairPlay => group.FairPlay[team],
                _ => -plan.LotsRank[teams[team]],
            };
        }
    }

    private static bool Discarded(RankingPlan ranking, int[] order, int opponent, int last)
    {
        switch (ranking.Ranking.Discard)
        {
            case DiscardRule.LastPlaced:
                return opponent == last;
            case DiscardRule.BeyondSmallestGroup:
                for (var p = ranking.Smallest; p < order.Length; p++)
                {
                    if (order[p] == opponent)
                    {
                        return true;
                    }
                }

                return false;
            default:
                return false;
        }
    }
}
