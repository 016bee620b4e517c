using System.Collections.Immutable;
using Qualify.Domain.Matches;

namespace Qualify.Scenarios;

/// <summary>
/// What the next matchday can settle. For every combination of win/draw/loss results of its matches, and every team
/// and slot, whether the team is sure to be in the slot after the matchday whatever the later results (clinched),
/// sure to be out of it (eliminated), or neither; where goal margins decide within a combination, the margin that
/// settles it. The combinations are then merged, per team and slot, into readable conditions.
/// </summary>
/// <remarks>
/// <para>
/// Every answer is exact under the goal bound: a combination is called clinched only when CP-SAT proves INFEASIBLE
/// "the matchday ends with these results and the team may finish outside the slot" (and likewise eliminated). The
/// combinations are enumerated by exclusion: each solution CP-SAT finds covers one more combination, a clause
/// excludes it, and the final INFEASIBLE proves every combination not covered at once. A pool of results ranked by
/// the reference table (<c>StandingsCalculator</c>) covers most combinations before any solver call.
/// </para>
/// <para>
/// Margins: within an open combination, for each match that is not a draw, the largest and smallest winning margins
/// under which the team may still end on the wrong side of the slot are optimised (status OPTIMAL); a larger (or
/// smaller) margin settles the slot whatever the other scores.
/// </para>
/// <para>
/// Scores that settle a slot only together (two margins, the score of a draw, goals beyond a margin): for each combination
/// open as a whole, CP-SAT looks for matchday scores outside the margin rules that settle the slot, each proven with the
/// later matches open, and reduces every example found to the scores that matter (<see cref="TeamNextMatchday.MarginDependent"/>).
/// </para>
/// </remarks>
public static class NextMatchdayAnalyzer
{
    /// <summary>
    /// The next matchday: the remaining fixtures in date order (definition order on the same date), taken while no
    /// team appears twice; empty when nothing remains.
    /// </summary>
    public static ImmutableArray<Match> NextMatchday(ScenarioProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return [.. MatchdayIndices(problem).Select(i => problem.Remaining[i])];
    }

    internal static ImmutableArray<int> MatchdayIndices(ScenarioProblem problem)
    {
        var teams = new HashSet<string>(StringComparer.Ordinal);
        var indices = ImmutableArray.CreateBuilder<int>();
        var ordered = problem.Remaining.Select((m, i) => (m, i)).OrderBy(x => x.m.Date).ThenBy(x => x.i);
        foreach (var (match, i) in ordered)
        {
            if (!teams.Add(match.Home) | !teams.Add(match.Away))
            {
                break;
            }

            indices.Add(i);
        }

        return indices.ToImmutable();
    }

    /// <summary>Analyses the next matchday of <paramref name="problem"/>.</summary>
    /// <param name="problem">The group.</param>
    /// <param name="options">The goal bound (rechecked at <see cref="ScenarioOptions.VerificationGoals"/>, raised when an answer changes) and solver settings.</param>
    /// <param name="teams">Only these teams, or <see langword="null"/> for all.</param>
    /// <exception cref="InvalidOperationException">Nothing remains to play.</exception>
    public static NextMatchdayScenarios Analyse(ScenarioProblem problem, ScenarioOptions? options = null, IReadOnlyCollection<string>? teams = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        options ??= new ScenarioOptions();
        var matchday = MatchdayIndices(problem);
        if (matchday.IsEmpty)
        {
            throw new InvalidOperationException($"group '{problem.Group}' has no fixtures left to play");
        }

        var focals = Enumerable.Range(0, problem.Teams.Length)
            .Where(t => teams is null || teams.Contains(problem.Teams[t], StringComparer.Ordinal)).ToArray();
        var bound = options.MaxGoals;
        var verification = options.VerificationGoals ?? bound * 4;
        var run = new MatchdayPass(problem, matchday, bound, options, []);
        var facts = run.Analyse(focals, margins: true);
        var final = run;
        while (verification > bound)
        {
            // Recheck at the larger bound: every entry found stays a valid set of results; every status is proven
            // again. A changed status means the bound was too small: raise it. A margin rule is kept only if the larger
            // bound proves it too; one that fails depends on how large the other scores may be (a trade-off between
            // margins), so it is not a fact.
            var check = new MatchdayPass(problem, matchday, verification, options with { CheckWitnesses = false }, run.AllEntries(facts));
            var statuses = check.Analyse(focals, margins: false);
            if (facts.Zip(statuses).All(p => p.First.SameStatuses(p.Second)))
            {
                facts = check.Confirm(focals, facts);
                final = check;
                break;
            }

            (run, bound) = (check, verification);
            facts = check.Analyse(focals, margins: true);
            final = run;
            verification *= 4;
        }

        // Results settled only by several scores together: searched under the final (larger) bound, with the matchday's
        // scores within the reported one, so that every claim is proven at both.
        facts = final.FindMarginDependent(focals, facts, bound);
        return Report(problem, matchday, bound, focals, facts);
    }

    private static NextMatchdayScenarios Report(ScenarioProblem problem, ImmutableArray<int> matchday, int bound, int[] focals, TeamFacts[] facts)
    {
        var table = problem.TableWith([]);
        var positions = table.Rows.ToDictionary(r => r.Team, r => r.Position, StringComparer.Ordinal);
        var slots = ScenarioAnalyzer.SlotsOf(problem);
        var matches = matchday.Select(i => problem.Remaining[i]).ToImmutableArray();
        var entries = new List<TeamNextMatchday>();
        foreach (var row in table.Rows)
        {
            var f = Array.IndexOf(focals, problem.Teams.IndexOf(row.Team));
            if (f < 0)
            {
                continue;
            }

            var teamFacts = facts[f];
            var now = slots.Select((s, si) => new SlotOutcome(s.Name, teamFacts.Now(si), [])).ToImmutableArray();
            var combinations = Enumerable.Range(0, teamFacts.Combinations).Select(c =>
                slots.Select((s, si) => new SlotOutcome(s.Name, teamFacts.Status[si][c], [.. teamFacts.Rules[si][c]])).ToImmutableArray()).ToImmutableArray();
            var conditions = NextMatchdayConditions.Conditions(problem, row.Team, teamFacts, slots, matches, positions);
            var marginDependent = teamFacts.Claims.Select(c =>
            {
                var (name, from, to) = slots[c.Slot];
                var also = conditions.Any(x => x.Slot == name && x.Kind == c.Kind);
                var claim = new MarginDependentCondition(name, from, to, c.Kind, c.Term, c.Matches, c.Margins, c.Example, c.CombinedAtLeast, c.CombinedAtMost, string.Empty);
                return claim with { Text = ConditionText.MarginSentence(row.Team, claim, also, matches, positions) };
            }).ToImmutableArray();
            entries.Add(new TeamNextMatchday(row.Team, row.Position, row.Points, now, conditions, combinations) { MarginDependent = marginDependent, MarginDependentComplete = teamFacts.ClaimsComplete });
        }

        return new NextMatchdayScenarios(problem.Group, matches, problem.Remaining.Length - matchday.Length, bound, [.. entries]) { Slots = [.. slots], Stage = problem.Stage };
    }
}
