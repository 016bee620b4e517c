namespace Qualify.Cli.Tests;

/// <summary><c>qualify --version</c>: the cheapest command, the baseline of start-up measurements.</summary>
public sealed class VersionTests
{
    [Fact]
    public void Version_Flag_PrintsAVersionAndExitsZero()
    {
        var result = CliRunner.RunOffline("--version");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^\d+\.\d+", result.Console.Trim());
        Assert.Empty(result.Error);
    }
}
