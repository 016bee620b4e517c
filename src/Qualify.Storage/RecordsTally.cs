using Qualify.Domain.History;

namespace Qualify.Storage;

/// <summary>
/// What the records of one team (or of every team) count from the matches' scores alone, in one pass: each team's
/// outcomes in date order (the runs), the goals in the scores (the scorer coverage), how many wins each margin has
/// (to choose the wins read in full) and the row of each match key (to place the goals).
/// </summary>
internal sealed class RecordsTally
{
    /// <summary>Margins of this many goals or more count together.</summary>
    private const int MarginCap = 63;

    private readonly ScoreRow[] _scores;
    private readonly int _teamId;
    private readonly List<DatedOutcome>?[] _outcomes;
    private readonly int[] _winsByMargin = new int[MarginCap + 1];
    private readonly int[] _rowOfMatch;

    /// <summary>Counts <paramref name="scores"/> (in report order) for the team <paramref name="teamId"/>, or for every team when 0.</summary>
    /// <param name="scores">The matches' scores.</param>
    /// <param name="teamId">The team's key, or 0 for every team.</param>
    /// <param name="maxTeamId">The highest team key.</param>
    public RecordsTally(ScoreRow[] scores, int teamId, int maxTeamId)
    {
        (_scores, _teamId) = (scores, teamId);
        _outcomes = new List<DatedOutcome>?[maxTeamId + 1];

        // Each match key's row (keys run from 1 to about the number of matches), -1 for a match outside the scores.
        _rowOfMatch = new int[scores.Length == 0 ? 1 : scores.Max(s => s.Id) + 1];
        Array.Fill(_rowOfMatch, -1);
        for (var i = 0; i < scores.Length; i++)
        {
            var s = scores[i];
            _rowOfMatch[s.Id] = i;
            Goals += teamId == 0 ? s.HomeGoals + s.AwayGoals : 0;
            Add(s.Date, s.Home, s.HomeGoals, s.AwayGoals);
            Add(s.Date, s.Away, s.AwayGoals, s.HomeGoals);
        }
    }

    /// <summary>The goals in the scores: the team's own, or every goal for every team.</summary>
    public int Goals { get; private set; }

    /// <summary>Each team with outcomes, by key, and its outcomes in date order.</summary>
    public IEnumerable<(int TeamId, DatedOutcome[] Outcomes)> Outcomes =>
        _outcomes.Select((list, id) => (list, id)).Where(t => t.list is not null).Select(t => (t.id, t.list!.ToArray()));

    /// <summary>
    /// The keys of every win that can rank among the <paramref name="count"/> biggest (of the team, or of any team): a
    /// margin at least the count-th biggest (margins of <see cref="MarginCap"/> or more count as one, and are all kept).
    /// </summary>
    public List<int> BiggestWinCandidates(int count)
    {
        var threshold = MarginCap;
        for (var listed = _winsByMargin[MarginCap]; threshold > 1 && listed < count; listed += _winsByMargin[--threshold])
        {
        }

        var candidates = new List<int>();
        foreach (var s in _scores)
        {
            var (winner, margin) = s.HomeGoals > s.AwayGoals ? (s.Home, s.HomeGoals - s.AwayGoals) : (s.Away, s.AwayGoals - s.HomeGoals);
            if (margin >= threshold && (_teamId == 0 || winner == _teamId))
            {
                candidates.Add(s.Id);
            }
        }

        return candidates;
    }

    /// <summary>The goals of <paramref name="facts"/> in the counted matches, as the domain counts scorers (without minutes).</summary>
    public List<Goal> CountedGoals(GoalFact[] facts, TeamNames teams)
    {
        var counted = new List<Goal>(facts.Length);
        foreach (var g in facts)
        {
            if ((uint)g.MatchId < (uint)_rowOfMatch.Length && _rowOfMatch[g.MatchId] is var row and >= 0)
            {
                var s = _scores[row];
                counted.Add(new Goal(s.Date, teams[s.Home], teams[s.Away], teams[g.TeamId], g.Scorer, null, g.OwnGoal, g.Penalty));
            }
        }

        return counted;
    }

    private void Add(DateOnly date, int side, int goalsFor, int goalsAgainst)
    {
        if (_teamId != 0 && side != _teamId)
        {
            return;
        }

        (_outcomes[side] ??= []).Add(new DatedOutcome(date, TeamResult.OutcomeOf(goalsFor, goalsAgainst)));
        Goals += _teamId == 0 ? 0 : goalsFor;
        if (goalsFor > goalsAgainst)
        {
            _winsByMargin[Math.Min(goalsFor - goalsAgainst, MarginCap)]++;
        }
    }
}
