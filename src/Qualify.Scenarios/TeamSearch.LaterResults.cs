using Qualify.Domain.Matches;

namespace Qualify.Scenarios;

/// <summary>Later results that answer the margin-dependent search without a solver: ranges, separation and candidates.</summary>
internal sealed partial class TeamSearch
{
    /// <summary>
    /// For every other team j and overall criterion, the range of (j's total − the team's total) that the matchday's scores
    /// within <paramref name="box"/> (and <paramref name="goals"/> a side) can add: per match the extremes over the corners of its
    /// scores, summed over the matches (a sound over-approximation: the matches are independent).
    /// </summary>
    private (long Lo, long Hi)[][] MatchdayRanges(RestrictionCase box, int goals)
    {
        var key = string.Join(';', box.Differences);
        if (_ranges.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var teams = _pass.Problem.Teams;
        var criteria = _pass.OverallCriteria;
        var ranges = teams.Select(_ => new (long Lo, long Hi)[criteria.Length]).ToArray();
        var focal = teams[_focal];
        foreach (var (m, min, max) in box.Differences)
        {
            var match = _pass.Problem.Remaining[m];
            var corners = MatchdayPass.Corners(min, max, goals).ToList();
            for (var j = 0; j < teams.Length; j++)
            {
                if (j == _focal || !(match.Involves(teams[j]) || match.Involves(focal)))
                {
                    continue;
                }

                for (var s = 0; s < criteria.Length; s++)
                {
                    var (lo, hi) = (long.MaxValue, long.MinValue);
                    foreach (var score in corners)
                    {
                        var value = _pass.Stat(match, score, teams[j], criteria[s]) - _pass.Stat(match, score, focal, criteria[s]);
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
    private bool WrongWhatever((long Lo, long Hi)[][] matchday, long[][] later, SlotStatement x)
    {
        var played = _pass.PlayedTotals;
        var above = 0;
        for (var j = 0; j < played.Length; j++)
        {
            if (j == _focal)
            {
                continue;
            }

            // Lexicographic: j is surely above when its range is ≥ 0 on every criterion before one where it is > 0.
            var (aboveOk, belowOk, decided) = (true, true, 0);
            for (var s = 0; s < matchday[j].Length && decided == 0 && (aboveOk || belowOk); s++)
            {
                var difference = played[j][s] - played[_focal][s] + later[j][s] - later[_focal][s];
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
        var (_, from, to) = _slots[x.Slot];
        var inside = position >= from && position <= to;
        return x.Kind == Settlement.Clinch ? !inside : inside;
    }

    /// <summary>
    /// Later results worth trying against every candidate of <paramref name="x"/>: those of known results on the wrong side,
    /// as they are, with every later match won by the largest margin, and with the team's own later matches pushed to the
    /// extreme (lost heavily or won narrowly, or the reverse).
    /// </summary>
    private IEnumerable<Score[]> LaterCandidates(SlotStatement x, int combination)
    {
        var team = _pass.Problem.Teams[_focal];
        var bound = _pass.Bound;
        foreach (var entry in _byCombination[combination].Where(e => Bad(e, x.Slot, x.Kind)).Take(3))
        {
            foreach (var variant in (int[])[0, 1, 2, 3])
            {
                var scores = (Score[])entry.Scores.Clone();
                foreach (var m in _pass.Later)
                {
                    var s = scores[m];
                    var own = _pass.Problem.Remaining[m].Involves(team);
                    var sign = Math.Sign(s.Home - s.Away) * (string.Equals(_pass.Problem.Remaining[m].Home, team, StringComparison.Ordinal) ? 1 : -1);
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
    private Score[] Stronger(RankedResults counter, SlotStatement x)
    {
        var team = _pass.Problem.Teams[_focal];
        var bound = _pass.Bound;
        var best = counter.Scores;
        foreach (var ownOnly in (bool[])[true, false])
        {
            var scores = (Score[])best.Clone();
            foreach (var m in _pass.Later)
            {
                var s = scores[m];
                if (s.Home != s.Away && (!ownOnly || _pass.Problem.Remaining[m].Involves(team)))
                {
                    scores[m] = s.Home > s.Away ? new Score(bound, 0) : new Score(0, bound);
                }
            }

            if (Bad(Evaluate(scores), x.Slot, x.Kind))
            {
                best = scores;
            }
        }

        return best;
    }
}
