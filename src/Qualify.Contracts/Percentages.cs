using System.Globalization;

namespace Qualify.Contracts;

/// <summary>
/// Probabilities as percentages for people, one decimal, in every front end (the console views and the web pages). A probability that is not exactly 0 or 1 never prints as 0 or
/// 100: below 0.05% it prints "&lt;0.1", and from 99.95% (which one decimal would round to 100.0) it prints "&gt;99.9".
/// Exactly 0 prints "–" (impossible) and exactly 1 prints "100" (certain).
/// </summary>
internal static class Percentages
{
    /// <summary>The smallest probability that prints as a number rather than "&lt;0.1": 0.05% rounds up to 0.1.</summary>
    private const double Smallest = 0.0005;

    /// <summary>The smallest probability below 1 that one decimal would print as 100.0: 99.95% rounds up.</summary>
    private const double RoundsToCertain = 0.9995;

    /// <summary>The percentage of <paramref name="p"/> without a sign, for a column headed "(%)".</summary>
    public static string Cell(double p) => p switch
    {
        0 => "–",
        1 => "100",
        < Smallest => "<0.1",
        >= RoundsToCertain => ">99.9",
        _ => (p * 100).ToString("0.0", CultureInfo.InvariantCulture),
    };

    /// <summary>The percentage of <paramref name="p"/> with its sign ("12.5%"); impossible prints "–".</summary>
    public static string WithSign(double p) => p == 0 ? Cell(p) : Cell(p) + "%";
}
