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

    private TableOrder(Dictionary<string, Dictionary<string, int>> positions) => _positions = positions;

    /// <summary>The order of <paramref name="table"/>'s groups (the first group of each name).</summary>
    public static TableOrder Of(CompetitionTable table)
    {
        var positions = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var group in table.Stages.SelectMany(s => s.Groups))
        {
            positions.TryAdd(group.Group, Rows(group).Select((r, i) => (r.Team, i)).ToDictionary(x => x.Team, x => x.i, StringComparer.Ordinal));
        }

        return new TableOrder(positions);
    }

    /// <summary>Whether the group has played a match: until then no position and no slot is shown.</summary>
    public static bool HasStarted(GroupStandings group) => group.MatchesPlayed > 0;

    /// <summary>The group's rows as shown: by position once it has started, alphabetically before.</summary>
    public static IEnumerable<StandingsRow> Rows(GroupStandings group) =>
        HasStarted(group) ? group.Rows : group.Rows.OrderBy(r => r.Team, StringComparer.Ordinal);

    /// <summary><paramref name="items"/> of group <paramref name="group"/> in the table's order (a team not in it last, stably).</summary>
    public IEnumerable<T> Sort<T>(string group, IEnumerable<T> items, Func<T, string> team) =>
        _positions.TryGetValue(group, out var positions)
            ? items.OrderBy(i => positions.GetValueOrDefault(team(i), int.MaxValue))
            : items;
}
