using System.Globalization;
using Qualify.Domain.Competitions;
using Qualify.Domain.Standings;

namespace Qualify.Contracts;

/// <summary>The JSON document of <c>qualify table --format json</c> (documented in docs/json.md).</summary>
internal sealed record TableDocument(string Competition, string? AsOf, IReadOnlyList<GroupDocument> Groups, IReadOnlyList<TieDocument> Ties, IReadOnlyList<MissingMatchDocument> Missing)
{
    public static TableDocument From(CompetitionTable table) => new(
        table.Competition.Id,
        Date(table.AsOf),
        [.. table.Stages.SelectMany(stage =>
            stage.Groups.Select(g => GroupDocument.From(stage.Name, g, null))
                .Concat(stage.CrossGroupRankings.Select(c => GroupDocument.From(stage.Name, c.Table, c.GroupOf))))],
        [.. table.Stages.SelectMany(stage => stage.Ties.Select(t => TieDocument.From(stage.Name, t)))],
        [.. table.Stages.SelectMany(stage => stage.Missing.Select(m => new MissingMatchDocument(stage.Name, m.Group, m.Home, m.Away)))]);

    public static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>
/// A knockout tie in the JSON document: its places, the teams once known (<see langword="null"/> while open), the legs
/// played by the date, the goals over them, and the winner once decided with what decided it.
/// </summary>
internal sealed record TieDocument(
    string Stage,
    string Name,
    string Format,
    string HomePlace,
    string AwayPlace,
    string? Home,
    string? Away,
    IReadOnlyList<LegDocument> Legs,
    int? HomeGoals,
    int? AwayGoals,
    string? Winner,
    string DecidedBy)
{
    public static TieDocument From(string stage, TieStanding tie)
    {
        var result = tie.Result;
        return new TieDocument(
            stage,
            tie.Tie.Name,
            tie.Tie.Format == PlayoffFormat.TwoLegs ? "two-legs" : "single-match",
            tie.Tie.Home.Describe(),
            tie.Tie.Away.Describe(),
            tie.Home,
            tie.Away,
            [.. (result?.Played ?? []).Select(m => new LegDocument(TableDocument.Date(m.Date)!, m.Home, m.Away, m.Score!.Value.Home, m.Score!.Value.Away, m.ShootoutWinner))],
            result?.HomeGoals,
            result?.AwayGoals,
            result?.Winner,
            DecisionText(result?.Decision ?? TieDecision.Open));
    }

    /// <summary>What decided a tie, as printed and serialised.</summary>
    public static string DecisionText(TieDecision decision) => decision switch
    {
        TieDecision.Score => "score",
        TieDecision.AwayGoals => "away-goals",
        TieDecision.Penalties => "penalties",
        TieDecision.Walkover => "walkover",
        _ => "open",
    };
}

/// <summary>A leg of a tie: its date, teams, score after extra time, and the shoot-out winner if any.</summary>
internal sealed record LegDocument(string Date, string Home, string Away, int HomeGoals, int AwayGoals, string? Penalties);

/// <summary>A round-robin meeting the data lacks after its window ended: reported, never simulated.</summary>
internal sealed record MissingMatchDocument(string Stage, string Group, string Home, string Away);

/// <summary>A group (or a ranking across groups) in the JSON document.</summary>
internal sealed record GroupDocument(
    string Name,
    string Stage,
    string Kind,
    int MatchesPlayed,
    int MatchesRemaining,
    bool DecidedByLots,
    IReadOnlyList<RowDocument> Rows)
{
    public static GroupDocument From(string stage, GroupStandings table, IReadOnlyDictionary<string, string>? groupOf) => new(
        table.Group,
        stage,
        groupOf is null ? "group" : "crossGroupRanking",
        table.MatchesPlayed,
        table.MatchesRemaining,
        table.DecidedByLots,
        [.. TableOrder.Rows(table).Select(r => TableOrder.HasStarted(table)
            ? RowDocument.From(r, groupOf?.GetValueOrDefault(r.Team))
            : RowDocument.NotStarted(r, groupOf?.GetValueOrDefault(r.Team)))]);
}

/// <summary>
/// A row in the JSON document. Before the group's first match <see cref="Position"/>, <see cref="Slot"/> and the
/// decided-by fields are <see langword="null"/>: the positions would be a drawing of lots, not a standing.
/// </summary>
internal sealed record RowDocument(
    int? Position,
    string Team,
    int Played,
    int Won,
    int Drawn,
    int Lost,
    int GoalsFor,
    int GoalsAgainst,
    int GoalDifference,
    int Points,
    int Deduction,
    string? Slot,
    string? SlotLabel,
    string? DecidedBy,
    string? DecidedByDetail,
    string? Group)
{
    public static RowDocument From(StandingsRow row, string? group) => new(
        row.Position,
        row.Team,
        row.Played,
        row.Won,
        row.Drawn,
        row.Lost,
        row.GoalsFor,
        row.GoalsAgainst,
        row.GoalDifference,
        row.Points,
        row.Deduction,
        SlotText.Name(row.Slot.Kind),
        row.Slot.Label,
        row.DecidedBy?.Label,
        row.DecidedBy?.ToString(),
        group);

    /// <summary>A row of a group that has not started: its team and zero counts, no position and no slot.</summary>
    public static RowDocument NotStarted(StandingsRow row, string? group) =>
        From(row, group) with { Position = null, Slot = null, SlotLabel = null, DecidedBy = null, DecidedByDetail = null };
}

/// <summary>Slot names as printed and serialised.</summary>
internal static class SlotText
{
    public static string Name(SlotKind kind) => kind switch
    {
        SlotKind.Qualified => "qualified",
        SlotKind.Playoff => "playoff",
        SlotKind.Advanced => "advanced",
        _ => "eliminated",
    };
}
