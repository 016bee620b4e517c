namespace Qualify.Simulation;

/// <summary>
/// One thread's state for a group whose teams are resolved in each simulation (<see cref="OpenGroupPlan"/>): its own
/// compiled group (whose lots order is set to the teams drawn), its workspace, the teams in its places, and its counts
/// by candidate team.
/// </summary>
internal sealed class OpenGroupWorker
{
    public OpenGroupWorker(GroupPlan plan)
    {
        var open = plan.Open!;
        Compiled = open.Compile();
        var n = Compiled.TeamCount;
        Workspace = new RankerWorkspace(Compiled, open.Played.Length + open.Fixtures.Length);
        Teams = new int[n];
        var w = Workspace;
        for (var m = 0; m < open.Played.Length; m++)
        {
            (w.Home[m], w.Away[m], w.HomeGoals[m], w.AwayGoals[m]) = open.Played[m];
        }

        for (var f = 0; f < open.Fixtures.Length; f++)
        {
            w.Home[open.Played.Length + f] = open.Fixtures[f].Home;
            w.Away[open.Played.Length + f] = open.Fixtures[f].Away;
        }

        w.MatchCount = open.Played.Length + open.Fixtures.Length;
        w.IndexTeamMatches();
        Width = open.MaxPoints + 1;
        PositionCounts = new long[open.Candidates.Length * n];
        PointsCounts = new long[open.Candidates.Length * Width];
    }

    public CompiledGroup Compiled { get; }

    public RankerWorkspace Workspace { get; }

    /// <summary>The global team in each local place, in the current simulation.</summary>
    public int[] Teams { get; }

    /// <summary>The width of a row of <see cref="PointsCounts"/>.</summary>
    public int Width { get; }

    /// <summary>[candidate × places + position]: how often the candidate finished at the position.</summary>
    public long[] PositionCounts { get; }

    /// <summary>[candidate × width + points]: how often the candidate played the group and finished on the points.</summary>
    public long[] PointsCounts { get; }

    /// <summary>
    /// Plays the group once with the teams in <see cref="Teams"/>: each fixture's score is drawn from its pairing's
    /// distribution, then the group is ranked by its chain (lots in the teams' order of the competition's lots) and counted.
    /// </summary>
    public void Play(StagePlan stage, OpenGroupPlan open, ref Xoshiro256StarStar rng)
    {
        var n = stage.Teams.Length;
        var lots = Compiled.LotsRank;
        for (var i = 0; i < Teams.Length; i++)
        {
            lots[i] = stage.LotsRank[Teams[i]];
        }

        var w = Workspace;
        var from = open.Played.Length;
        for (var f = 0; f < open.Fixtures.Length; f++)
        {
            var (home, away, venue) = open.Fixtures[f];
            var table = stage.Regular[(venue * n * n) + (Teams[home] * n) + Teams[away]];
            (w.HomeGoals[from + f], w.AwayGoals[from + f]) = stage.Sampler.Draw(table, rng.NextUInt64());
        }

        FastRanker.ComputeOverall(Compiled, w);
        FastRanker.Rank(Compiled, w);
        var places = Teams.Length;
        for (var p = 0; p < places; p++)
        {
            var local = w.Order[p];
            var candidate = open.CandidateOf[Teams[local]];
            PositionCounts[(candidate * places) + p]++;
            PointsCounts[(candidate * Width) + w.Overall.Points[local]]++;
        }
    }
}
