using Google.OrTools.Sat;

namespace Qualify.Scenarios;

/// <summary>The constraints of a query in a CP-SAT model: a <see cref="Restriction"/> on the remaining matches, and the position asked for.</summary>
internal static class RestrictionEncoder
{
    /// <summary>Adds every part of <paramref name="restriction"/> over the remaining matches' <paramref name="goals"/>.</summary>
    public static void Restrict(CpModel model, MatchGoals[] goals, Restriction restriction)
    {
        AddRanges(model, goals, restriction);
        AddOutcomes(model, goals, restriction);
        if (restriction.Objective is var (terms, maximise))
        {
            var objective = LinearExpr.Sum(terms.Select(t => (goals[t.Match].Home * t.Home) + (goals[t.Match].Away * t.Away)));
            if (maximise)
            {
                model.Maximize(objective);
            }
            else
            {
                model.Minimize(objective);
            }
        }
    }

    /// <summary>Goal-difference ranges, weighted sums, fixed scores and the matchday's goal limit.</summary>
    private static void AddRanges(CpModel model, MatchGoals[] goals, Restriction restriction)
    {
        foreach (var (m, min, max) in restriction.Differences)
        {
            model.Add(goals[m].Difference >= min);
            model.Add(goals[m].Difference <= max);
        }

        foreach (var (sumTerms, min, max) in restriction.Sums)
        {
            var sum = LinearExpr.Sum(sumTerms.Select(t => goals[t.Match].Difference * t.Weight));
            model.Add(sum >= min);
            model.Add(sum <= max);
        }

        foreach (var (m, score) in restriction.Scores)
        {
            model.Add(goals[m].Home == score.Home);
            model.Add(goals[m].Away == score.Away);
        }

        if (restriction.MatchdayGoals is { } limit)
        {
            foreach (var m in restriction.Matchday)
            {
                model.Add(goals[m].Home <= limit);
                model.Add(goals[m].Away <= limit);
            }
        }
    }

    /// <summary>Excluded combinations of the matchday, and the cases one of which must hold.</summary>
    private static void AddOutcomes(CpModel model, MatchGoals[] goals, Restriction restriction)
    {
        ILiteral Outcome(MatchdayCombination combination, int i) => goals[restriction.Matchday[i]].Literal(combination[i]);

        foreach (var combination in restriction.Excluded)
        {
            model.AddBoolOr(Enumerable.Range(0, combination.Length).Select(i => Outcome(combination, i).Not()));
        }

        if (restriction.Cases.Count > 0)
        {
            var cases = new List<ILiteral>();
            foreach (var c in restriction.Cases)
            {
                var literal = model.NewBoolVar("case");
                cases.Add(literal);
                for (var i = 0; i < c.Outcomes.Length; i++)
                {
                    model.AddImplication(literal, Outcome(c.Outcomes, i));
                }

                foreach (var (m, min, max) in c.Differences)
                {
                    model.Add(goals[m].Difference >= min).OnlyEnforceIf(literal);
                    model.Add(goals[m].Difference <= max).OnlyEnforceIf(literal);
                }
            }

            model.AddBoolOr(cases);
        }
    }

    /// <summary>Constrains (or optimises) the focal team's positions 1 + above … 1 + above + tied.</summary>
    public static void Position(CpModel model, QueryKind kind, int from, int to, LinearExpr aboveCount, LinearExpr tiedCount)
    {
        switch (kind)
        {
            case QueryKind.Best:
                model.Minimize(aboveCount);
                break;
            case QueryKind.Worst:
                model.Maximize(aboveCount + tiedCount);
                break;
            case QueryKind.Outside:
                // Its range of positions 1 + above … 1 + above + tied is not contained in from…to.
                Either(model, aboveCount + 1 <= from - 1, aboveCount + tiedCount + 1 >= to + 1);
                break;
            case QueryKind.Contained:
                model.Add(aboveCount + 1 >= from);
                model.Add(aboveCount + tiedCount + 1 <= to);
                break;
            case QueryKind.Disjoint:
                // Its whole range lies above from or below to.
                Either(model, aboveCount + tiedCount + 1 <= from - 1, aboveCount + 1 >= to + 1);
                break;
            default:
                model.Add(aboveCount + 1 <= to);
                model.Add(aboveCount + tiedCount + 1 >= from);
                break;
        }
    }

    /// <summary>At least one of two constraints: the team ends higher, or lower.</summary>
    private static void Either(CpModel model, BoundedLinearExpression higherThan, BoundedLinearExpression lowerThan)
    {
        var higher = model.NewBoolVar("higher");
        var lower = model.NewBoolVar("lower");
        model.Add(higherThan).OnlyEnforceIf(higher);
        model.Add(lowerThan).OnlyEnforceIf(lower);
        model.AddBoolOr([higher, lower]);
    }
}
