using Qualify.Domain.Matches;

namespace Qualify.Scenarios;

/// <summary>
/// One win/draw/loss result for every match of a matchday of <paramref name="Length"/> matches. <paramref name="Index"/>
/// numbers the combinations 0 … 3^Length − 1 as <see cref="NextMatchdayScenarios.Outcomes"/> does: base 3, the first match
/// the most significant digit, the digit the <see cref="MatchOutcome"/> (0 home win, 1 draw, 2 away win), so combination 0 is
/// every home team winning.
/// </summary>
/// <param name="Index">The combination's number, also its place in per-combination arrays.</param>
/// <param name="Length">How many matches the matchday has.</param>
internal readonly record struct MatchdayCombination(int Index, int Length)
{
    /// <summary>The result of match <paramref name="m"/> (its place in the matchday).</summary>
    public MatchOutcome this[int m]
    {
        get
        {
            var c = Index;
            for (var i = Length - 1; i > m; i--)
            {
                c /= 3;
            }

            return (MatchOutcome)(c % 3);
        }
    }

    /// <summary>Every match's result, in matchday order.</summary>
    public IEnumerable<MatchOutcome> Outcomes
    {
        get
        {
            var self = this;
            return Enumerable.Range(0, Length).Select(m => self[m]);
        }
    }

    /// <summary>How many combinations a matchday of <paramref name="length"/> matches has: 3^length.</summary>
    public static int CountOf(int length)
    {
        var p = 1;
        for (var i = 0; i < length; i++)
        {
            p *= 3;
        }

        return p;
    }

    /// <summary>Every combination of a matchday of <paramref name="length"/> matches, in index order.</summary>
    public static IEnumerable<MatchdayCombination> All(int length) => Enumerable.Range(0, CountOf(length)).Select(c => new MatchdayCombination(c, length));

    /// <summary>The combination of the given results, in matchday order.</summary>
    public static MatchdayCombination Of(IReadOnlyList<MatchOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var index = 0;
        foreach (var outcome in outcomes)
        {
            index = (index * 3) + (int)outcome;
        }

        return new MatchdayCombination(index, outcomes.Count);
    }

    /// <summary>Whether every match with a given result (<see langword="null"/>: any) has that result here.</summary>
    public bool Matches(IReadOnlyList<MatchOutcome?> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        for (var m = 0; m < Length; m++)
        {
            if (results[m] is { } r && this[m] != r)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether every match's result lies in its range of outcomes (home win, draw, away win in that order).</summary>
    public bool InProduct(IReadOnlyList<(int Lo, int Hi)> product)
    {
        ArgumentNullException.ThrowIfNull(product);
        for (var m = 0; m < Length; m++)
        {
            var v = (int)this[m];
            if (v < product[m].Lo || v > product[m].Hi)
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>Results as signs of goal difference and as ranges, for <see cref="MatchOutcome"/>.</summary>
internal static class MatchOutcomes
{
    /// <summary>The sign of the goal difference (home − away): +1 home win, 0 draw, −1 away win.</summary>
    public static int Sign(this MatchOutcome outcome) => 1 - (int)outcome;

    /// <summary>The goal-difference range (home − away) of a result within <paramref name="bound"/> goals a side.</summary>
    public static (int Min, int Max) DifferenceRange(this MatchOutcome outcome, int bound) => outcome switch
    {
        MatchOutcome.HomeWin => (1, bound),
        MatchOutcome.AwayWin => (-bound, -1),
        _ => (0, 0),
    };

    /// <summary>A score of this result with the winner on <paramref name="winner"/> goals and the loser on <paramref name="loser"/> (a draw: <paramref name="loser"/> each).</summary>
    public static Score ScoreOf(this MatchOutcome outcome, int winner, int loser) => outcome switch
    {
        MatchOutcome.HomeWin => new Score(winner, loser),
        MatchOutcome.AwayWin => new Score(loser, winner),
        _ => new Score(loser, loser),
    };
}

