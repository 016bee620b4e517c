using Qualify.Cli.Settings;
using Qualify.Models;

namespace Qualify.Cli.Tests;

/// <summary>
/// The model options of <c>forecast</c> and <c>evaluate</c>: one list of names (<see cref="ModelKinds"/>) and one set
/// of Dixon-Coles defaults (<see cref="DixonColesFitOptions.Default"/>, the validated 16 years and ξ 0.0006).
/// </summary>
public sealed class ModelSettingsTests
{
    [Fact]
    public void EvaluateToOptions_NoDixonColesOptions_UsesTheSharedDefaults() =>
        Assert.Equal(DixonColesFitOptions.Default, new EvaluateSettings().ToOptions().DixonColes);

    [Fact]
    public void EvaluateToOptions_WindowAndDecayGiven_OverridesOnlyThose() =>
        Assert.Equal(
            DixonColesFitOptions.Default with { WindowYears = 4, Xi = 0.0018 },
            new EvaluateSettings { DixonColesWindow = "4", DixonColesXi = "0.0018" }.ToOptions().DixonColes);

    [Fact]
    public void ForecastGoalModel_NameInOtherCase_IsParsedOnce() =>
        Assert.Equal(ModelKind.DixonColes, new ForecastSettings { Model = "Dixon-Coles" }.GoalModel);

    [Fact]
    public void Forecast_OutcomeOnlyModel_ExitsTwoListingTheGoalModels()
    {
        var result = CliRunner.RunOffline("forecast", "concacaf-2022", "--model", "elo");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: --model: 'elo' is not one of elo-poisson, dixon-coles\n", result.Error.ReplaceLineEndings("\n"));
    }
}
