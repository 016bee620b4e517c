using System.Collections.Immutable;
using Qualify.Domain.Competitions;
using Qualify.Domain.Standings;

namespace Qualify.Scenarios;

/// <summary>
/// A ranking across groups as the exact analysis sees it (<see cref="RankingAnalyzer"/>): the definition, the groups it
/// ranks (each a <see cref="ScenarioProblem"/>), and the criteria its records are compared on.
/// </summary>
/// <param name="Competition">The competition (deductions, fair play and lots for the reference ranking).</param>
/// <param name="Stage">The stage the ranking belongs to.</param>
/// <param name="Ranking">The ranking's definition.</param>
/// <param name="Covered">Every group it covers, in the stage's order (those with fewer teams than its position are not ranked but count for the smallest size).</param>
public sealed record RankingProblem(CompetitionDefinition Competition, StageDefinition Stage, CrossGroupRanking Ranking, ImmutableArray<ScenarioProblem> Covered)
{
    /// <summary>The groups ranked: those covered with at least <see cref="CrossGroupRanking.Position"/> teams.</summary>
    public ImmutableArray<ScenarioProblem> Groups => [.. Covered.Where(g => g.Teams.Length >= Ranking.Position)];

    /// <summary>The size of the smallest group covered (<see cref="DiscardRule.BeyondSmallestGroup"/>).</summary>
    public int Smallest => Covered.Min(g => g.Teams.Length);

    /// <summary>The group position ranked, 1-based.</summary>
    public int Position => Ranking.Position;

    /// <summary>Whether every group ranked is complete: fair play is then a constant of the definition and part of the record.</summary>
    public bool Complete => Groups.All(g => g.Remaining.IsEmpty);

    /// <summary>
    /// The criteria a record is compared on, in order: the ranking's overall criteria up to the drawing of lots; fair play
    /// (the definition's constants) only once every group is complete, and nothing after it while it goes either way.
    /// </summary>
    /// <exception cref="NotSupportedException">A head-to-head or two-teams-only criterion, which a ranking across groups cannot decompose.</exception>
    public IReadOnlyList<TieBreakCriterion> Criteria()
    {
        var criteria = new List<TieBreakCriterion>();
        foreach (var block in Ranking.Criteria.Blocks)
        {
            foreach (var step in block.Steps)
            {
                if (step.Criterion == TieBreakCriterion.Lots || (step.Criterion == TieBreakCriterion.FairPlay && !Complete))
                {
                    return criteria;
                }

                if (block.Scope != TieBreakScope.Overall || step.OnlyWhenTwoTeamsConcerned)
                {
                    throw new NotSupportedException($"ranking '{Ranking.Name}': the criterion {step.Criterion} is not supported by exact scenarios across groups");
                }

                criteria.Add(step.Criterion);
            }
        }

        return criteria;
    }

    /// <summary>
    /// The group positions whose teams' results are discarded in a group of <paramref name="size"/> teams: those beyond the
    /// smallest group's size, the last one, or none (<see cref="DiscardRule"/>), as a range <c>From…size</c> (empty when From &gt; size).
    /// </summary>
    public int DiscardFrom(int size) => Ranking.Discard switch
    {
        DiscardRule.BeyondSmallestGroup => Smallest + 1,
        DiscardRule.LastPlaced => size,
        _ => size + 1,
    };

    /// <summary>
    /// The rankings of every stage of <paramref name="competition"/>, over the group <paramref name="problems"/> of
    /// <see cref="ScenarioProblem.FromCompetition"/> (matched by stage and group name).
    /// </summary>
    public static IReadOnlyList<RankingProblem> FromCompetition(CompetitionDefinition competition, IReadOnlyList<ScenarioProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(competition);
        ArgumentNullException.ThrowIfNull(problems);
        var rankings = new List<RankingProblem>();
        foreach (var stage in competition.Stages)
        {
            foreach (var ranking in stage.CrossGroupRankings)
            {
                // Every group the ranking covers must be posed: a ranking over some of its groups would be another ranking
                // (a group whose teams are not known at the date is not posed, and neither is its ranking).
                var covered = problems.Where(p => string.Equals(p.Stage, stage.Name, StringComparison.Ordinal) && ranking.Covers(p.Group)).ToList();
                if (covered.Count == 0 || covered.Count < stage.Groups.Count(g => ranking.Covers(g.Name)))
                {
                    continue;
                }

                rankings.Add(new RankingProblem(competition, stage, ranking, [.. covered]));
            }
        }

        return rankings;
    }
}
