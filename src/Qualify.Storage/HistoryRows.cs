using Qualify.Domain.Matches;

namespace Qualify.Storage;

/// <summary>Team names by key, and each key's rank in ordinal name order.</summary>
internal sealed class TeamNames
{
    private readonly string?[] _names;
    private readonly int[] _ranks;
    private readonly Dictionary<string, int> _ids;

    /// <summary>Indexes the (key, name) rows of the team table.</summary>
    /// <exception cref="InvalidDataException">A key is not positive.</exception>
    public TeamNames(List<(int Id, string Name)> rows)
    {
        var maxId = 0;
        foreach (var (id, _) in rows)
        {
            if (id < 1)
            {
                throw new InvalidDataException($"team key {id} is not positive");
            }

            maxId = Math.Max(maxId, id);
        }

        _names = new string?[maxId + 1];
        _ranks = new int[maxId + 1];
        _ids = new Dictionary<string, int>(rows.Count, StringComparer.Ordinal);
        var byName = rows.ToArray();
        Array.Sort(byName, (x, y) => string.CompareOrdinal(x.Name, y.Name));
        for (var rank = 0; rank < byName.Length; rank++)
        {
            var (id, name) = byName[rank];
            _names[id] = name;
            _ranks[id] = rank;
            _ids[name] = id;
        }

        Ordered = [.. byName.Select(t => t.Name)];
    }

    /// <summary>How many teams.</summary>
    public int Count => _ids.Count;

    /// <summary>The largest team key (0 when there is no team).</summary>
    public int MaxId => _names.Length - 1;

    /// <summary>Every name, in ordinal order.</summary>
    public IReadOnlyList<string> Ordered { get; }

    /// <summary>The name of the team with key <paramref name="id"/>.</summary>
    /// <exception cref="InvalidDataException">No team has that key.</exception>
    public string this[int id] =>
        (uint)id < (uint)_names.Length && _names[id] is { } name ? name : throw new InvalidDataException($"no team has key {id}");

    /// <summary>The rank of team <paramref name="id"/> among the names in ordinal order.</summary>
    public int Rank(int id) => _ranks[id];

    /// <summary>The key of the team named exactly <paramref name="name"/>, or <see langword="null"/> when there is none.</summary>
    public int? IdOf(string name) => _ids.TryGetValue(name, out var id) ? id : null;
}

/// <summary>Matches in report order, with their keys.</summary>
/// <param name="Matches">The matches by date, then home team, then away team (ordinal).</param>
/// <param name="Ids">Their keys, in the same order.</param>
internal sealed record MatchRows(Match[] Matches, int[] Ids)
{
    /// <summary>How many matches.</summary>
    public int Count => Matches.Length;

    /// <summary>Each match key's position.</summary>
    public Dictionary<int, int> Positions()
    {
        var positions = new Dictionary<int, int>(Ids.Length);
        for (var i = 0; i < Ids.Length; i++)
        {
            positions[Ids[i]] = i;
        }

        return positions;
    }
}

/// <summary>A match's key, date, teams (keys) and score.</summary>
/// <param name="Id">The match key.</param>
/// <param name="Date">The date.</param>
/// <param name="Home">The home team's key.</param>
/// <param name="Away">The away team's key.</param>
/// <param name="HomeGoals">The home side's goals.</param>
/// <param name="AwayGoals">The away side's goals.</param>
internal readonly record struct ScoreRow(int Id, DateOnly Date, int Home, int Away, int HomeGoals, int AwayGoals);

/// <summary>A goal's key columns, as stored.</summary>
/// <param name="MatchId">The key of its match.</param>
/// <param name="TeamId">The key of the team credited with the goal.</param>
/// <param name="Scorer">The scorer, when known.</param>
/// <param name="OwnGoal">Whether it was an own goal.</param>
/// <param name="Penalty">Whether it was a penalty.</param>
internal readonly record struct GoalFact(int MatchId, int TeamId, string? Scorer, bool OwnGoal, bool Penalty);

/// <summary>A goal row as stored.</summary>
/// <param name="Id">The goal key (file order).</param>
/// <param name="MatchId">The key of its match.</param>
/// <param name="TeamId">The key of the team credited with the goal.</param>
/// <param name="Scorer">The scorer, when known.</param>
/// <param name="Minute">The minute, when known.</param>
/// <param name="OwnGoal">Whether it was an own goal.</param>
/// <param name="Penalty">Whether it was a penalty.</param>
internal readonly record struct StoredGoal(int Id, int MatchId, int TeamId, string? Scorer, int? Minute, bool OwnGoal, bool Penalty);

/// <summary>A goal as read, with the position of its match in a <see cref="MatchRows"/>.</summary>
/// <param name="Key">The match position and the goal key as one integer: the goals' order.</param>
/// <param name="Match">The position of the goal's match.</param>
/// <param name="TeamId">The key of the team credited with the goal.</param>
/// <param name="Scorer">The scorer, when known.</param>
/// <param name="Minute">The minute, when known.</param>
/// <param name="OwnGoal">Whether it was an own goal.</param>
/// <param name="Penalty">Whether it was a penalty.</param>
internal readonly record struct GoalRow(long Key, int Match, int TeamId, string? Scorer, int? Minute, bool OwnGoal, bool Penalty);

