namespace Qualify.Models.Evaluation;

/// <summary>
/// When a walk-forward evaluation refits a model: at the start of the evaluation, then on the first day of every
/// calendar period of <see cref="Months"/> months (every month; every quarter, 1 January, 1 April, 1 July and
/// 1 October; and so on). A fit made at date F uses only matches dated strictly before F and serves every match
/// from F until the next refit date. Immutable.
/// </summary>
public sealed record RefitSchedule
{
    private RefitSchedule(int months) => Months = months;

    /// <summary>Refit on the first of every month.</summary>
    public static RefitSchedule Monthly { get; } = new(1);

    /// <summary>Refit on the first of January, April, July and October.</summary>
    public static RefitSchedule Quarterly { get; } = new(3);

    /// <summary>The length of a period in calendar months, a divisor of 12.</summary>
    public int Months { get; }

    /// <summary>A schedule of <paramref name="months"/>-month periods aligned on 1 January.</summary>
    /// <param name="months">1, 2, 3, 4, 6 or 12.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="months"/> does not divide 12.</exception>
    public static RefitSchedule FromMonths(int months) => months is 1 or 2 or 3 or 4 or 6 or 12
        ? new RefitSchedule(months)
        : throw new ArgumentOutOfRangeException(nameof(months), months, "a refit period must divide the year: 1, 2, 3, 4, 6 or 12 months");

    /// <summary>The first scheduled refit date strictly after <paramref name="date"/>.</summary>
    /// <param name="date">A date, for example the last fit.</param>
    public DateOnly NextAfter(DateOnly date)
    {
        var monthStart = new DateOnly(date.Year, date.Month, 1);
        var periodStart = monthStart.AddMonths(-((date.Month - 1) % Months));
        return periodStart.AddMonths(Months);
    }

    /// <summary>The refit dates of an evaluation over [<paramref name="from"/>, <paramref name="to"/>]: <paramref name="from"/>, then every period start up to <paramref name="to"/>.</summary>
    /// <param name="from">The first evaluated date.</param>
    /// <param name="to">The last evaluated date, not before <paramref name="from"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public IReadOnlyList<DateOnly> Dates(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            throw new ArgumentException($"the period is empty: {from:yyyy-MM-dd} to {to:yyyy-MM-dd}", nameof(to));
        }

        var dates = new List<DateOnly> { from };
        for (var next = NextAfter(from); next <= to; next = NextAfter(next))
        {
            dates.Add(next);
        }

        return dates;
    }
}
