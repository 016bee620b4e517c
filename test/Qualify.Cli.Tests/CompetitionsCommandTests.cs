using System.Text.Json;

namespace Qualify.Cli.Tests;

/// <summary><c>qualify competitions</c> on the built-in definitions.</summary>
public sealed class CompetitionsCommandTests
{
    [Fact]
    public void Competitions_StagesReadingTheStore_ListedAsHistory()
    {
        // world-cup-2026.json has no top-level "matches": each of its two stages reads the store in its own window
        // (group stage 11 Jun - 27 Jun 2026, knockout stage 28 Jun - 19 Jul 2026).
        var result = CliRunner.RunOffline("competitions", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var entry = JsonDocument.Parse(result.Out).RootElement.GetProperty("competitions").EnumerateArray()
            .Single(c => c.GetProperty("id").GetString() == "world-cup-2026");
        Assert.Equal(("history", 12, 48, "2026-06-11", "2026-07-19"),
            (entry.GetProperty("source").GetString(), entry.GetProperty("groups").GetInt32(), entry.GetProperty("teams").GetInt32(),
             entry.GetProperty("from").GetString(), entry.GetProperty("to").GetString()));
    }
}
