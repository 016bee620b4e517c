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
    /// <remarks>
    /// Reads only the team's own matches (<see cref="RankerWorkspace.TeamMatches"/>), their goals from their score cells
    /// while pending (<see cref="RankerWorkspace.GoalsOf"/>), and marks the discarded teams once: the same sums as over
    /// every match of the group.
    /// </remarks>
    public static void Fill(StagePlan plan, RankingPlan ranking, int g, RankerWorkspace w, int[] teams, Span<long> values)
    {
        var group = plan.Groups[g].Simulator.Group;
        var n = group.TeamCount;
        var order = w.Order;
        var team = order[ranking.Ranking.Position - 1];
        Span<int> dropped = stackalloc int[n];
        MarkDiscarded(ranking, order, dropped);
        var home = w.Home;
        var away = w.Away;
        var matches = w.TeamMatches;
        var (win, draw, loss) = (group.Win, group.Draw, group.Loss);

        // Branch-free sums (the team and its opponents change from one simulation to the next, so branches on them
        // would be mispredicted): each match counts with weight 1, or 0 against a discarded team.
        int points = 0, goalsFor = 0, goalsAgainst = 0, awayGoalsFor = 0, wins = 0, awayWins = 0;
        for (var i = w.TeamMatchStart[team]; i < w.TeamMatchStart[team + 1]; i++)
        {
            var m = matches[i];
            var atAway = away[m] == team ? 1 : 0;
            var keep = 1 - dropped[home[m] + away[m] - team];
            var (homeGoals, awayGoals) = w.GoalsOf(m);
            var mine = homeGoals + ((awayGoals - homeGoals) * atAway);
            var theirs = homeGoals + awayGoals - mine;
            var won = mine > theirs ? 1 : 0;
            var drew = mine == theirs ? 1 : 0;
            goalsFor += keep * mine;
            goalsAgainst += keep * theirs;
            points += keep * ((won * win) + (drew * draw) + ((1 - won - drew) * loss));
            wins += keep * won;
            awayGoalsFor += keep * atAway * mine;
            awayWins += keep * atAway * won;
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

    /// <summary>Marks with 1 the teams (local indices) whose matches the discard rule leaves out, from the group's order.</summary>
    private static void MarkDiscarded(RankingPlan ranking, int[] order, Span<int> discarded)
    {
        switch (ranking.Ranking.Discard)
        {
            case DiscardRule.LastPlaced:
                discarded[order[^1]] = 1;
                break;
            case DiscardRule.BeyondSmallestGroup:
                for (var p = ranking.Smallest; p < order.Length; p++)
                {
                    discarded[order[p]] = 1;
                }

                break;
            default:
                break;
        }
    }
}
