using Qualify.Domain.Matches;

namespace Qualify.Models;

/// <summary>
/// The Dixon-Coles fit on a trailing window, as <c>qualify forecast</c> and <c>qualify evaluate</c> both run it: the
/// played matches in [F − <see cref="DixonColesFitOptions.WindowYears"/>, F), weighted with
/// <see cref="DixonColesFitOptions.Xi"/> counted to the last of them.
/// </summary>
public static class DixonColesWindow
{
    /// <summary>The first day of the window of a fit before <paramref name="before"/> (saturating at the first representable day).</summary>
    /// <param name="before">F, the first day not fitted.</param>
    /// <param name="options">The window length.</param>
    public static DateOnly Start(DateOnly before, DixonColesFitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return before.Year > options.WindowYears ? before.AddYears(-options.WindowYears) : DateOnly.MinValue;
    }

    /// <summary>Fits Dixon-Coles on the played matches in [F − window, F), weights counted to the last of them.</summary>
    /// <param name="playedByDate">Played matches sorted by date.</param>
    /// <param name="before">F, the first day not fitted.</param>
    /// <param name="options">The window, ξ and the fit's settings.</param>
    /// <returns>The fit; <see langword="null"/> when the window holds no match.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of its range.</exception>
    public static DixonColesGoalModel? Fit(IReadOnlyList<Match> playedByDate, DateOnly before, DixonColesFitOptions options)
    {
        ArgumentNullException.ThrowIfNull(playedByDate);
        ArgumentNullException.ThrowIfNull(options);
        var first = LowerBound(playedByDate, Start(before, options).DayNumber);
        var last = LowerBound(playedByDate, before.DayNumber);
        if (last <= first)
        {
            return null;
        }

        var window = Enumerable.Range(first, last - first).Select(i => playedByDate[i]);
        return DixonColesGoalModel.Fit(window, playedByDate[last - 1].Date, options.Xi, options);
    }

    /// <summary>The first index whose match is on or after <paramref name="day"/>.</summary>
    private static int LowerBound(IReadOnlyList<Match> playedByDate, int day)
    {
        int low = 0, high = playedByDate.Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (playedByDate[middle].Date.DayNumber < day)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
