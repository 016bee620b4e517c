using Qualify.Domain.Matches;
using static Qualify.Testing.MatchBuilder;

namespace Qualify.Models.Tests;

/// <summary>
/// <see cref="DixonColesWindow"/> and <see cref="DixonColesFitOptions.Default"/>: the trailing window and decay that
/// forecast and evaluate share. Expected values: the validation recorded in docs/ratings-and-evaluation.md
/// (16 years, ξ 0.0006) and hand-counted matches of the small histories below.
/// </summary>
public sealed class DixonColesWindowTests
{
    private static readonly Match[] ThreeTeams =
    [
        Played("2019-06-01", "Andorra", 1, 0, "Bhutan"),
        Played("2020-02-01", "Andorra", 2, 1, "Bhutan"),
        Played("2020-06-01", "Bhutan", 0, 0, "Chad"),
        Played("2020-12-31", "Chad", 1, 3, "Andorra"),
        Played("2021-01-01", "Bhutan", 1, 1, "Andorra"),
    ];

    [Fact]
    public void Default_WindowAndDecay_AreTheValidatedValues() =>
        Assert.Equal((16, 0.0006), (DixonColesFitOptions.Default.WindowYears, DixonColesFitOptions.Default.Xi));

    [Fact]
    public void Fit_OneYearBefore2021_FitsOnlyThe2020MatchesAndWeighsToTheLast()
    {
        var model = DixonColesWindow.Fit(ThreeTeams, new DateOnly(2021, 1, 1), DixonColesFitOptions.Default with { WindowYears = 1 })!;

        // [2020-01-01, 2021-01-01): the three 2020 matches; the last is 2020-12-31.
        Assert.Equal((3, new DateOnly(2020, 12, 31)), (model.MatchCount, model.ReferenceDate));
    }

    [Fact]
    public void Fit_WindowWithoutMatches_ReturnsNull() =>
        Assert.Null(DixonColesWindow.Fit(ThreeTeams, new DateOnly(2019, 6, 1), DixonColesFitOptions.Default));

    [Fact]
    public void FitterFit_AsOfADate_IncludesThatDaysMatches()
    {
        var model = new DixonColesFitter(DixonColesFitOptions.Default with { WindowYears = 1 }).Fit(ThreeTeams, new DateOnly(2021, 1, 1));

        // [2020-01-02, 2021-01-01]: 2020-02-01, 2020-06-01, 2020-12-31 and 2021-01-01.
        Assert.Contains("fitted on 4 internationals from 2020-01-02 to 2021-01-01, ξ = 0.0006 per day", model.Description, StringComparison.Ordinal);
    }
}
