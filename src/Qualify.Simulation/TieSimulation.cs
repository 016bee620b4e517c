using Qualify.Domain.Competitions;
using Qualify.Models;

namespace Qualify.Simulation;

/// <summary>
/// Plays a knockout tie in a simulation by the rules <see cref="TieDecider"/> applies to played ties: one match, or two
/// legs (the first at the first-named team's ground) on aggregate with the legs already played counted; away goals
/// where the tie says so; extra time (<see cref="PlayoffOdds.ExtraTime"/>: the same scoring rate per minute) in the
/// match or the second leg, where, with away goals, the visitors go through when both sides score in it; then
/// penalties, won by either side with <see cref="PlayoffOdds.ShootoutWinProbability"/>, the assumptions of
/// <see cref="PlayoffOdds"/>.
/// </summary>
internal static class TieSimulation
{
    /// <summary>The winner (global index) of <paramref name="tie"/> between <paramref name="home"/> and <paramref name="away"/>.</summary>
    public static int Winner(StagePlan plan, TiePlan tie, int home, int away, ref Xoshiro256StarStar rng)
    {
        var n = plan.Teams.Length;
        var twoLegs = tie.Tie.Format == PlayoffFormat.TwoLegs;
        if (!twoLegs && tie.PlayedLegs == 0)
        {
            return OneMatch(plan, tie, home, away, ref rng);
        }

        int homeGoals = tie.HomeGoals, awayGoals = tie.AwayGoals, homeAway = tie.HomeAwayGoals, awayAway = tie.AwayAwayGoals;
        if (tie.PlayedLegs == 0)
        {
            var venue = !twoLegs && tie.Tie.Neutral ? 1 : 0;
            var (h, a) = plan.Sampler.Draw(plan.Regular[(venue * n * n) + (home * n) + away], rng.NextUInt64());
            homeGoals += h;
            awayGoals += a;
            awayAway += a;
        }

        if (twoLegs && tie.PlayedLegs < 2)
        {
            // The second leg, at the away team's ground.
            var (h, a) = plan.Sampler.Draw(plan.Regular[(away * n) + home], rng.NextUInt64());
            awayGoals += h;
            homeGoals += a;
            homeAway += a;
        }

        if (homeGoals != awayGoals)
        {
            return homeGoals > awayGoals ? home : away;
        }

        if (twoLegs && tie.Tie.AwayGoals && homeAway != awayAway)
        {
            return homeAway > awayAway ? home : away;
        }

        if (tie.Tie.ExtraTime)
        {
            var extra = twoLegs
                ? plan.Extra[(away * n) + home]
                : plan.Extra[((tie.Tie.Neutral ? 1 : 0) * n * n) + (home * n) + away];
            var (eh, ea) = plan.Sampler.Draw(extra, rng.NextUInt64());

            // From the side of the team at home in the first match: its goals in extra time, and its opponent's.
            var (mine, theirs) = twoLegs ? (ea, eh) : (eh, ea);
            if (mine != theirs)
            {
                return mine > theirs ? home : away;
            }

            if (twoLegs && tie.Tie.AwayGoals && mine > 0)
            {
                // Level in extra time with goals: the visitors of the second leg score more away goals.
                return home;
            }
        }

        return rng.NextDouble() < PlayoffOdds.ShootoutWinProbability ? home : away;
    }

    /// <summary>
    /// A tie of one match not yet played: only its result matters (no away goals, no earlier leg), so each period draws
    /// a result (<see cref="ScoreSampler.Result"/>, from the pairing's thresholds) rather than a score: the match, extra time if level, then penalties.
    /// </summary>
    private static int OneMatch(StagePlan plan, TiePlan tie, int home, int away, ref Xoshiro256StarStar rng)
    {
        var n = plan.Teams.Length;
        var pair = ((tie.Tie.Neutral ? 1 : 0) * n * n) + (home * n) + away;
        var result = ScoreSampler.Result(plan.RegularResult[pair], rng.NextUInt64());
        if (result == 0 && tie.Tie.ExtraTime)
        {
            result = ScoreSampler.Result(plan.ExtraResult[pair], rng.NextUInt64());
        }

        return result > 0 ? home
            : result < 0 ? away
            : rng.NextDouble() < PlayoffOdds.ShootoutWinProbability ? home : away;
    }
}
