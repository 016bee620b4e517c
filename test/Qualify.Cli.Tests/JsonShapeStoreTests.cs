namespace Qualify.Cli.Tests;

/// <summary>
/// The shape of each store-based command's JSON document (<see cref="JsonShape"/>) over the imported shared dataset,
/// compared with a reviewed snapshot; the Octagon's teams and dates.
/// </summary>
[Collection(ImportedStoreCollection.Name)]
public sealed class JsonShapeStoreTests(ImportedStoreFixture store)
{
    [Fact]
    public void Ratings_CanadaHistory_KeepsItsShape()
    {
        // Canada's Elo row and its rating after each match before the Octagon's 2021-11-17 round.
        AssertShape("ratings-canada-2021-11-17.shape.txt", "ratings", "--team", "Canada", "--history", "--as-of", "2021-11-17");
    }

    [Fact]
    public void Ratings_Top_KeepsItsShape()
    {
        // The top of the FIFA ranking on 2022-03-28, with no history (null).
        AssertShape("ratings-fifa-2022-03-28.shape.txt", "ratings", "--system", "fifa", "--as-of", "2022-03-28", "--top", "5");
    }

    [Fact]
    public void Teams_SearchCongo_KeepsItsShape()
    {
        // "congo" finds DR Congo, with its former name Zaïre (former_names.csv), and Congo.
        AssertShape("teams-congo.shape.txt", "teams", "--search", "congo");
    }

    [Fact]
    public void Table_Caf2026_KeepsItsShape()
    {
        // Nine groups, the ranking of runners-up, the play-off ties (one decided on penalties) and no missing match.
        AssertShape("table-caf-2026.shape.txt", "table", "caf-2026");
    }

    [Fact]
    public void Scenarios_Concacaf2026Ranking_KeepsItsShape()
    {
        // The third round's ranking of runners-up two matchdays from the end: ranks, slots, proofs and witnesses.
        AssertShape("scenarios-concacaf-2026-2025-10-14.shape.txt", "scenarios", "concacaf-2026", "--as-of", "2025-10-14", "--team", "Nicaragua");
    }

    [Fact]
    public void Table_Conmebol2022_KeepsItsShapeWithAMissingMatch()
    {
        // Brazil v Argentina (5 Sep 2021) was suspended and never replayed: results.csv lacks it, so it is reported missing.
        AssertShape("table-conmebol-2022.shape.txt", "table", "conmebol-2022");
    }

    [Fact]
    public void Forecast_OctagonWithHistory_KeepsItsShape()
    {
        // The Elo-Poisson forecast from the store as of 2021-11-17.
        AssertShape("forecast-history-concacaf-2022-2021-11-17.shape.txt", "forecast", "concacaf-2022", "--as-of", "2021-11-17", "--sims", "2000", "--seed", "1");
    }

    [Fact]
    public void Forecast_Caf2026Stages_KeepsItsShape()
    {
        // CAF 2026 at its first round's halfway point (2025-03-25): groups, the best runners-up ranking, the play-off ties
        // and the final destinations.
        AssertShape("forecast-caf-2026-2025-03-25.shape.txt", "forecast", "caf-2026", "--as-of", "2025-03-25", "--sims", "2000", "--seed", "1");
    }

    [Fact]
    public void Evaluate_ShortWindow_KeepsItsShape()
    {
        // The Octagon's autumn 2021 window, two models so the comparison is present.
        AssertShape("evaluate-2021-09-01-2021-11-16.shape.txt", "evaluate", "--from", "2021-09-01", "--to", "2021-11-16", "--models", "uniform,elo");
    }

    [Fact]
    public void HeadToHead_CanadaMexico_KeepsItsShape()
    {
        // Canada v Mexico before the Octagon's 2021-11-17 round.
        AssertShape("h2h-canada-mexico-2021-11-17.shape.txt", "h2h", "Canada", "Mexico", "--before", "2021-11-17");
    }

    [Fact]
    public void Team_Canada_KeepsItsShape()
    {
        // Canada's record before 2021-11-17.
        AssertShape("team-canada-2021-11-17.shape.txt", "team", "Canada", "--before", "2021-11-17");
    }

    [Fact]
    public void Records_Before_KeepsItsShape()
    {
        // The all-time records before 2021-11-17.
        AssertShape("records-2021-11-17.shape.txt", "records", "--before", "2021-11-17");
    }

    private void AssertShape(string snapshot, params string[] args)
    {
        var result = CliRunner.Run(store.Environment, [.. args, "--format", "json"]);
        Assert.Equal(0, result.ExitCode);
        Snapshot.Match(snapshot, JsonShape.Of(result.Out));
    }
}
