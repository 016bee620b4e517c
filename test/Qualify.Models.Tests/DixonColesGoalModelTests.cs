using Qualify.Domain.Matches;
using static Qualify.Testing.MatchBuilder;

namespace Qualify.Models.Tests;

public sealed class DixonColesGoalModelTests
{
    /// <summary>Rounding in sums of a few hundred terms.</summary>
    private const double SumTolerance = 1e-12;

    private static readonly DateOnly ReferenceDate = new(2021, 11, 17);

    /// <summary>A double round robin of three teams, 2021-09 to 2021-11, with a spread of low and high scores.</summary>
    private static readonly Match[] ThreeTeams =
    [
        Played("2021-09-02", "Andorra", 2, 1, "Bhutan"),
        Played("2021-09-05", "Bhutan", 0, 0, "Chad"),
        Played("2021-09-08", "Chad", 1, 3, "Andorra"),
        Played("2021-10-07", "Bhutan", 1, 1, "Andorra"),
        Played("2021-10-10", "Chad", 1, 0, "Bhutan"),
        Played("2021-10-13", "Andorra", 0, 1, "Chad"),
    ];

    [Fact]
    public void Fit_TeamThatNeverScored_ConvergesToFiniteParameters()
    {
        // Given Dominica loses 0-1, 0-2 and 0-3: its maximum-likelihood attack is −∞ without the ridge.
        Match[] matches =
        [
            .. ThreeTeams,
            Played("2021-11-01", "Dominica", 0, 1, "Andorra"),
            Played("2021-11-04", "Bhutan", 2, 0, "Dominica"),
            Played("2021-11-07", "Dominica", 0, 3, "Chad"),
        ];

        var model = DixonColesGoalModel.Fit(matches, ReferenceDate, 0);

        AssertConvergedAndFinite(model);
        Assert.True(model.Attack("Dominica") < model.Teams.Where(t => t != "Dominica").Min(model.Attack));
    }

    [Fact]
    public void Fit_TeamThatNeverConceded_ConvergesToFiniteParameters()
    {
        // Given Dominica wins 1-0, 2-0 and 3-0: its maximum-likelihood defence is +∞ without the ridge.
        Match[] matches =
        [
            .. ThreeTeams,
            Played("2021-11-01", "Dominica", 1, 0, "Andorra"),
            Played("2021-11-04", "Bhutan", 0, 2, "Dominica"),
            Played("2021-11-07", "Dominica", 3, 0, "Chad"),
        ];

        var model = DixonColesGoalModel.Fit(matches, ReferenceDate, 0);

        AssertConvergedAndFinite(model);
        Assert.True(model.Defence("Dominica") > model.Teams.Where(t => t != "Dominica").Max(model.Defence));
    }

    [Fact]
    public void Fit_OnlyGoallessDraws_ConvergesToFiniteParameters()
    {
        // Nobody ever scores: every attack would go to −∞, and with only 0-0 among the low scores ρ to −∞ as well.
        Match[] matches =
        [
            Played("2021-09-02", "Andorra", 0, 0, "Bhutan"),
            Played("2021-09-05", "Bhutan", 0, 0, "Chad"),
            Played("2021-09-08", "Chad", 0, 0, "Andorra"),
        ];

        var model = DixonColesGoalModel.Fit(matches, ReferenceDate, 0);

        AssertConvergedAndFinite(model);
    }

    [Fact]
    public void Fit_SingleMatch_ConvergesToFiniteParameters()
    {
        var model = DixonColesGoalModel.Fit([Played("2021-09-02", "Andorra", 2, 0, "Bhutan")], ReferenceDate, 0);

        AssertConvergedAndFinite(model);
    }

    [Fact]
    public void Fit_TwoDisconnectedComponents_FitsTheLargerAndReportsTheOther()
    {
        // Given {Andorra, Bhutan, Chad} and {Eritrea, Fiji} never meet: their relative strength is not identified.
        Match[] matches = [.. ThreeTeams, Played("2021-09-03", "Eritrea", 1, 0, "Fiji"), Played("2021-10-08", "Fiji", 2, 2, "Eritrea")];

        var model = DixonColesGoalModel.Fit(matches, ReferenceDate, 0);

        Assert.Equal(["Andorra", "Bhutan", "Chad"], model.Teams.ToArray());
        Assert.Equal(["Eritrea", "Fiji"], model.ExcludedTeams.ToArray());
        Assert.Equal(ThreeTeams.Length, model.MatchCount);
    }

    [Fact]
    public void Fit_TwoDisconnectedComponents_ConvergesToFiniteParameters()
    {
        Match[] matches = [.. ThreeTeams, Played("2021-09-03", "Eritrea", 1, 0, "Fiji"), Played("2021-10-08", "Fiji", 2, 2, "Eritrea")];

        var model = DixonColesGoalModel.Fit(matches, ReferenceDate, 0);

        AssertConvergedAndFinite(model);
    }

    [Fact]
    public void Fit_FitAllComponents_ConvergesToFiniteParametersForEveryTeam()
    {
        // The ridge pins the level of each component, so fitting both still converges.
        Match[] matches = [.. ThreeTeams, Played("2021-09-03", "Eritrea", 1, 0, "Fiji"), Played("2021-10-08", "Fiji", 2, 2, "Eritrea")];
        var options = DixonColesFitOptions.Default with { DisconnectedTeams = DisconnectedTeams.FitAllComponents };

        var model = DixonColesGoalModel.Fit(matches, ReferenceDate, 0, options);

        AssertConvergedAndFinite(model);
        Assert.Equal(5, model.Teams.Length);
        Assert.Empty(model.ExcludedTeams);
    }

    [Fact]
    public void Fit_EveryVenueNeutral_HomeAdvantageStaysZero()
    {
        // Without a match at a home venue the home advantage has no data; the ridge holds it at its prior mean 0.
        var matches = ThreeTeams.Select(m => m with { Neutral = true });

        var model = DixonColesGoalModel.Fit(matches, ReferenceDate, 0);

        AssertConvergedAndFinite(model);
        Assert.Equal(0, model.HomeAdvantage, SumTolerance);
    }

    [Fact]
    public void Fit_AnyData_AttacksSumToZero()
    {
        var model = DixonColesGoalModel.Fit(ReferenceFits.OctagonTo16November2021, ReferenceDate, 0);

        Assert.Equal(0, model.Teams.Sum(model.Attack), SumTolerance);
    }

    [Fact]
    public void Fit_ShuffledMatches_SameOptimum()
    {
        var shuffled = ReferenceFits.OctagonTo16November2021.ToArray();
        new Random(2022).Shuffle(shuffled);

        var original = DixonColesGoalModel.Fit(ReferenceFits.OctagonTo16November2021, ReferenceDate, 0);
        var reordered = DixonColesGoalModel.Fit(shuffled, ReferenceDate, 0);

        // The optimum, not the path to it: equal to well within the optimiser's tolerance.
        Assert.Equal(original.LogLikelihood, reordered.LogLikelihood, 1e-8);
        Assert.Equal(original.HomeAdvantage, reordered.HomeAdvantage, 1e-6);
    }

    [Fact]
    public void Fit_MatchesAfterReferenceDateAndFixtures_AreIgnored()
    {
        Match[] matches = [.. ThreeTeams, Played("2021-11-18", "Andorra", 9, 0, "Chad"), Fixture("2021-11-20", "Chad", "Bhutan")];

        var model = DixonColesGoalModel.Fit(matches, ReferenceDate, 0);

        Assert.Equal(DixonColesGoalModel.Fit(ThreeTeams, ReferenceDate, 0).LogLikelihood, model.LogLikelihood, SumTolerance);
        Assert.Equal(ThreeTeams.Length, model.MatchCount);
    }

    [Fact]
    public void Fit_MatchOnReferenceDate_WeighsOne()
    {
        // φ(t) = exp(−ξ·t) with t = 0 days (Dixon and Coles, 1997, section 6.2).
        var model = DixonColesGoalModel.Fit([Played("2021-11-17", "Andorra", 1, 0, "Bhutan")], ReferenceDate, 0.0018);

        Assert.Equal(1.0, model.TotalWeight, SumTolerance);
    }

    [Fact]
    public void Fit_MatchAYearBefore_WeighsExponentialDecay()
    {
        // 365 days before the reference date with ξ = 0.0018: φ = e^(−0.657) ≈ 0.5184.
        var model = DixonColesGoalModel.Fit([Played("2020-11-17", "Andorra", 1, 0, "Bhutan")], ReferenceDate, 0.0018);

        Assert.Equal(Math.Exp(-0.0018 * 365), model.TotalWeight, SumTolerance);
    }

    [Fact]
    public void Fit_NoPlayedMatchBeforeReferenceDate_Throws()
    {
        Assert.Throws<ArgumentException>(() => DixonColesGoalModel.Fit([Fixture("2021-11-20", "Chad", "Bhutan")], ReferenceDate, 0));
    }

    [Fact]
    public void Fit_NegativeXi_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DixonColesGoalModel.Fit(ThreeTeams, ReferenceDate, -0.001));
    }

    [Fact]
    public void Fit_DecaySoFastThatEveryWeightIsZero_Throws()
    {
        // e^(−1 · 2,001 days) underflows to 0: there would be nothing to fit.
        Match[] matches = [Played("2016-05-26", "Andorra", 1, 0, "Bhutan")];

        Assert.Throws<ArgumentOutOfRangeException>(() => DixonColesGoalModel.Fit(matches, ReferenceDate, 1));
    }

    [Fact]
    public void Fit_TeamPlayingItself_Throws()
    {
        Assert.Throws<ArgumentException>(() => DixonColesGoalModel.Fit([Played("2021-09-02", "Chad", 1, 1, "Chad")], ReferenceDate, 0));
    }

    [Fact]
    public void Predict_AnyPair_UsesFittedMeansAndRho()
    {
        // One scoreline matrix for the model, built from its own λ, μ and ρ (valid for this pair).
        var model = DixonColesGoalModel.Fit(ThreeTeams, ReferenceDate, 0);
        var (home, away) = model.ExpectedGoals("Andorra", "Chad", neutral: false);
        Assert.InRange(model.Rho, DixonColesCorrection.MinimumRho(home, away), DixonColesCorrection.MaximumRho(home, away));

        var expected = ScorelineDistribution.FromDixonColes(home, away, model.Rho);

        Assert.Equal(expected.Probabilities.ToArray(), model.Predict("Andorra", "Chad", neutral: false).Probabilities.ToArray());
    }

    [Fact]
    public void ExpectedGoals_HomeVenue_MultipliesHomeMeanByExpOfHomeAdvantage()
    {
        var model = DixonColesGoalModel.Fit(ReferenceFits.OctagonTo16November2021, ReferenceDate, 0);

        var atHome = model.ExpectedGoals("Canada", "Mexico", neutral: false);
        var neutral = model.ExpectedGoals("Canada", "Mexico", neutral: true);

        Assert.Equal(neutral.Home * Math.Exp(model.HomeAdvantage), atHome.Home, SumTolerance);
        Assert.Equal(neutral.Away, atHome.Away, SumTolerance);
    }

    [Fact]
    public void Predict_EveryOctagonPair_IsADistributionDespiteStrongRho()
    {
        // ρ = −0.63 is valid only while λ and μ stay below 1/0.63 ≈ 1.58; Predict clamps ρ per pair so that no
        // cell goes negative and the matrix still sums to one.
        var model = DixonColesGoalModel.Fit(ReferenceFits.OctagonTo16November2021, ReferenceDate, 0);

        foreach (var home in model.Teams)
        {
            foreach (var away in model.Teams.Where(a => a != home))
            {
                var distribution = model.Predict(home, away, neutral: false);
                Assert.All(distribution.Probabilities.ToArray(), p => Assert.True(p >= 0));
                Assert.Equal(1.0, distribution.HomeWin + distribution.Draw + distribution.AwayWin, SumTolerance);
            }
        }
    }

    [Fact]
    public void Predict_ExcludedTeam_ThrowsKeyNotFound()
    {
        Match[] matches = [.. ThreeTeams, Played("2021-09-03", "Eritrea", 1, 0, "Fiji")];
        var model = DixonColesGoalModel.Fit(matches, ReferenceDate, 0);

        Assert.Throws<KeyNotFoundException>(() => model.Predict("Andorra", "Eritrea", neutral: true));
    }

    private static void AssertConvergedAndFinite(DixonColesGoalModel model)
    {
        Assert.True(model.Converged, model.ToString());
        Assert.True(double.IsFinite(model.LogLikelihood), model.ToString());
        Assert.True(double.IsFinite(model.HomeAdvantage) && double.IsFinite(model.Rho), model.ToString());
        Assert.All(model.Teams, team => Assert.True(double.IsFinite(model.Attack(team)) && double.IsFinite(model.Defence(team)), team));
    }
}
