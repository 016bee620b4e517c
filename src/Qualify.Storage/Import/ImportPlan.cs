using Qualify.Domain.History;
using System.Globalization;
using Qualify.Domain.Matches;

namespace Qualify.Storage.Import;

/// <summary>
/// What an import will store, worked out from the validated rows before the store is touched: team keys,
/// matches with their shootouts, goals with their match keys, the rows skipped as duplicates, orphans or scheduled
/// matches, and the tournaments missing from <c>tournament-classes.csv</c>. Checks across files: a side has no more
/// goal rows than its score, and a former name belongs to a team of <c>results.csv</c>.
/// </summary>
internal sealed class ImportPlan
{
    private ImportPlan(
        IReadOnlyList<string> teams,
        IReadOnlyList<PlannedMatch> matches,
        IReadOnlyList<PlannedGoal> goals,
        IReadOnlyList<FormerNameRow> formerNames,
        IReadOnlyList<SkippedRow> duplicates,
        IReadOnlyList<SkippedRow> orphans,
        IReadOnlyList<ResultRow> fixtures,
        IReadOnlyList<SkippedRow> unmappedTournaments)
    {
        Fixtures = fixtures;
        UnmappedTournaments = unmappedTournaments;
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

    /// <summary>Scheduled matches (<c>NA</c> scores), in file order, stored as fixtures.</summary>
    public IReadOnlyList<ResultRow> Fixtures { get; }

    /// <summary>
    /// One row per tournament missing from <c>tournament-classes.csv</c> (its first line), stored and weighted as
    /// <see cref="CompetitionClassifier.DefaultClass"/>.
    /// </summary>
    public IReadOnlyList<SkippedRow> UnmappedTournaments { get; }

    /// <summary>How many matches have a shootout.</summary>
    public int ShootoutCount => Matches.Count(m => m.Shootout is not null);

    /// <exception cref="ImportFormatException">A side has more goal rows than its score, or a former name's team plays no match.</exception>
    public static ImportPlan Build(DatasetRows rows)
    {
        var duplicates = new List<SkippedRow>();
        var orphans = new List<SkippedRow>();
        var fixtures = new List<ResultRow>();
        var fixtureLines = new Dictionary<MatchKey, int>();

        var matches = new List<PlannedMatch>(rows.Results.Count);
        var matchIds = new Dictionary<MatchKey, int>(rows.Results.Count);
        foreach (var result in rows.Results)
        {
            if (fixtureLines.TryGetValue(result.Key, out var fixtureLine))
            {
                duplicates.Add(new SkippedRow(DatasetFileNames.Results, result.Line, $"duplicate of line {fixtureLine} for {result.Key} (a scheduled match)"));
                continue;
            }

            if (!result.IsPlayed && !matchIds.ContainsKey(result.Key))
            {
                fixtures.Add(result);
                fixtureLines.Add(result.Key, result.Line);
                continue;
            }

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

        var goals = PlanGoals(rows.Goals, matches, matchIds, orphans);
        AttachShootouts(rows.Shootouts, matches, matchIds, duplicates, orphans);

        var teams = matches.SelectMany(m => new[] { m.Result.Home, m.Result.Away })
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        CheckFormerNames(rows.FormerNames, teams);

        return new ImportPlan(teams, matches, goals, rows.FormerNames, duplicates, orphans, fixtures, FindUnmappedTournaments(matches));
    }

    private static List<PlannedGoal> PlanGoals(
        IReadOnlyList<GoalRow> rows, List<PlannedMatch> matches, Dictionary<MatchKey, int> matchIds, List<SkippedRow> orphans)
    {
        var goals = new List<PlannedGoal>(rows.Count);
        var perSide = new Dictionary<(int Match, bool Home), int>();
        foreach (var goal in rows)
        {
            if (!matchIds.TryGetValue(goal.Key, out var matchId))
            {
                orphans.Add(new SkippedRow(DatasetFileNames.Goals, goal.Line, $"no result for {goal.Key}"));
                continue;
            }

            var result = matches[matchId - 1].Result;
            var home = string.Equals(goal.Team, result.Home, StringComparison.Ordinal);
            var count = perSide[(matchId, home)] = perSide.GetValueOrDefault((matchId, home)) + 1;
            var score = (home ? result.HomeScore : result.AwayScore) ?? 0;
            if (count > score)
            {
                throw new ImportFormatException(DatasetFileNames.Goals, goal.Line, string.Create(
                    CultureInfo.InvariantCulture,
                    $"goal row {count} for {goal.Team} in {goal.Key}, but {DatasetFileNames.Results}:{result.Line} gives {goal.Team} {score} goals"));
            }

            goals.Add(new PlannedGoal(matchId, goal));
        }

        return goals;
    }

    private static void AttachShootouts(
        IReadOnlyList<ShootoutRow> rows, List<PlannedMatch> matches, Dictionary<MatchKey, int> matchIds, List<SkippedRow> duplicates, List<SkippedRow> orphans)
    {
        // A shootout after a decisive score is valid: the second leg of a two-legged tie (37 in the real dataset).
        foreach (var shootout in rows)
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
    }

    private static void CheckFormerNames(IReadOnlyList<FormerNameRow> rows, List<string> teams)
    {
        var known = teams.ToHashSet(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (!known.Contains(row.Current))
            {
                throw new ImportFormatException(DatasetFileNames.FormerNames, row.Line, $"current '{row.Current}' plays no match in {DatasetFileNames.Results}");
            }
        }
    }

    private static List<SkippedRow> FindUnmappedTournaments(List<PlannedMatch> matches) =>
        [.. matches
            .Where(m => !CompetitionClassifier.IsMapped(m.Result.Tournament))
            .GroupBy(m => m.Result.Tournament, StringComparer.Ordinal)
            .Select(g => new SkippedRow(
                DatasetFileNames.Results,
                g.First().Result.Line,
                string.Create(CultureInfo.InvariantCulture, $"tournament '{g.Key}' ({g.Count()} matches) is not in tournament-classes.csv: weighted as {CompetitionClassifier.DefaultClassDescription}")))];
}

/// <summary>A result row to store, with its shootout once attached.</summary>
internal sealed class PlannedMatch(ResultRow result)
{
    public ResultRow Result { get; } = result;

    public ShootoutRow? Shootout { get; set; }
}

/// <summary>A goal row to store, with the key of its match.</summary>
internal sealed record PlannedGoal(int MatchId, GoalRow Goal);
