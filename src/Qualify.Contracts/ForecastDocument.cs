using System.Globalization;
using System.Text.Json.Serialization;
using Qualify.Application;
using Qualify.Domain.Competitions;
using Qualify.Models;
using Qualify.Simulation;

namespace Qualify.Contracts;

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
    IReadOnlyList<ForecastFixtureDocument> Fixtures,
    ForecastPlayoffDocument? Playoff,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ForecastStagesDocument? Stages)
{
    public static ForecastDocument From(ForecastReport report) => new(
        report.Competition.Id,
        report.Options.AsOf?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        report.Options.Simulations,
        report.Options.Seed,
        ModelKinds.ToName(report.Options.Model),
        report.ModelDescription,
        report.Options.Fixes,
        [.. report.Groups.SelectMany(g => g.Teams.Select(t => Team(report.Playoff, StageOf(report.Competition, g.Group), g, t)))],
        [.. report.Groups.SelectMany(g => g.Fixtures.Select(f => new ForecastFixtureDocument(
            f.Match.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), f.Match.Home, f.Match.Away,
            f.Distribution.HomeWin, f.Distribution.Draw, f.Distribution.AwayWin,
            f.Distribution.ExpectedHomeGoals, f.Distribution.ExpectedAwayGoals)))],
        report.Playoff is { } p ? ForecastPlayoffDocument.From(p) : null,
        report.Stages is { } stages ? ForecastStagesDocument.From(stages) : null);

    /// <summary>The name of the stage holding <paramref name="group"/> (groups of two stages may share a name).</summary>
    private static string StageOf(CompetitionDefinition competition, GroupDefinition group) =>
        competition.Stages.FirstOrDefault(s => s.Groups.Any(g => ReferenceEquals(g, group)))?.Name
        ?? competition.Stages.First(s => s.Groups.Contains(group)).Name;

    private static ForecastTeamDocument Team(PlayoffForecast? playoff, string stage, GroupForecast g, TeamForecast t)
    {
        var worldCup = playoff is not null && ReferenceEquals(playoff.Group, g) ? playoff[t.Team] : null;
        return new ForecastTeamDocument(
            t.Team,
            g.Group.Name,
            stage,
            [.. t.PositionProbabilities],
            Slots(t.SlotProbabilities),
            worldCup?.WorldCup,
            new PointsDocument(Math.Round(t.ExpectedPoints, 3), t.Points5, t.Points95),
            new StandardErrorsDocument([.. t.PositionProbabilities.Select(g.StandardError)], Slots(t.SlotProbabilities.ToDictionary(kv => kv.Key, kv => g.StandardError(kv.Value))), worldCup?.StandardError));
    }

    private static Dictionary<string, double> Slots(IReadOnlyDictionary<SlotKind, double> slots) =>
        slots.Where(kv => kv.Key != SlotKind.Advanced || kv.Value > 0).ToDictionary(kv => SlotText.Name(kv.Key), kv => kv.Value);
}

/// <summary>A team in the forecast document.</summary>
internal sealed record ForecastTeamDocument(
    string Team,
    string Group,
    string Stage,
    IReadOnlyList<double> PositionProbabilities,
    IReadOnlyDictionary<string, double> Slots,
    double? WorldCup,
    PointsDocument ExpectedPoints,
    StandardErrorsDocument StandardErrors);

/// <summary>Expected points: the mean and the 5–95% range.</summary>
internal sealed record PointsDocument(double Mean, int P5, int P95);

/// <summary>Monte Carlo standard errors, √(p(1−p)/N), of each probability.</summary>
internal sealed record StandardErrorsDocument(IReadOnlyList<double> PositionProbabilities, IReadOnlyDictionary<string, double> Slots, double? WorldCup);

/// <summary>The play-off against a known opponent, and each team's probability of winning it.</summary>
internal sealed record ForecastPlayoffDocument(
    string Group,
    string Positions,
    string? Label,
    string Opponent,
    bool OpponentOverridden,
    string Format,
    string Venue,
    bool AwayGoals,
    string ExtraTime,
    string Penalties,
    string? Source,
    IReadOnlyDictionary<string, double> WinProbabilityByTeam)
{
    public static ForecastPlayoffDocument From(PlayoffForecast playoff)
    {
        var p = playoff.Playoff;
        var slot = playoff.Slot;
        return new ForecastPlayoffDocument(
            playoff.Group.Group.Name,
            slot.From == slot.To ? slot.From.ToString(CultureInfo.InvariantCulture) : FormattableString.Invariant($"{slot.From}-{slot.To}"),
            p.Label ?? slot.Label,
            p.Opponent,
            playoff.OpponentOverridden,
            p.Format == PlayoffFormat.SingleMatch ? "single-match" : "two-legs",
            p.Venue switch
            {
                PlayoffVenue.Neutral => "neutral",
                PlayoffVenue.Home => "home",
                PlayoffVenue.Away => "away",
                PlayoffVenue.HomeFirst => "home-first",
                _ => "away-first",
            },
            p.AwayGoals,
            "Poisson at the 90-minute expected goals × 30/90",
            "50/50",
            p.Source,
            playoff.Teams.ToDictionary(t => t.Team, t => t.PlayoffWin, StringComparer.Ordinal));
    }
}

/// <summary>A remaining fixture in the forecast document.</summary>
internal sealed record ForecastFixtureDocument(string Date, string Home, string Away, double HomeWin, double Draw, double AwayWin, double ExpectedHomeGoals, double ExpectedAwayGoals);

/// <summary>
/// The JSON document of <c>qualify forecast --timeline --format json</c>: the chance of one slot for each team,
/// re-forecast as of each matchday.
/// </summary>
internal sealed record ForecastTimelineDocument(
    string Competition,
    string Slot,
    long Simulations,
    ulong Seed,
    string Model,
    IReadOnlyList<TimelinePointDocument> Points,
    string? Chart)
{
    public static ForecastTimelineDocument From(ForecastTimeline timeline, string model, string? chart) => new(
        timeline.Competition.Id,
        SlotText.Name(timeline.Slot),
        timeline.Options.Simulations,
        timeline.Options.Seed,
        model,
        [.. timeline.Reports.Select(r => new TimelinePointDocument(
            Dates.Text(r.Options.AsOf!.Value),
            r.ModelDescription,
            [.. timeline.Teams.Select(t => new TimelineTeamDocument(t, timeline.Probability(r, t)))]))],
        chart);
}

/// <summary>One re-forecast of the timeline: its date, the model as fitted then, and each team's chance of the slot.</summary>
internal sealed record TimelinePointDocument(string AsOf, string Model, IReadOnlyList<TimelineTeamDocument> Teams);

/// <summary>A team's chance of the charted slot at one date.</summary>
internal sealed record TimelineTeamDocument(string Team, double Probability);
