using Google.OrTools.Sat;
using Qualify.Domain.Competitions;
using Qualify.Domain.Matches;
using Qualify.Domain.Standings;

namespace Qualify.Scenarios;

/// <summary>One remaining match in a CP-SAT model: goals of each side and the three outcome literals.</summary>
/// <param name="Home">Home goals.</param>
/// <param name="Away">Away goals.</param>
/// <param name="HomeWin">True when the home side wins.</param>
/// <param name="Draw">True on a draw.</param>
/// <param name="AwayWin">True when the away side wins.</param>
internal readonly record struct MatchGoals(IntVar Home, IntVar Away, BoolVar HomeWin, BoolVar Draw, BoolVar AwayWin)
{
    /// <summary>Remaining match <paramref name="m"/>: goals 0…<paramref name="maxGoals"/> a side and exactly one outcome literal.</summary>
    public static MatchGoals New(CpModel model, int m, int maxGoals)
    {
        var hg = model.NewIntVar(0, maxGoals, $"hg{m}");
        var ag = model.NewIntVar(0, maxGoals, $"ag{m}");
        var hw = model.NewBoolVar($"hw{m}");
        var dr = model.NewBoolVar($"dr{m}");
        var aw = model.NewBoolVar($"aw{m}");
        model.AddExactlyOne([hw, dr, aw]);
        model.Add(hg - ag >= 1).OnlyEnforceIf(hw);
        model.Add(hg == ag).OnlyEnforceIf(dr);
        model.Add(ag - hg >= 1).OnlyEnforceIf(aw);
        return new MatchGoals(hg, ag, hw, dr, aw);
    }

    /// <summary>A match whose score is fixed: constant goals and constant outcome literals.</summary>
    public static MatchGoals Fixed(CpModel model, Score score)
    {
        BoolVar Constant(bool value)
        {
            var literal = model.NewBoolVar(string.Empty);
            model.Add(literal == (value ? 1 : 0));
            return literal;
        }

        return new MatchGoals(model.NewConstant(score.Home), model.NewConstant(score.Away),
            Constant(score.Home > score.Away), Constant(score.Home == score.Away), Constant(score.Home < score.Away));
    }

    /// <summary>The literal of <paramref name="outcome"/>.</summary>
    public BoolVar Literal(MatchOutcome outcome) => outcome switch
    {
        MatchOutcome.HomeWin => HomeWin,
        MatchOutcome.Draw => Draw,
        _ => AwayWin,
    };

    /// <summary>The goal difference, home − away.</summary>
    public LinearExpr Difference => Home - Away;

    /// <summary>A side's statistic on <paramref name="criterion"/> in this match, as a linear expression.</summary>
    public LinearExpr Stat(bool home, TieBreakCriterion criterion, PointsScheme scheme)
    {
        var (forGoals, against, win, loss) = home ? (Home, Away, HomeWin, AwayWin) : (Away, Home, AwayWin, HomeWin);
        return criterion switch
        {
            TieBreakCriterion.Points => scheme.Win * win + scheme.Draw * Draw + scheme.Loss * loss,
            TieBreakCriterion.GoalDifference => forGoals - against,
            TieBreakCriterion.GoalsFor => (LinearExpr)forGoals,
            TieBreakCriterion.AwayGoalsFor => home ? LinearExpr.Constant(0) : forGoals,
            TieBreakCriterion.Wins => (LinearExpr)win,
            TieBreakCriterion.AwayWins => home ? LinearExpr.Constant(0) : win,
            _ => throw new ArgumentOutOfRangeException(nameof(criterion)),
        };
    }
}
