namespace Qualify.Ratings.Tests;

/// <summary>Rating comparisons with a named tolerance.</summary>
internal static class RatingAssert
{
    /// <summary>Published ratings are rounded to whole points: half a point either way.</summary>
    public const double WholePoint = 0.5;

    /// <summary>A hand calculation carried to two decimals.</summary>
    public const double HandCalculation = 0.01;

    public static void Near(double expected, double actual, double tolerance) =>
        Assert.True(Math.Abs(expected - actual) <= tolerance, $"expected {expected} ± {tolerance}, got {actual}");
}
