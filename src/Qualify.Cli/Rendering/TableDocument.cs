using System.Globalization;
using Qualify.Domain.Competitions;
using Qualify.Domain.Standings;

namespace Qualify.Cli.Rendering;

/// <summary>The JSON document of <c>qualify table --format json</c> (documented in the README).</summary>
internal sealed record TableDocument(string Competition, string? AsOf, IReadOnlyList<GroupDocument> Groups)
{
    public static TableDocument From(CompetitionTable table) => new(
        table.Competition.Id,
        table.AsOf?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        [.. table.Stages.SelectMany(stage =>
            stage.Groups.Select(g => GroupDocument.From(stage.Name, g, null))
                .Concat(stage.CrossGroupRankings.Select(c => GroupDocument.From(stage.Name, c.Table, c.GroupOf))))]);
}

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
