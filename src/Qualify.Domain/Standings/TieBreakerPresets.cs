using System.Collections.Immutable;

namespace Qualify.Domain.Standings;

/// <summary>The official tie-breaker chains that competition definitions name.</summary>
public static class TieBreakerPresets
{
    private static TieBreakBlock Overall(params TieBreakCriterion[] criteria) =>
        new(TieBreakScope.Overall, [.. criteria.Select(c => new TieBreakStep(c))]);

    /// <summary>
    /// CONCACAF's final round of qualifying for the FIFA World Cup Qatar 2022 ("the Octagon"), following the
    /// Regulations for the Preliminary Competition of the FIFA World Cup Qatar 2022 (art. 20.6), which CONCACAF's
    /// competition rules apply: (a) points in all group matches; (b) goal difference in all group matches;
    /// (c) goals scored in all group matches; then, among the teams still level,
    /// (d) points in the matches between the teams concerned; (e) goal difference in those matches;
    /// (f) goals scored in those matches; (g) away goals scored in those matches, if only two teams are level;
    /// (h) fair-play points (yellow card −1, indirect red −3, direct red −4, yellow and direct red −5);
    /// (i) drawing of lots. Head-to-head criteria are not re-applied to a smaller subset.
    /// </summary>
    public static TieBreakerChain Concacaf2022 { get; } = new("concacaf-2022",
    [
        Overall(TieBreakCriterion.Points, TieBreakCriterion.GoalDifference, TieBreakCriterion.GoalsFor),
        new TieBreakBlock(TieBreakScope.HeadToHead,
        [
            new TieBreakStep(TieBreakCriterion.Points),
            new TieBreakStep(TieBreakCriterion.GoalDifference),
            new TieBreakStep(TieBreakCriterion.GoalsFor),
            new TieBreakStep(TieBreakCriterion.AwayGoalsFor, OnlyWhenTwoTeamsConcerned: true),
        ]),
        Overall(TieBreakCriterion.FairPlay),
        Overall(TieBreakCriterion.Lots),
    ]);

    /// <summary>
    /// The FIFA World Cup 26 preliminary competition, league format, as summarised from FIFA's regulations for
    /// the preliminary competition (ranking of teams in a league format): points, goal difference and goals scored
    /// in all group matches; then points, goal difference and goals scored in the matches between the teams
    /// concerned, re-applied exclusively to any subset still level; then fair-play points; then drawing of lots.
    /// The away-goals criterion of the 2022 edition is not part of this chain.
    /// </summary>
    public static TieBreakerChain Fifa2026Qualifiers { get; } = new("fifa-2026-qualifiers",
    [
        Overall(TieBreakCriterion.Points, TieBreakCriterion.GoalDifference, TieBreakCriterion.GoalsFor),
        new TieBreakBlock(TieBreakScope.HeadToHead,
        [
            new TieBreakStep(TieBreakCriterion.Points),
            new TieBreakStep(TieBreakCriterion.GoalDifference),
            new TieBreakStep(TieBreakCriterion.GoalsFor),
        ], ReapplyToSubsets: true),
        Overall(TieBreakCriterion.FairPlay),
        Overall(TieBreakCriterion.Lots),
    ]);

    /// <summary>
    /// UEFA's head-to-head-first chain, as in the Regulations of the UEFA European Football Championship
    /// 2022–24, qualifying competition (art. 18.01–18.02): points; then (a) points, (b) goal difference and
    /// (c) goals scored in the matches among the teams in question; (d) criteria a–c re-applied exclusively to
    /// the matches between the teams still level; then (e) goal difference and (f) goals scored in all group
    /// matches; (g) away goals scored in all group matches; (h) wins and (i) away wins in all group matches;
    /// (j) disciplinary points (here: fair play); then drawing of lots in place of the qualifying ranking (k).
    /// </summary>
    public static TieBreakerChain Uefa { get; } = new("uefa",
    [
        Overall(TieBreakCriterion.Points),
        new TieBreakBlock(TieBreakScope.HeadToHead,
        [
            new TieBreakStep(TieBreakCriterion.Points),
            new TieBreakStep(TieBreakCriterion.GoalDifference),
            new TieBreakStep(TieBreakCriterion.GoalsFor),
        ], ReapplyToSubsets: true),
        Overall(TieBreakCriterion.GoalDifference, TieBreakCriterion.GoalsFor, TieBreakCriterion.AwayGoalsFor,
            TieBreakCriterion.Wins, TieBreakCriterion.AwayWins),
        Overall(TieBreakCriterion.FairPlay),
        Overall(TieBreakCriterion.Lots),
    ]);

    /// <summary>
    /// The plain overall chain of older FIFA qualifying groups (for example the 1990s): points, goal difference,
    /// goals scored, then drawing of lots. Also the default for cross-group rankings.
    /// </summary>
    public static TieBreakerChain Overall3 { get; } = new("overall",
    [
        Overall(TieBreakCriterion.Points, TieBreakCriterion.GoalDifference, TieBreakCriterion.GoalsFor),
        Overall(TieBreakCriterion.Lots),
    ]);

    /// <summary>The presets by name.</summary>
    public static ImmutableDictionary<string, TieBreakerChain> All { get; } = new[] { Concacaf2022, Fifa2026Qualifiers, Uefa, Overall3 }
        .ToImmutableDictionary(c => c.Name, StringComparer.Ordinal);
}
