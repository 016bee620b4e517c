using Qualify.Domain.Matches;
using Qualify.Testing;

namespace Qualify.Models.Tests;

/// <summary>The two reference data sets whose Dixon-Coles optima were measured with R's goalmodel and mezzala.</summary>
internal static class ReferenceFits
{
    /// <summary>The eight teams of the CONCACAF 2022 final round ("the Octagon").</summary>
    public static IReadOnlySet<string> OctagonTeams { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "Canada", "Mexico", "United States", "Panama", "Costa Rica", "Jamaica", "El Salvador", "Honduras",
    };

    /// <summary>Every played international dated 2018-01-01 to 2021-11-16 inclusive (all tournaments).</summary>
    public static IReadOnlyList<Match> Internationals2018To2021 { get; } = DatasetResults.All
        .Where(m => m.IsPlayed && m.Date >= new DateOnly(2018, 1, 1) && m.Date <= new DateOnly(2021, 11, 16))
        .ToList();

    /// <summary>The Octagon matches played by 2021-11-16: "FIFA World Cup qualification", 2021-09-02..2021-11-16, between Octagon teams.</summary>
    public static IReadOnlyList<Match> OctagonTo16November2021 { get; } = DatasetResults.All
        .Where(m => m.IsPlayed
            && m.Tournament == "FIFA World Cup qualification"
            && m.Date >= new DateOnly(2021, 9, 2) && m.Date <= new DateOnly(2021, 11, 16)
            && OctagonTeams.Contains(m.Home) && OctagonTeams.Contains(m.Away))
        .ToList();
}
