namespace Qualify.Storage.Import;

/// <summary>A validated row of <c>results.csv</c>; the scores are both <see langword="null"/> for a scheduled match (<c>NA</c>).</summary>
internal sealed record ResultRow(
    int Line, DateOnly Date, string Home, string Away, int? HomeScore, int? AwayScore, string Tournament, string City, string Country, bool Neutral)
{
    public MatchKey Key => new(Date, Home, Away);

    /// <summary>Whether the row has a score (not a scheduled match).</summary>
    public bool IsPlayed => HomeScore.HasValue;
}

/// <summary>A validated row of <c>goalscorers.csv</c>.</summary>
internal sealed record GoalRow(
    int Line, DateOnly Date, string Home, string Away, string Team, string? Scorer, int? Minute, bool OwnGoal, bool Penalty)
{
    public MatchKey Key => new(Date, Home, Away);
}

/// <summary>A validated row of <c>shootouts.csv</c>.</summary>
internal sealed record ShootoutRow(int Line, DateOnly Date, string Home, string Away, string Winner, string? FirstShooter)
{
    public MatchKey Key => new(Date, Home, Away);
}

/// <summary>A validated row of <c>former_names.csv</c>.</summary>
internal sealed record FormerNameRow(int Line, string Current, string Former, DateOnly Start, DateOnly End);

/// <summary>The dataset's match key: the three columns every file shares.</summary>
internal readonly record struct MatchKey(DateOnly Date, string Home, string Away)
{
    public override string ToString() => $"{Date:yyyy-MM-dd} {Home} v {Away}";
}

/// <summary>Every validated row of the four files, in file order.</summary>
internal sealed record DatasetRows(
    IReadOnlyList<ResultRow> Results,
    IReadOnlyList<GoalRow> Goals,
    IReadOnlyList<ShootoutRow> Shootouts,
    IReadOnlyList<FormerNameRow> FormerNames);
