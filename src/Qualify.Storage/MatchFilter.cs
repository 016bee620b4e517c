namespace Qualify.Storage;

/// <summary>Which team condition a <see cref="MatchFilter"/> puts on a match.</summary>
internal enum TeamCondition
{
    /// <summary>Any teams.</summary>
    Any,

    /// <summary>The team is the home or the away team.</summary>
    Team,

    /// <summary>The team and the opponent played each other, either at home.</summary>
    Pair,
}

/// <summary>
/// The matches a read selects in the database: a date window (both ends included, always bound: the reads send
/// <see cref="DateOnly.MinValue"/> and <see cref="DateOnly.MaxValue"/> for open ends), and optionally a team or a pair of
/// teams (by key) and a tournament (by <see cref="Entities.MatchEntity.TournamentKey"/>).
/// </summary>
internal readonly record struct MatchFilter(DateOnly From, DateOnly To, TeamCondition Teams, int Team, int Opponent, string? TournamentKey)
{
    /// <summary>Every match.</summary>
    public static MatchFilter All => new(DateOnly.MinValue, DateOnly.MaxValue, TeamCondition.Any, 0, 0, null);

    /// <summary>Whether the filter selects every match.</summary>
    public bool IsAll => Teams == TeamCondition.Any && TournamentKey is null && From == DateOnly.MinValue && To == DateOnly.MaxValue;
}
