using System.Collections.Immutable;
using Qualify.Domain.Matches;

namespace Qualify.Scenarios;

/// <summary>Margin-dependent claims: each proven example reduced to the scores that matter, then merged into terms.</summary>
internal sealed class MarginClaimBuilder(TeamSearch team)
{
    /// <summary>How many goals a combined margin is moved from the example's before it is reported as it stands.</summary>
    private const int CombinedSteps = 4;

    /// <summary>The restriction's parts for a claim: its fixed scores, and the result of every other match it names.</summary>
    private (List<(int Match, Score Score)> Scores, List<(int Match, int Min, int Max)> Differences) Parts(MatchOutcome?[] results, Score?[] scores)
    {
        var fixedScores = new List<(int, Score)>();
        var differences = new List<(int, int, int)>();
        for (var m = 0; m < results.Length; m++)
        {
            if (scores[m] is { } s)
            {
                fixedScores.Add((team.Pass.Matchday[m], s));
            }
            else if (results[m] is { } outcome)
            {
                var (min, max) = outcome.DifferenceRange(team.Pass.Bound);
                differences.Add((team.Pass.Matchday[m], min, max));
            }
        }

        return (fixedScores, differences);
    }

    /// <summary>
    /// A proven example reduced to what it needs: each match whose result and score can both be freed (the slot still settled
    /// whatever they are, every combination then allowed still open as a whole) is freed; then each match whose score can be
    /// freed keeping its result keeps only its result. Every other match's score matters: a counter-example within
    /// <paramref name="matchdayGoals"/> shows it, and one with another margin shows that its goal margin matters.
    /// </summary>
    public RawClaim Reduce(SlotStatement x, RankedResults proposal, int matchdayGoals)
    {
        var k = team.Pass.Matchday.Length;
        var results = new MatchOutcome?[k];
        var scores = new Score?[k];
        for (var m = 0; m < k; m++)
        {
            var s = proposal.Scores[team.Pass.Matchday[m]];
            (results[m], scores[m]) = (s.Outcome, s);
        }

        (results, scores) = FreeMatches(x, results, scores);
        scores = Plainer(x, results, scores);
        var matters = new bool[k];
        var margins = new bool[k];
        for (var m = 0; m < k; m++)
        {
            if (scores[m] is { } score)
            {
                (scores, matters[m], margins[m]) = Matters(x, results, scores, m, score, matchdayGoals);
            }
        }

        return new RawClaim(x.Slot, x.Kind, results, scores, matters, margins);
    }

    /// <summary>Frees each match whose result and score can both go, the slot still settled and every combination then allowed open.</summary>
    private (MatchOutcome?[] Results, Score?[] Scores) FreeMatches(SlotStatement x, MatchOutcome?[] results, Score?[] scores)
    {
        var k = results.Length;
        bool AllOpen(MatchOutcome?[] r) => MatchdayCombination.All(k).All(c => !c.Matches(r) || team.Status[x.Slot][c.Index] == SlotStatus.Open);
        for (var m = 0; m < k; m++)
        {
            var (r, s) = ((MatchOutcome?[])results.Clone(), (Score?[])scores.Clone());
            (r[m], s[m]) = (null, null);
            var (fixedScores, differences) = Parts(r, s);
            if (AllOpen(r) && team.Counter(x, fixedScores, differences) is null)
            {
                (results, scores) = (r, s);
            }
        }

        return (results, scores);
    }

    /// <summary>A plainer example: each score with the loser's (or both drawing sides') goals taken off, when that still settles it.</summary>
    private Score?[] Plainer(SlotStatement x, MatchOutcome?[] results, Score?[] scores)
    {
        for (var m = 0; m < results.Length; m++)
        {
            if (scores[m] is { } score && Math.Min(score.Home, score.Away) > 0)
            {
                var s = (Score?[])scores.Clone();
                var common = Math.Min(score.Home, score.Away);
                s[m] = new Score(score.Home - common, score.Away - common);
                var (fixedScores, differences) = Parts(results, s);
                if (team.Counter(x, fixedScores, differences) is null)
                {
                    scores = s;
                }
            }
        }

        return scores;
    }

    /// <summary>
    /// Whether match <paramref name="m"/>'s <paramref name="score"/> matters (a counter-example within <paramref name="matchdayGoals"/>
    /// without it), and its goal margin (a counter-example with another margin); a score that does not matter is dropped.
    /// </summary>
    private (Score?[] Scores, bool Matters, bool Margin) Matters(SlotStatement x, MatchOutcome?[] results, Score?[] scores, int m, Score score, int matchdayGoals)
    {
        var s = (Score?[])scores.Clone();
        s[m] = null;
        var (fixedScores, differences) = Parts(results, s);
        var counter = team.Counter(x, fixedScores, differences);
        if (counter is null)
        {
            return (s, false, false);
        }

        // Its score matters; say so only with a counter-example within the bound of the matchday.
        var match = team.Pass.Matchday[m];
        bool Within(RankedResults e) => team.Pass.Matchday.All(j => e.Scores[j].Home <= matchdayGoals && e.Scores[j].Away <= matchdayGoals);
        if (!Within(counter) && team.Counter(x, fixedScores, differences, matchdayGoals) is null)
        {
            return (scores, false, false);
        }

        var home = results[m] == MatchOutcome.HomeWin;
        var margin = Math.Abs(score.Home - score.Away);
        int Margin(RankedResults e) => Math.Abs(e.Scores[match].Home - e.Scores[match].Away);
        RankedResults? Other(int least, int most) => least > most ? null
            : team.Counter(x, fixedScores, [.. differences, (match, home ? least : -most, home ? most : -least)], matchdayGoals);
        var margins = results[m] != MatchOutcome.Draw && ((Within(counter) && Margin(counter) != margin)
            || Other(1, margin - 1) is not null || Other(margin + 1, matchdayGoals) is not null);
        return (scores, true, margins);
    }

    /// <summary>
    /// The claims of each statement merged into terms, per statement and set of matches whose scores matter (the condition
    /// merger over win/draw/loss combinations, every combination of a term claimed). A term keeps a claim's example only if
    /// CP-SAT proves it over the whole term; otherwise the claims stay apart. For two matches whose margins matter, a combined
    /// margin that settles the slot whatever the scores is looked for (<see cref="Combined"/>).
    /// </summary>
    public List<MarginClaim> Merge(List<RawClaim> found, int matchdayGoals)
    {
        var k = team.Pass.Matchday.Length;
        var own = Enumerable.Range(0, k).Where(m => team.Pass.Problem.Remaining[team.Pass.Matchday[m]].Involves(team.Pass.Problem.Teams[team.Focal]))
            .DefaultIfEmpty(-1).First();
        var result = new List<MarginClaim>();
        var groups = found.GroupBy(c => (c.Slot, c.Kind, Fixed: Mask(c.Scores.Select(s => s is not null)), Matters: Mask(c.Matters), c.MarginsMatter));
        foreach (var group in groups)
        {
            var claims = group.ToList();
            var statement = new SlotStatement(group.Key.Slot, group.Key.Kind);
            var sizes = Enumerable.Repeat(3, k).ToArray();
            var cells = Enumerable.Range(0, team.Pass.Combinations)
                .Select(c => claims.Any(x => x.Covers(c, k)) ? CellValue.True : CellValue.False).ToArray();
            var emitted = new HashSet<RawClaim>();
            foreach (var product in ConditionMinimizer.Minimise(sizes, cells))
            {
                foreach (var (claim, literals) in Terms(statement, claims, product, emitted))
                {
                    result.Add(ToMarginClaim(statement, claim, literals, own, matchdayGoals));
                }
            }
        }

        return result;
    }

    /// <summary>Which matches a claim's flags mark, as a bit mask (match m is bit m).</summary>
    private static int Mask(IEnumerable<bool> flags) => flags.Select((f, m) => f ? 1 << m : 0).Sum();

    /// <summary>
    /// The terms of one product of the merger: the product itself with a claim proven over it, or else each claim it merged
    /// (not emitted yet) over its own results.
    /// </summary>
    private List<(RawClaim Claim, (int Match, int Min, int Max)[] Differences)> Terms(SlotStatement statement, List<RawClaim> claims,
        (int Lo, int Hi)[] product, HashSet<RawClaim> emitted)
    {
        var k = team.Pass.Matchday.Length;

        // The results of the term: a range of outcomes (0 home win, 1 draw, 2 away win) per match.
        var differences = Enumerable.Range(0, k).Where(m => product[m] != (0, 2))
            .Select(m => (Match: m, Min: product[m].Hi == 2 ? -team.Pass.Bound : product[m].Hi == 1 ? 0 : 1,
                Max: product[m].Lo == 0 ? team.Pass.Bound : product[m].Lo == 1 ? 0 : -1)).ToList();
        if (ProvenOver(statement, claims, product, differences) is { } proven)
        {
            return [(proven, [.. differences])];
        }

        // Not provable as one term: each claim it merged stays a term of its own.
        var terms = new List<(RawClaim Claim, (int Match, int Min, int Max)[] Differences)>();
        foreach (var claim in claims.Where(x => !emitted.Contains(x) && Enumerable.Range(0, team.Pass.Combinations)
            .Any(c => x.Covers(c, k) && new MatchdayCombination(c, k).InProduct(product))))
        {
            emitted.Add(claim);
            terms.Add((claim, [.. Enumerable.Range(0, k).Where(m => claim.Results[m] is not null)
                .Select(m => (m, claim.Results[m]!.Value.DifferenceRange(team.Pass.Bound).Min, claim.Results[m]!.Value.DifferenceRange(team.Pass.Bound).Max))]));
        }

        return terms;
    }

    /// <summary>A claim whose example settles the statement over the whole product (its own results first: proven when reduced), if any.</summary>
    private RawClaim? ProvenOver(SlotStatement statement, List<RawClaim> claims, (int Lo, int Hi)[] product, List<(int Match, int Min, int Max)> differences)
    {
        var k = team.Pass.Matchday.Length;
        foreach (var claim in claims.OrderBy(c => Enumerable.Range(0, k).All(m => product[m] == Outcomes(c.Results[m])) ? 0 : 1))
        {
            // A term that is the claim's own results was proven when the claim was reduced.
            if (Enumerable.Range(0, k).All(m => product[m] == Outcomes(claim.Results[m])))
            {
                return claim;
            }

            var example = Enumerable.Range(0, k).Where(m => claim.Scores[m] is not null).Select(m => (Match: team.Pass.Matchday[m], Score: claim.Scores[m]!.Value)).ToList();
            var fits = differences.All(d => claim.Scores[d.Match] is not { } s || (s.Home - s.Away >= d.Min && s.Home - s.Away <= d.Max));
            if (fits && team.Counter(statement, example, [.. differences.Where(d => claim.Scores[d.Match] is null)
                .Select(d => (team.Pass.Matchday[d.Match], d.Min, d.Max))]) is null)
            {
                return claim;
            }
        }

        return null;
    }

    /// <summary>A term's claim as reported: literals, matches and example scores with the team's own match first, and a combined margin for two.</summary>
    private MarginClaim ToMarginClaim(SlotStatement statement, RawClaim claim, (int Match, int Min, int Max)[] literals, int own, int matchdayGoals)
    {
        var k = team.Pass.Matchday.Length;
        var term = new ConditionTerm([.. literals.OrderBy(l => l.Match == own ? 0 : 1).ThenBy(l => l.Match)
            .Select(l => new ResultLiteral(l.Match, l.Min <= -team.Pass.Bound ? null : l.Min, l.Max >= team.Pass.Bound ? null : l.Max))]);
        var matches = Enumerable.Range(0, k).Where(m => claim.Matters[m]).OrderBy(m => m == own ? 0 : 1).ThenBy(m => m).ToImmutableArray();
        var example = Enumerable.Range(0, k).Where(m => claim.Scores[m] is not null).OrderBy(m => m == own ? 0 : 1).ThenBy(m => m)
            .Select(m => new MatchScore(m, claim.Scores[m]!.Value)).ToImmutableArray();
        var (least, most) = matches.Length == 2 && claim.MarginsMatter && example.Length == 2
            ? Combined(statement, matches, literals, example, matchdayGoals) : (null, null);
        return new MarginClaim(statement.Slot, statement.Kind, term, matches, claim.MarginsMatter, example, least, most);
    }

    /// <summary>The range of outcomes (0 home win, 1 draw, 2 away win) a claim's result allows: one, or all three when free.</summary>
    private static (int Lo, int Hi) Outcomes(MatchOutcome? result) => result is { } r ? ((int)r, (int)r) : (0, 2);

    /// <summary>
    /// For two matches (both wins in the term): a combined winning margin beyond which every score of the term settles the
    /// statement (or below which every score does), proven by CP-SAT (INFEASIBLE: no results on the wrong side with such a
    /// combined margin). It starts at the example's combined margin and moves one goal at a time while the proof holds (at most
    /// <see cref="CombinedSteps"/> steps), so it is tight unless the steps ran out; <see langword="null"/> when the example's
    /// own combined margin is not enough either way.
    /// </summary>
    private (int? AtLeast, int? AtMost) Combined(SlotStatement x, ImmutableArray<int> matches, (int Match, int Min, int Max)[] term,
        ImmutableArray<MatchScore> example, int matchdayGoals)
    {
        var signs = matches.Select(m => term.Single(l => l.Match == m).Min >= 1 ? 1 : -1).ToArray();
        var weights = matches.Select((m, i) => (team.Pass.Matchday[m], signs[i])).ToList();
        var start = example.Where(e => matches.Contains(e.Match)).Sum(e => Math.Abs(e.Score.Home - e.Score.Away));
        var differences = term.Select(l => (team.Pass.Matchday[l.Match], l.Min, l.Max)).ToList();
        bool Enough(int min, int max) => team.Find(TeamSearch.BadQuery(x.Kind), x.Slot,
            new Restriction { Matchday = team.Pass.Matchday, Differences = differences, Sums = [(weights, min, max)] }, e => team.Bad(e, x.Slot, x.Kind), onPoints: false) is null;
        int? Least()
        {
            if (!Enough(start, 2 * team.Pass.Bound))
            {
                return null;
            }

            var least = start;
            for (var step = 0; step < CombinedSteps && least > 3 && Enough(least - 1, 2 * team.Pass.Bound); step++)
            {
                least--;
            }

            return least;
        }

        int? Most()
        {
            if (!Enough(2, start))
            {
                return null;
            }

            var most = start;
            for (var step = 0; step < CombinedSteps && most < (2 * matchdayGoals) - 1 && Enough(2, most + 1); step++)
            {
                most++;
            }

            return most;
        }

        return (Least(), Most());
    }
}
