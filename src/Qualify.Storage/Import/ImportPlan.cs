namespace Qualify.Storage.Import;

/// <summary>
/// What an import will store, worked out from the validated rows before the store is touched: team keys,
/// matches with their shootouts, goals with their match keys, and the rows skipped as duplicates or orphans.
/// </summary>
internal sealed class ImportPlan
{
    private ImportPlan(
        IReadOnlyList<string> teams,
        IReadOnlyList<PlannedMatch> matches,
        IReadOnlyList<PlannedGoal> goals,
        IReadOnlyList<FormerNameRow> formerNames,
        IReadOnlyList<SkippedRow> duplicates,
        IReadOnlyList<SkippedRow> orphans)
    {
        Teams = teams;
        TeamIds = teams.Select((name, index) => (name, index)).ToDictionary(t => t.name, t => t.index + 1, StringComparer.Ordinal);
        Matches = matches;
        Goals = goals;
        FormerNames = formerNames;
        Duplicates = duplicates;
        Orphans = orphans;
    }

    /// <summary>Every team, in ordinal order; a team's key is its position + 1.</summary>
    public IReadOnlyList<string> Teams { get; }

    /// <summary>Team name → key.</summary>
    public IReadOnlyDictionary<string, int> TeamIds { get; }

    /// <summary>The matches to store, in file order; a match's key is its position + 1.</summary>
    public IReadOnlyList<PlannedMatch> Matches { get; }

    /// <summary>The goals to store, in file order.</summary>
    public IReadOnlyList<PlannedGoal> Goals { get; }

    /// <summary>The former names to store, in file order.</summary>
    public IReadOnlyList<FormerNameRow> FormerNames { get; }

    /// <summary>Rows skipped because their match key came earlier in the same file.</summary>
    public IReadOnlyList<SkippedRow> Duplicates { get; }

    /// <summary>Goal and shootout rows skipped because no result has their match key.</summary>
    public IReadOnlyList<SkippedRow> Orphans { get; }

    /// <summary>How many matches have a shootout.</summary>
    public int ShootoutCount => Matches.Count(m => m.Shootout is not null);

    public static ImportPlan Build(DatasetRows rows)
    {
        var duplicates = new List<SkippedRow>();
        var orphans = new List<SkippedRow>();

        var matches = new List<PlannedMatch>(rows.Results.Count);
        var matchIds = new Dictionary<MatchKey, int>(rows.Results.Count);
        foreach (var result in rows.Results)
        {
            if (matchIds.TryGetValue(result.Key, out var existing))
            {
                var kept = matches[existing - 1].Result;
                duplicates.Add(new SkippedRow(
                    DatasetFileNames.Results,
                    result.Line,
                    $"duplicate of line {kept.Line} for {result.Key} (kept {kept.HomeScore}-{kept.AwayScore}, skipped {result.HomeScore}-{result.AwayScore})"));
                continue;
            }

            matches.Add(new PlannedMatch(result));
            matchIds.Add(result.Key, matches.Count);
        }

        var goals = new List<PlannedGoal>(rows.Goals.Count);
        foreach (var goal in rows.Goals)
        {
            if (matchIds.TryGetValue(goal.Key, out var matchId))
            {
                goals.Add(new PlannedGoal(matchId, goal));
            }
            else
            {
                orphans.Add(new SkippedRow(DatasetFileNames.Goals, goal.Line, $"no result for {goal.Key}"));
            }
        }

        foreach (var shootout in rows.Shootouts)
        {
            if (!matchIds.TryGetValue(shootout.Key, out var matchId))
            {
                orphans.Add(new SkippedRow(DatasetFileNames.Shootouts, shootout.Line, $"no result for {shootout.Key}"));
                continue;
            }

            var match = matches[matchId - 1];
            if (match.Shootout is { } earlier)
            {
                duplicates.Add(new SkippedRow(DatasetFileNames.Shootouts, shootout.Line, $"duplicate of line {earlier.Line} for {shootout.Key}"));
                continue;
            }

            match.Shootout = shootout;
        }

        var teams = matches.SelectMany(m => new[] { m.Result.Home, m.Result.Away })
            .Concat(rows.FormerNames.Select(f => f.Current))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

        return new ImportPlan(teams, matches, goals, rows.FormerNames, duplicates, orphans);
    }
}

/// <summary>A result row to store, with its shootout once attached.</summary>
internal sealed class PlannedMatch(ResultRow result)
{
    public ResultRow Result { get; } = result;

    public ShootoutRow? Shootout { get; set; }
}

/// <summary>A goal row to store, with the key of its match.</summary>
internal sealed record PlannedGoal(int MatchId, GoalRow Goal);
