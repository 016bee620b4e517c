namespace Qualify.Cli.Tests.Import;

/// <summary>
/// The real dataset with the Kirin Cup renamed to a tournament that tournament-classes.csv does not have (issue 11,
/// finding 3): the import warns and names it, every command keeps working, <c>tournaments --unmapped</c> lists it.
/// </summary>
public sealed class UnknownTournamentTests(UnknownTournamentTests.RenamedStore store) : IClassFixture<UnknownTournamentTests.RenamedStore>
{
    [Fact]
    public void Import_UnknownTournament_WarnsNamingItAndItsDefaultClass()
    {
        // results.csv line 11,376 is the first Kirin Cup match (1978-05-23); the Kirin Cup has 79 matches.
        Assert.Equal(0, store.ImportResult.ExitCode);
        Assert.Contains(
            "warning: unmapped tournament: results.csv:11376: tournament 'Imaginary Cup' (79 matches) is not in tournament-classes.csv: weighted as other-tournament (Elo K 30; FIFA importance 5, or 10 in an international window)\n",
            store.ImportResult.Error,
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ratings", "--top", "3")]
    [InlineData("ratings", "--system", "fifa", "--top", "3")]
    [InlineData("forecast", "concacaf-2022", "--as-of", "2021-11-17", "--sims", "200")]
    [InlineData("evaluate", "--from", "2018-06-01", "--to", "2018-06-30")]
    [InlineData("h2h", "Japan", "Chile")]
    [InlineData("team", "Japan")]
    public void Command_StoreWithUnknownTournament_Succeeds(params string[] args)
    {
        // Before issue 11 each of these failed with "unexpected error" (KeyNotFoundException from the classifier).
        var result = CliRunner.Run(store.Environment, args);

        Assert.True(result.ExitCode == 0, result.Error);
    }

    [Fact]
    public void Tournaments_Unmapped_ListsOnlyTheUnknownTournament()
    {
        var result = CliRunner.Run(store.Environment, "tournaments", "--unmapped");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Imaginary Cup", result.Console, StringComparison.Ordinal);
        Assert.Contains("1 tournament, 1 not in tournament-classes.csv", result.Console, StringComparison.Ordinal);
        Assert.DoesNotContain("Kirin Cup", result.Console, StringComparison.Ordinal);
    }

    /// <summary>The real dataset, Kirin Cup renamed, imported once through the CLI.</summary>
    public sealed class RenamedStore() : EditedDatasetStore(",Kirin Cup,", ",Imaginary Cup,");
}
