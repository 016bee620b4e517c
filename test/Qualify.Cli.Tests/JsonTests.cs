using Qualify.Contracts;

namespace Qualify.Cli.Tests;

public sealed class JsonTests
{
    [Fact]
    public void Write_SumWithBinaryNoise_PrintsRoundedValue()
    {
        // 0.1 + 0.2 is 0.30000000000000004 in binary floating point (IEEE 754 double); rounded to 10 decimals it is 0.3.
        using var output = new StringWriter();

        Json.Write(output, new TimelineTeamDocument("Canada", 0.1 + 0.2));

        Assert.Contains("\"probability\": 0.3\n", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ValueWithTenDecimals_KeepsThem()
    {
        // Rounding is to 10 decimal places: a standard error such as 0.0001234567 is printed unchanged.
        using var output = new StringWriter();

        Json.Write(output, new TimelineTeamDocument("Canada", 0.0001234567));

        Assert.Contains("\"probability\": 0.0001234567\n", output.ToString(), StringComparison.Ordinal);
    }
}
