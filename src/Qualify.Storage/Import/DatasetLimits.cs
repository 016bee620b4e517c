namespace Qualify.Storage.Import;

/// <summary>
/// The bounds of plausible data that the importer enforces, each well outside everything the real dataset holds
/// (martj42/international_results, checked on its 49,520 results and 47,914 goals), so that a typo such as a score
/// of 1000 or a date of 9999-12-31 is an error rather than a poisoned store.
/// </summary>
/// <param name="Today">The importer's "today" (from its clock): no played match, goal, shootout or former name can be later.</param>
public sealed record DatasetLimits(DateOnly Today)
{
    /// <summary>
    /// The earliest date: the first international match, Scotland 0–0 England on 1872-11-30 (results.csv line 2).
    /// </summary>
    public static DateOnly EarliestDate { get; } = new(1872, 11, 30);

    /// <summary>
    /// The highest score of one side: 50. The record is 31 (Australia 31–0 American Samoa, 2001-04-11, results.csv
    /// line 25,427).
    /// </summary>
    public static int MaxScore => 50;

    /// <summary>
    /// The latest goal minute: 150, for 120 minutes of extra time plus stoppage time. The dataset's latest is 122
    /// (Arthur Friedenreich, Brazil v Uruguay, 1919-05-29, goalscorers.csv line 67).
    /// </summary>
    public static int MaxMinute => 150;

    /// <summary>
    /// The latest date a played match may have: <see cref="Today"/> plus one day, because a match played today in a
    /// time zone ahead of the clock's is dated tomorrow.
    /// </summary>
    public DateOnly LatestPlayed => Today.AddDays(1);

    /// <summary>
    /// The latest date a scheduled match (scores <c>NA</c>) may have: ten years after <see cref="Today"/>, beyond any
    /// published international calendar.
    /// </summary>
    public DateOnly LatestFixture => Today.AddYears(10);

    /// <summary>The limits for the date of <paramref name="now"/> in UTC.</summary>
    public static DatasetLimits At(DateTimeOffset now) => new(DateOnly.FromDateTime(now.UtcDateTime));
}
