using Qualify.Domain.Matches;

namespace Qualify.Ratings;

/// <summary>
/// The FIFA/Coca-Cola World Ranking, "SUM" method in use since August 2018 (FIFA, "Revision of the FIFA/Coca-Cola
/// World Ranking", June 2018): P = P_before + I·(W − W_e), W_e = 1 / (10^(−dr/600) + 1), dr = P_team − P_opponent
/// (no home advantage). W is 1 for a win, 0.5 for a draw, 0 for a loss; after a penalty shootout the winner scores
/// 0.75 and the loser 0.5. No team loses points in the knockout rounds of a final competition.
/// <list type="bullet">
/// <item>I = 5 for a friendly outside an international window, 10 inside one;</item>
/// <item>15 for a Nations League group match, 25 for its play-offs and finals;</item>
/// <item>25 for World Cup and confederation qualifiers;</item>
/// <item>35 for a confederation final competition before the quarter-finals, 40 from the quarter-finals on,
/// and 40 for the Confederations Cup;</item>
/// <item>50 for World Cup finals before the quarter-finals, 60 from the quarter-finals on.</item>
/// </list>
/// The dataset does not mark windows or rounds, so <see cref="MatchContext"/> supplies them (see
/// <see cref="FifaMatchContexts"/> for how they are inferred). Other tournaments count as friendlies.
/// </summary>
public sealed class FifaSumRanking : PairwiseRatingSystem
{
    private readonly Func<Match, MatchContext> _context;

    /// <summary>Creates the ranking with a source of window and round information for each match.</summary>
    public FifaSumRanking(Func<Match, MatchContext> context) => _context = context;

    /// <summary>What the dataset does not say about a match: whether it was in a window and which round it was.</summary>
    /// <param name="InsideWindow">Played inside an international window.</param>
    /// <param name="Knockout">A knockout round of a final competition (no points lost).</param>
    /// <param name="QuarterFinalOrLater">The quarter-finals or later of a final competition.</param>
    /// <param name="NationsLeagueFinals">A Nations League play-off or finals match.</param>
    public readonly record struct MatchContext(bool InsideWindow, bool Knockout, bool QuarterFinalOrLater, bool NationsLeagueFinals);

    /// <summary>Points a team starts with when the seeding snapshot does not list it.</summary>
    public override double InitialRating => 1000;

    /// <inheritdoc />
    public override double Scale => 600;

    /// <inheritdoc />
    public override string Name => "fifa";

    /// <inheritdoc />
    public override double HomeAdvantage(Match match) => 0;

    /// <inheritdoc />
    public override double Weight(Match match, CompetitionClass competitionClass) =>
        Importance(competitionClass, _context(match), match?.Tournament ?? throw new ArgumentNullException(nameof(match)));

    /// <summary>The importance I of a match (FIFA, June 2018 revision).</summary>
    public static double Importance(CompetitionClass competitionClass, MatchContext context, string tournament) => competitionClass switch
    {
        CompetitionClass.WorldCupFinals => context.QuarterFinalOrLater ? 60 : 50,
        CompetitionClass.IntercontinentalMajor when tournament == "Confederations Cup" => 40,
        CompetitionClass.ContinentalFinals => context.QuarterFinalOrLater ? 40 : 35,
        CompetitionClass.WorldCupQualifier or CompetitionClass.ContinentalQualifier => 25,
        CompetitionClass.NationsLeague => context.NationsLeagueFinals ? 25 : 15,
        CompetitionClass.NationsLeagueQualifier => 15,
        _ => context.InsideWindow ? 10 : 5,
    };

    /// <inheritdoc />
    public override (double Home, double Away) Results(Match match)
    {
        ArgumentNullException.ThrowIfNull(match);
        if (match.ShootoutWinner is { } winner)
        {
            return string.Equals(winner, match.Home, StringComparison.Ordinal) ? (0.75, 0.5) : (0.5, 0.75);
        }

        return base.Results(match);
    }

    /// <inheritdoc />
    public override bool LossesCount(Match match, CompetitionClass competitionClass) =>
        !(competitionClass is CompetitionClass.WorldCupFinals or CompetitionClass.ContinentalFinals or CompetitionClass.IntercontinentalMajor
          && _context(match).Knockout);
}
