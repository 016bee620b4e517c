using Qualify.Contracts;

namespace Qualify.Cli.Tests;

/// <summary>
/// The one percent formatter of the console views. Expected texts are hand calculations: p × 100 to one decimal,
/// except that a probability strictly between 0 and 1 never prints as 0 or 100.
/// </summary>
public sealed class PercentagesTests
{
    [Fact]
    public void Cell_HalfwayToCertain_PrintsAboveNinetyNinePointNine()
    {
        // 0.9995 = 99.95%, which one decimal rounds up to 100.0: not certain, so ">99.9".
        Assert.Equal(">99.9", Percentages.Cell(0.9995));
    }

    [Fact]
    public void Cell_JustBelowHalfway_PrintsNinetyNinePointNine()
    {
        // 0.99949 = 99.949%, which rounds down to 99.9.
        Assert.Equal("99.9", Percentages.Cell(0.99949));
    }

    [Fact]
    public void Cell_HalfwayFromZero_PrintsZeroPointOne()
    {
        // 0.0005 = 0.05%, which rounds up to 0.1 (not "<0.1": it is at least 0.05%).
        Assert.Equal("0.1", Percentages.Cell(0.0005));
    }

    [Fact]
    public void Cell_BelowHalfwayFromZero_PrintsBelowZeroPointOne()
    {
        // 0.00049 = 0.049%, which one decimal would round to 0.0: possible, so "<0.1".
        Assert.Equal("<0.1", Percentages.Cell(0.00049));
    }

    [Fact]
    public void Cell_Certain_PrintsHundred()
    {
        // Exactly 1: every simulation, so 100.
        Assert.Equal("100", Percentages.Cell(1));
    }

    [Fact]
    public void Cell_Impossible_PrintsDash()
    {
        // Exactly 0: no simulation, printed as a dash.
        Assert.Equal("–", Percentages.Cell(0));
    }

    [Fact]
    public void WithSign_HalfwayToCertain_PrintsAboveNinetyNinePointNinePercent()
    {
        // The signed form agrees with the cell at 0.9995 (the two formatters it replaces disagreed at 0.9995).
        Assert.Equal(">99.9%", Percentages.WithSign(0.9995));
    }

    [Fact]
    public void WithSign_Impossible_PrintsDashWithoutSign()
    {
        // Exactly 0 prints a dash, with no percent sign.
        Assert.Equal("–", Percentages.WithSign(0));
    }

    [Fact]
    public void WithSign_Certain_PrintsHundredPercent()
    {
        // Exactly 1 prints 100%.
        Assert.Equal("100%", Percentages.WithSign(1));
    }
}
