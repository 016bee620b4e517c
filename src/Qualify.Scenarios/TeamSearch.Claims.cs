using System.Collections.Immutable;
using Qualify.Domain.Matches;

namespace Qualify.Scenarios;

/// <summary>Margin-dependent claims: each proven example reduced to the scores that matter, then merged into terms.</summary>
internal sealed partial class TeamSearch
{
    /// <summary>The goal-difference range (home − away) of a result: +1 home win, 0 draw, −1 away win, within the pass's bound.</summary>
    private (int Min, int Max) ResultRange(int sign) => sign > 0 ? (1, _pass.Bound) : sign < 0 ? (-_pass.Bound, -1) : (0, 0);

    /// <summary>The restriction's parts for a claim: its fixed scores, and the result of every other match it names.</summary>
    private (List<(int Match, Score Score)> Scores, List<(int Match, int Min, int Max)> Differences) Parts(int?[] results, Score?[] scores)
    {
        var fixedScores = new List<(int, Score)>();
        var differences = new List<(int, int, int)>();
        for (var m = 0; m < results.Length; m++)
        {
            if (scores[m] is { } s)
            {
                fixedScores.Add((_pass.Matchday[m], s));
            }
            else if (results[m] is { } sign)
            {
                var (min, max) = ResultRange(sign);
                differences.Add((_pass.Matchday[m], min, max));
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
    private RawClaim Reduce((int Slot, Settlement Kind) x, Entry proposal, int matchdayGoals)
    {
        var k = _pass.Matchday.Length;
        var results = new int?[k];
        var scores = new Score?[k];
        for (var m = 0; m < k; m++)
        {
            var s = proposal.Scores[_pass.Matchday[m]];
            (results[m], scores[m]) = (Math.Sign(s.Home - s.Away), s);
        }

        bool AllOpen(int?[] r) => Enumerable.Range(0, _pass.Combinations)
            .All(c => !CombinationSigns.Consistent(c, r, k) || _status[x.Slot][c] == SlotStatus.Open);
        for (var m = 0; m < k; m++)
        {
            var (r, s) = ((int?[])results.Clone(), (Score?[])scores.Clone());
            (r[m], s[m]) = (null, null);
            var (fixedScores, differences) = Parts(r, s);
            if (AllOpen(r) && Counter(x, fixedScores, differences) is null)
            {
                (results, scores) = (r, s);
            }
        }

        // A plainer example: each score with the loser's (or both drawing sides') goals taken off, when that still settles it.
        for (var m = 0; m < k; m++)
        {
            if (scores[m] is { } score && Math.Min(score.Home, score.Away) > 0)
            {
                var s = (Score?[])scores.Clone();
                var common = Math.Min(score.Home, score.Away);
                s[m] = new Score(score.Home - common, score.Away - common);
                var (fixedScores, differences) = Parts(results, s);
                if (Counter(x, fixedScores, differences) is null)
                {
                    scores = s;
                }
            }
        }

        var matters = new bool[k];
        var margins = new bool[k];
        for (var m = 0; m < k; m++)
        {
            if (scores[m] is not { } score)
            {
                continue;
            }

            var s = (Score?[])scores.Clone();
            s[m] = null;
            var (fixedScores, differences) = Parts(results, s);
            var counter = Counter(x, fixedScores, differences);
            if (counter is null)
            {
                scores = s;
                continue;
            }

            // Its score matters; say so only with a counter-example within the bound of the matchday.
            var match = _pass.Matchday[m];
            bool Within(Entry e) => _pass.Matchday.All(j => e.Scores[j].Home <= matchdayGoals && e.Scores[j].Away <= matchdayGoals);
            if (!Within(counter) && Counter(x, fixedScores, differences, matchdayGoals) is null)
            {
                continue;
            }

            matters[m] = true;
            var sign = results[m]!.Value;
            var margin = Math.Abs(score.Home - score.Away);
            int Margin(Entry e) => Math.Abs(e.Scores[match].Home - e.Scores[match].Away);
            Entry? Other(int least, int most) => least > most ? null
                : Counter(x, fixedScores, [.. differences, (match, sign > 0 ? least : -most, sign > 0 ? most : -least)], matchdayGoals);
            margins[m] = sign != 0 && ((Within(counter) && Margin(counter) != margin)
                || Other(1, margin - 1) is not null || Other(margin + 1, matchdayGoals) is not null);
        }

        return new RawClaim(x.Slot, x.Kind, results, scores, matters, margins);
    }

    /// <summary>
    /// The claims of each statement merged into terms, per statement and set of matches whose scores matter (the condition
    /// merger over win/draw/loss combinations, every combination of a term claimed). A term keeps a claim's example only if
    /// CP-SAT proves it over the whole term; otherwise the claims stay apart. For two matches whose margins matter, a combined
    /// margin that settles the slot whatever the scores is looked for (<see cref="Combined"/>).
    /// </summary>
    private List<MarginClaim> Merge(List<RawClaim> found, int matchdayGoals)
    {
        var k = _pass.Matchday.Length;
        var own = Enumerable.Range(0, k).Where(m => _pass.Problem.Remaining[_pass.Matchday[m]].Involves(_pass.Problem.Teams[_focal]))
            .DefaultIfEmpty(-1).First();
        var result = new List<MarginClaim>();
        var groups = found.GroupBy(c => (c.Slot, c.Kind, Fixed: string.Join(',', c.Scores.Select(s => s is null ? 0 : 1)),
            Matters: string.Join(',', c.Matters), c.MarginsMatter));
        foreach (var group in groups)
        {
            var claims = group.ToList();
            var (si, kind) = (group.Key.Slot, group.Key.Kind);
            var sizes = Enumerable.Repeat(3, k).ToArray();
            var cells = Enumerable.Range(0, _pass.Combinations)
                .Select(c => claims.Any(x => x.Covers(c, k)) ? CellValue.True : CellValue.False).ToArray();
            var emitted = new HashSet<RawClaim>();
            foreach (var product in ConditionMinimizer.Minimise(sizes, cells))
            {
                // The results of the term: a range of outcomes (0 home win, 1 draw, 2 away win) per match.
                var differences = Enumerable.Range(0, k).Where(m => product[m] != (0, 2))
                    .Select(m => (Match: m, Min: product[m].Hi == 2 ? -_pass.Bound : product[m].Hi == 1 ? 0 : 1,
                        Max: product[m].Lo == 0 ? _pass.Bound : product[m].Lo == 1 ? 0 : -1)).ToList();
                RawClaim? proven = null;
                foreach (var claim in claims.OrderBy(c => Enumerable.Range(0, k).All(m => product[m] == Outcomes(c.Results[m])) ? 0 : 1))
                {
                    // A term that is the claim's own results was proven when the claim was reduced.
                    if (Enumerable.Range(0, k).All(m => product[m] == Outcomes(claim.Results[m])))
                    {
                        proven = claim;
                        break;
                    }

                    var example = Enumerable.Range(0, k).Where(m => claim.Scores[m] is not null).Select(m => (Match: _pass.Matchday[m], Score: claim.Scores[m]!.Value)).ToList();
                    var fits = differences.All(d => claim.Scores[d.Match] is not { } s || (s.Home - s.Away >= d.Min && s.Home - s.Away <= d.Max));
                    if (fits && Counter((si, kind), example, [.. differences.Where(d => claim.Scores[d.Match] is null)
                        .Select(d => (_pass.Matchday[d.Match], d.Min, d.Max))]) is null)
                    {
                        proven = claim;
                        break;
                    }
                }

                var terms = new List<(RawClaim Claim, (int Match, int Min, int Max)[] Differences)>();
                if (proven is not null)
                {
                    terms.Add((proven, [.. differences]));
                }
                else
                {
                    // Not provable as one term: each claim it merged stays a term of its own.
                    foreach (var claim in claims.Where(x => !emitted.Contains(x) && Enumerable.Range(0, _pass.Combinations)
                        .Any(c => x.Covers(c, k) && CombinationSigns.InProduct(c, product, k))))
                    {
                        emitted.Add(claim);
                        terms.Add((claim, [.. Enumerable.Range(0, k).Where(m => claim.Results[m] is not null)
                            .Select(m => (m, ResultRange(claim.Results[m]!.Value).Min, ResultRange(claim.Results[m]!.Value).Max))]));
                    }
                }

                foreach (var (claim, literals) in terms)
                {
                    var term = new ConditionTerm([.. literals.OrderBy(l => l.Match == own ? 0 : 1).ThenBy(l => l.Match)
                        .Select(l => new ResultLiteral(l.Match, l.Min <= -_pass.Bound ? null : l.Min, l.Max >= _pass.Bound ? null : l.Max))]);
                    var matches = Enumerable.Range(0, k).Where(m => claim.Matters[m]).OrderBy(m => m == own ? 0 : 1).ThenBy(m => m).ToImmutableArray();
                    var example = Enumerable.Range(0, k).Where(m => claim.Scores[m] is not null).OrderBy(m => m == own ? 0 : 1).ThenBy(m => m)
                        .Select(m => new MatchScore(m, claim.Scores[m]!.Value)).ToImmutableArray();
                    var (least, most) = matches.Length == 2 && claim.MarginsMatter && example.Length == 2
                        ? Combined((si, kind), matches, literals, example, matchdayGoals) : (null, null);
                    result.Add(new MarginClaim(si, kind, term, matches, claim.MarginsMatter, example, least, most));
                }
            }
        }

        return result;
    }

    /// <summary>The range of outcomes (0 home win, 1 draw, 2 away win) a claim's result allows: one, or all three when free.</summary>
    private static (int Lo, int Hi) Outcomes(int? result) => result is { } r ? (1 - r, 1 - r) : (0, 2);

    /// <summary>
    /// For two matches (both wins in the term): a combined winning margin beyond which every score of the term settles the
    /// statement (or below which every score does), proven by CP-SAT (INFEASIBLE: no results on the wrong side with such a
    /// combined margin). It starts at the example's combined margin and moves one goal at a time while the proof holds (at most
    /// <see cref="CombinedSteps"/> steps), so it is tight unless the steps ran out; <see langword="null"/> when the example's
    /// own combined margin is not enough either way.
    /// </summary>
    private (int? AtLeast, int? AtMost) Combined((int Slot, Settlement Kind) x, ImmutableArray<int> matches, (int Match, int Min, int Max)[] term,
        ImmutableArray<MatchScore> example, int matchdayGoals)
    {
        var signs = matches.Select(m => term.Single(l => l.Match == m).Min >= 1 ? 1 : -1).ToArray();
        var weights = matches.Select((m, i) => (_pass.Matchday[m], signs[i])).ToList();
        var start = example.Where(e => matches.Contains(e.Match)).Sum(e => Math.Abs(e.Score.Home - e.Score.Away));
        var differences = term.Select(l => (_pass.Matchday[l.Match], l.Min, l.Max)).ToList();
        bool Enough(int min, int max) => Find(BadQuery(x.Kind), x.Slot,
            new Restriction { Matchday = _pass.Matchday, Differences = differences, Sums = [(weights, min, max)] }, e => Bad(e, x.Slot, x.Kind), onPoints: false) is null;
        int? Least()
        {
            if (!Enough(start, 2 * _pass.Bound))
            {
                return null;
            }

            var least = start;
            for (var step = 0; step < CombinedSteps && least > 3 && Enough(least - 1, 2 * _pass.Bound); step++)
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
