using Qualify.Domain.Matches;

namespace Qualify.Scenarios;

/// <summary>
/// Later results that answer the margin-dependent search without a solver: what the matchday can add to each team's
/// totals, whether later results separate every team from the focal one, and later results worth trying.
/// </summary>
internal sealed class LaterResultBounds(TeamSearch team)
{
    /// <summary>Cache of <see cref="MatchdayRanges"/> by box.</summary>
    private readonly Dictionary<string, (long Lo, long Hi)[][]> _ranges = new(StringComparer.Ordinal);

    /// <summary>Cache of <see cref="MatchdayPass.LaterTotals"/> by later scores.</summary>
    private readonly Dictionary<string, long[][]> _laterTotals = new(StringComparer.Ordinal);

    /// <summary>Each team's totals over the matches after the matchday with <paramref name="scores"/> (cached: the same scores give the same array).</summary>
    public long[][] Totals(Score[] scores)
    {
        var key = string.Join(',', team.Pass.Later.Select(m => scores[m]));
        if (!_laterTotals.TryGetValue(key, out var totals))
        {
            totals = _laterTotals[key] = team.Pass.LaterTotals(scores);
        }

        return totals;
    }

    /// <summary>
    /// For every other team j and overall criterion, the range of (j's total − the team's total) that the matchday's scores
    /// within <paramref name="box"/> (and <paramref name="goals"/> a side) can add: per match the extremes over the corners of its
    /// scores, summed over the matches (a sound over-approximation: the matches are independent).
    /// </summary>
    public (long Lo, long Hi)[][] MatchdayRanges(RestrictionCase box, int goals)
    {
        var key = string.Join(';', box.Differences);
        if (_ranges.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var teams = team.Pass.Problem.Teams;
        var criteria = team.Pass.OverallCriteria;
        var ranges = teams.Select(_ => new (long Lo, long Hi)[criteria.Length]).ToArray();
        var focal = teams[team.Focal];
        foreach (var (m, min, max) in box.Differences)
        {
            var match = team.Pass.Problem.Remaining[m];
            var corners = MatchdayPass.Corners(min, max, goals).ToList();
            for (var j = 0; j < teams.Length; j++)
            {
                if (j == team.Focal || !(match.Involves(teams[j]) || match.Involves(focal)))
                {
                    continue;
                }

                for (var s = 0; s < criteria.Length; s++)
                {
                    var (lo, hi) = (long.MaxValue, long.MinValue);
                    foreach (var score in corners)
                    {
                        var value = team.Pass.Stat(match, score, teams[j], criteria[s]) - team.Pass.Stat(match, score, focal, criteria[s]);
                        (lo, hi) = (Math.Min(lo, value), Math.Max(hi, value));
                    }

                    ranges[j][s] = (ranges[j][s].Lo + lo, ranges[j][s].Hi + hi);
                }
            }
        }

        _ranges[key] = ranges;
        return ranges;
    }

    /// <summary>
    /// Whether later results with totals <paramref name="later"/> leave the team on the wrong side of <paramref name="x"/> for
    /// every matchday score whose contributions lie in <paramref name="matchday"/> (<see cref="MatchdayRanges"/>): every
    /// other team is then surely above or surely below it on the overall criteria, which fixes its position. A sufficient
    /// condition, with no solver: those later results answer every candidate of the combination.
    /// </summary>
    public bool WrongWhatever((long Lo, long Hi)[][] matchday, long[][] later, SlotStatement x)
    {
        var played = team.Pass.PlayedTotals;
        var above = 0;
        for (var j = 0; j < played.Length; j++)
        {
            if (j == team.Focal)
            {
                continue;
            }

            // Lexicographic: j is surely above when its range is ≥ 0 on every criterion before one where it is > 0.
            var (aboveOk, belowOk, decided) = (true, true, 0);
            for (var s = 0; s < matchday[j].Length && decided == 0 && (aboveOk || belowOk); s++)
            {
                var difference = played[j][s] - played[team.Focal][s] + later[j][s] - later[team.Focal][s];
                var (lo, hi) = (difference + matchday[j][s].Lo, difference + matchday[j][s].Hi);
                decided = aboveOk && lo > 0 ? 1 : belowOk && hi < 0 ? -1 : 0;
                (aboveOk, belowOk) = (aboveOk && lo >= 0, belowOk && hi <= 0);
            }

            if (decided == 0)
            {
                return false;
            }

            above += decided > 0 ? 1 : 0;
        }

        var position = above + 1;
        var (_, from, to) = team.Slots[x.Slot];
        var inside = position >= from && position <= to;
        return x.Kind == Settlement.Clinch ? !inside : inside;
    }

    /// <summary>
    /// Later results worth trying against every candidate of <paramref name="x"/>: those of known results on the wrong side,
    /// as they are, with every later match won by the largest margin, and with the team's own later matches pushed to the
    /// extreme (lost heavily or won narrowly, or the reverse).
    /// </summary>
    public IEnumerable<Score[]> LaterCandidates(SlotStatement x, int combination)
    {
        var name = team.Pass.Problem.Teams[team.Focal];
        var bound = team.Pass.Bound;
        foreach (var entry in team.ByCombination[combination].Where(e => team.Bad(e, x.Slot, x.Kind)).Take(3))
        {
            foreach (var variant in (int[])[0, 1, 2, 3])
            {
                var scores = (Score[])entry.Scores.Clone();
                foreach (var m in team.Pass.Later)
                {
                    var s = scores[m];
                    var own = team.Pass.Problem.Remaining[m].Involves(name);
                    var sign = Math.Sign(s.Home - s.Away) * (string.Equals(team.Pass.Problem.Remaining[m].Home, name, StringComparison.Ordinal) ? 1 : -1);
                    scores[m] = variant switch
                    {
                        1 when s.Home != s.Away => s.Home > s.Away ? new Score(bound, 0) : new Score(0, bound),
                        2 or 3 when own && s.Home == s.Away => variant == 2 ? new Score(0, 0) : new Score(bound, bound),
                        2 or 3 when own => (sign > 0) == (variant == 2)
                            ? (s.Home > s.Away ? new Score(1, 0) : new Score(0, 1))
                            : (s.Home > s.Away ? new Score(bound, 0) : new Score(0, bound)),
                        _ => s,
                    };
                }

                yield return scores;
            }
        }
    }

    /// <summary>
    /// Later results of <paramref name="counter"/> made harder to answer: every later match won by the largest margin the
    /// bound allows (the focal team's own matches first), kept when the team stays on the wrong side of
    /// <paramref name="x"/> with the same matchday scores.
    /// </summary>
    public Score[] Stronger(RankedResults counter, SlotStatement x)
    {
        var name = team.Pass.Problem.Teams[team.Focal];
        var bound = team.Pass.Bound;
        var best = counter.Scores;
        foreach (var ownOnly in (bool[])[true, false])
        {
            var scores = (Score[])best.Clone();
            foreach (var m in team.Pass.Later)
            {
                var s = scores[m];
                if (s.Home != s.Away && (!ownOnly || team.Pass.Problem.Remaining[m].Involves(name)))
                {
                    scores[m] = s.Home > s.Away ? new Score(bound, 0) : new Score(0, bound);
                }
            }

            if (team.Bad(team.Evaluate(scores), x.Slot, x.Kind))
            {
                best = scores;
            }
        }

        return best;
    }
}
