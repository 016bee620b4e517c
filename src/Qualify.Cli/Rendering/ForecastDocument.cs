using System.Globalization;
using Qualify.Application;
using Qualify.Domain.Competitions;

namespace Qualify.Cli.Rendering;

/// <summary>The JSON document of <c>qualify forecast --format json</c> (documented in the README).</summary>
internal sealed record ForecastDocument(
    string Competition,
    string? AsOf,
    long Simulations,
    ulong Seed,
    string Model,
    string ModelDescription,
    IReadOnlyList<string> Fixes,
    IReadOnlyList<ForecastTeamDocument> Teams,
    IReadOnlyList<ForecastFixtureDocument> Fixtures)
{
    public static ForecastDocument From(ForecastReport report) => new(
        report.Competition.Id,
        report.Options.AsOf?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        report.Options.Simulations,
        report.Options.Seed,
        report.Options.Model == GoalModelKind.DixonColes ? "dixon-coles" : "elo-poisson",
        report.ModelDescription,
        report.Options.Fixes,
        [.. report.Groups.SelectMany(g => g.Teams.Select(t => new ForecastTeamDocument(
            t.Team,
            g.Group.Name,
            [.. t.PositionProbabilities],
            Slots(t.SlotProbabilities),
            new PointsDocument(Math.Round(t.ExpectedPoints, 3), t.Points5, t.Points95),
            new StandardErrorsDocument([.. t.PositionProbabilities.Select(g.StandardError)], Slots(t.SlotProbabilities.ToDictionary(kv => kv.Key, kv => g.StandardError(kv.Value)))))))],
        [.. report.Groups.SelectMany(g => g.Fixtures.Select(f => new ForecastFixtureDocument(
            f.Match.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), f.Match.Home, f.Match.Away,
            f.Distribution.HomeWin, f.Distribution.Draw, f.Distribution.AwayWin,
            f.Distribution.ExpectedHomeGoals, f.Distribution.ExpectedAwayGoals)))]);

    private static Dictionary<string, double> Slots(IReadOnlyDictionary<SlotKind, double> slots) =>
        slots.Where(kv => kv.Key != SlotKind.Advanced || kv.Value > 0).ToDictionary(kv => SlotText.Name(kv.Key), kv => kv.Value);
}

/// <summary>A team in the forecast document.</summary>
internal sealed record ForecastTeamDocument(
    string Team,
    string Group,
    IReadOnlyList<double> PositionProbabilities,
    IReadOnlyDictionary<string, double> Slots,
    PointsDocument ExpectedPoints,
    StandardErrorsDocument StandardErrors);

/// <summary>Expected points: the mean and the 5–95% range.</summary>
internal sealed record PointsDocument(double Mean, int P5, int P95);

/// <summary>Monte Carlo standard errors, √(p(1−p)/N), of each probability.</summary>
internal sealed record StandardErrorsDocument(IReadOnlyList<double> PositionProbabilities, IReadOnlyDictionary<string, double> Slots);

/// <summary>A remaining fixture in the forecast document.</summary>
internal sealed record ForecastFixtureDocument(string Date, string Home, string Away, double HomeWin, double Draw, double AwayWin, double ExpectedHomeGoals, double ExpectedAwayGoals);
