namespace Qualify.Domain.History;

/// <summary>What an import read, stored and skipped, and how long it took.</summary>
public sealed record ImportReport
{
    /// <summary>The dataset folder (full path).</summary>
    public required string SourceFolder { get; init; }

    /// <summary>Data rows read from <c>results.csv</c> (header excluded).</summary>
    public required int ResultRowsRead { get; init; }

    /// <summary>Data rows read from <c>goalscorers.csv</c>.</summary>
    public required int GoalRowsRead { get; init; }

    /// <summary>Data rows read from <c>shootouts.csv</c>.</summary>
    public required int ShootoutRowsRead { get; init; }

    /// <summary>Data rows read from <c>former_names.csv</c>.</summary>
    public required int FormerNameRowsRead { get; init; }

    /// <summary>Distinct teams stored.</summary>
    public required int TeamsStored { get; init; }

    /// <summary>Matches stored: result rows less duplicates.</summary>
    public required int MatchesStored { get; init; }

    /// <summary>Goals stored: goal rows less orphans.</summary>
    public required int GoalsStored { get; init; }

    /// <summary>Shootouts attached to stored matches: shootout rows less duplicates and orphans.</summary>
    public required int ShootoutsStored { get; init; }

    /// <summary>Former names stored.</summary>
    public required int FormerNamesStored { get; init; }

    /// <summary>
    /// Rows skipped because a row with the same match key (date, home team, away team) came earlier in the
    /// same file; the first row is kept.
    /// </summary>
    public required IReadOnlyList<SkippedRow> Duplicates { get; init; }

    /// <summary>Goal and shootout rows skipped because no row of <c>results.csv</c> has their match key.</summary>
    public required IReadOnlyList<SkippedRow> Orphans { get; init; }

    /// <summary>Scheduled matches (<c>NA</c> scores) stored as fixtures, apart from the played matches.</summary>
    public int FixturesStored { get; init; }

    /// <summary>
    /// One row per tournament missing from <c>tournament-classes.csv</c>, at its first line: stored, and weighted as
    /// <see cref="Domain.Matches.CompetitionClassifier.DefaultClass"/>.
    /// </summary>
    public IReadOnlyList<SkippedRow> UnmappedTournaments { get; init; } = [];

    /// <summary>Every warning, one line each (<c>file:line: reason</c>): unmapped tournaments, duplicates, orphans.</summary>
    public IEnumerable<string> Warnings =>
        UnmappedTournaments.Select(r => "unmapped tournament: " + r)
            .Concat(Duplicates.Select(r => "duplicate skipped: " + r))
            .Concat(Orphans.Select(r => "no matching result, skipped: " + r));

    /// <summary>Wall-clock time of the whole import, reading and writing.</summary>
    public required TimeSpan Elapsed { get; init; }
}
