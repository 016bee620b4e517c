using Qualify.Domain.Competitions;
using Qualify.Domain.Standings;

namespace Qualify.Contracts;

/// <summary>
/// The order of the teams in each group of a competition table at a date, so that <c>forecast</c> and
/// <c>scenarios</c> list their rows as <c>table</c> does at the same date. Before a group's first match its positions
/// mean nothing (every team level, the order drawn by lots), so its teams are listed alphabetically.
/// </summary>
internal sealed class TableOrder
{
    private readonly Dictionary<string, Dictionary<string, int>> _positions;
    private readonly Dictionary<(string Stage, string Group), Dictionary<string, int>> _byStage;

    private TableOrder(Dictionary<string, Dictionary<string, int>> positions, Dictionary<(string, string), Dictionary<string, int>> byStage)
    {
        _positions = positions;
        _byStage = byStage;
    }

    /// <summary>The order of <paramref name="table"/>'s groups, by stage and group (by group name alone: the first group of each name).</summary>
    public static TableOrder Of(CompetitionTable table)
    {
        var positions = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var byStage = new Dictionary<(string, string), Dictionary<string, int>>();
        foreach (var stage in table.Stages)
        {
            foreach (var group in stage.Groups)
            {
                var order = Rows(group).Select((r, i) => (r.Team, i)).ToDictionary(x => x.Team, x => x.i, StringComparer.Ordinal);
                positions.TryAdd(group.Group, order);
                byStage.TryAdd((stage.Name, group.Group), order);
            }
        }

        return new TableOrder(positions, byStage);
    }

    /// <summary>Whether the group has played a match: until then no position and no slot is shown.</summary>
    public static bool HasStarted(GroupStandings group) => group.MatchesPlayed > 0;

    /// <summary>The group's rows as shown: by position once it has started, alphabetically before.</summary>
    public static IEnumerable<StandingsRow> Rows(GroupStandings group) =>
        HasStarted(group) ? group.Rows : group.Rows.OrderBy(r => r.Team, StringComparer.Ordinal);

    /// <summary><paramref name="items"/> of group <paramref name="group"/> in the table's order (a team not in it last, stably).</summary>
    public IEnumerable<T> Sort<T>(string group, IEnumerable<T> items, Func<T, string> team) =>
        _positions.TryGetValue(group, out var positions) ? By(positions, items, team) : items;

    /// <summary><paramref name="items"/> of group <paramref name="group"/> of stage <paramref name="stage"/> in the table's order (a team not in it last, stably).</summary>
    public IEnumerable<T> Sort<T>(string? stage, string group, IEnumerable<T> items, Func<T, string> team) =>
        stage is null ? Sort(group, items, team)
        : _byStage.TryGetValue((stage, group), out var positions) ? By(positions, items, team) : items;

    private static IEnumerable<T> By<T>(Dictionary<string, int> positions, IEnumerable<T> items, Func<T, string> team) =>
        items.OrderBy(i => positions.GetValueOrDefault(team(i), int.MaxValue));
}
