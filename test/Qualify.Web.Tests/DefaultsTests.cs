using System.ComponentModel;
using System.Globalization;
using System.Reflection;
using Qualify.Application;
using Qualify.Cli.Settings;
using Qualify.Scenarios;

namespace Qualify.Web.Tests;

/// <summary>
/// A value the request does not name is the same in the CLI (its options' default values) and the API (the
/// application's constants), so that the same request gives the same numbers from both.
/// </summary>
public sealed class DefaultsTests
{
    [Theory]
    [InlineData(typeof(ForecastSettings), nameof(ForecastSettings.Simulations), ForecastOptions.DefaultSimulations)]
    [InlineData(typeof(ForecastSettings), nameof(ForecastSettings.Seed), ForecastOptions.DefaultSeed)]
    [InlineData(typeof(RecordsSettings), nameof(RecordsSettings.Top), RecordsRequest.DefaultTop)]
    [InlineData(typeof(RatingsSettings), nameof(RatingsSettings.Top), RatingsRequest.DefaultTop)]
    public void CliDefault_NumberOption_IsTheApplicationsDefault(Type settings, string option, object expected)
    {
        Assert.Equal(Convert.ToString(expected, CultureInfo.InvariantCulture), CliDefault(settings, option));
    }

    [Fact]
    public void CliDefault_Model_IsTheApplicationsDefault()
    {
        Assert.Equal(ForecastOptions.DefaultModelName, CliDefault(typeof(ForecastSettings), nameof(ForecastSettings.Model)));
    }

    [Fact]
    public void CliDefault_System_IsTheFirstRatingSystem()
    {
        Assert.Equal(RatingSystems.Names[0], CliDefault(typeof(RatingsSettings), nameof(RatingsSettings.System)));
    }

    [Fact]
    public void CliDefault_MaxGoals_IsTheSolversDefault()
    {
        Assert.Equal(new ScenarioOptions().MaxGoals.ToString(CultureInfo.InvariantCulture), CliDefault(typeof(ScenariosSettings), nameof(ScenariosSettings.MaxGoals)));
    }

    [Fact]
    public void CliDefault_Urls_IsTheWebDefault()
    {
        Assert.Equal(QualifyWebApp.DefaultUrls, CliDefault(typeof(ServeSettings), nameof(ServeSettings.Urls)));
    }

    private static string? CliDefault(Type settings, string option) =>
        settings.GetProperty(option)!.GetCustomAttribute<DefaultValueAttribute>()!.Value as string;
}
