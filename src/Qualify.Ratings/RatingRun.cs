using System.Collections.Immutable;
using Qualify.Domain.Matches;

namespace Qualify.Ratings;

/// <summary>A team's rating after a run.</summary>
/// <param name="Rank">1-based rank by rating (ties share the order of the name).</param>
/// <param name="Team">The team.</param>
/// <param name="Rating">The rating.</param>
/// <param name="Matches">Rated matches played.</param>
/// <param name="LastMatch">The date of its last rated match.</param>
/// <param name="Provisional">Whether it has played too few matches for a settled rating.</param>
public sealed record RatingEntry(int Rank, string Team, double Rating, int Matches, DateOnly LastMatch, bool Provisional);

/// <summary>One point of a team's rating series: the rating after a match.</summary>
/// <param name="Date">The match date.</param>
/// <param name="Opponent">The opponent.</param>
/// <param name="Score">The score from the team's side ("2-1" means the team scored 2).</param>
/// <param name="Change">The rating change.</param>
/// <param name="Rating">The rating after the match.</param>
public sealed record RatingPoint(DateOnly Date, string Opponent, string Score, double Change, double Rating);

/// <summary>
/// Runs a <see cref="PairwiseRatingSystem"/> over matches in date order and keeps every team's rating, optionally
/// with each team's series.
/// </summary>
public sealed class RatingRun
{
    private readonly Dictionary<string, int> _index;
    private readonly double[] _ratings;
    private readonly int[] _played;
    private readonly DateOnly[] _last;
    private readonly List<RatingPoint>[]? _history;
    private double _unlisted;

    private RatingRun(PairwiseRatingSystem system, Dictionary<string, int> index, double[] ratings, int[] played, DateOnly[] last, List<RatingPoint>[]? history)
    {
        System = system;
        _index = index;
        _ratings = ratings;
        _played = played;
        _last = last;
        _history = history;
    }

    /// <summary>The system that was run.</summary>
    public PairwiseRatingSystem System { get; }

    /// <summary>
    /// Rates <paramref name="matches"/> (in any order; they are taken by date, then in input order) up to and including
    /// <paramref name="asOf"/>. Unplayed matches are skipped.
    /// </summary>
    /// <exception cref="KeyNotFoundException">A match's tournament has no class (see <see cref="CompetitionClassifier"/>).</exception>
    /// <param name="system">The rating system.</param>
    /// <param name="matches">The matches.</param>
    /// <param name="asOf">The last date rated, inclusive; <see langword="null"/> for every match.</param>
    /// <param name="recordHistory">Whether to keep each team's series.</param>
    /// <param name="seed">Starting ratings: matches on or before its date are skipped; <see langword="null"/> starts every team at the system's initial rating.</param>
    public static RatingRun Compute(PairwiseRatingSystem system, IReadOnlyList<Match> matches, DateOnly? asOf = null, bool recordHistory = false, RatingSeed? seed = null)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(matches);
        var ordered = IsSortedByDate(matches) ? matches : [.. matches.OrderBy(m => m.Date)];
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var ratings = new List<double>();
        var played = new List<int>();
        var last = new List<DateOnly>();
        var history = recordHistory ? new List<List<RatingPoint>>() : null;

        int IndexOf(string team)
        {
            if (!index.TryGetValue(team, out var i))
            {
                i = index.Count;
                index[team] = i;
                ratings.Add(seed is null ? system.InitialRating : seed.Points.GetValueOrDefault(team, seed.Unlisted));
                played.Add(0);
                last.Add(default);
                history?.Add([]);
            }

            return i;
        }

        foreach (var team in seed?.Points.Keys.Order(StringComparer.Ordinal) ?? Enumerable.Empty<string>())
        {
            IndexOf(team);
        }

        foreach (var match in ordered)
        {
            if (asOf is { } limit && match.Date > limit)
            {
                break;
            }

            if (match.Score is not { } score || (seed is not null && match.Date <= seed.Date))
            {
                continue;
            }

            var h = IndexOf(match.Home);
            var a = IndexOf(match.Away);
            var (homeChange, awayChange) = system.Update(ratings[h], ratings[a], match, CompetitionClassifier.Classify(match.Tournament));
            ratings[h] += homeChange;
            ratings[a] += awayChange;
            played[h]++;
            played[a]++;
            last[h] = match.Date;
            last[a] = match.Date;
            if (history is not null)
            {
                history[h].Add(new RatingPoint(match.Date, match.Away, $"{score.Home}-{score.Away}", homeChange, ratings[h]));
                history[a].Add(new RatingPoint(match.Date, match.Home, $"{score.Away}-{score.Home}", awayChange, ratings[a]));
            }
        }

        return new RatingRun(system, index, [.. ratings], [.. played], [.. last], history?.ToArray())
        {
            _unlisted = seed?.Unlisted ?? system.InitialRating,
        };
    }

    private static bool IsSortedByDate(IReadOnlyList<Match> matches)
    {
        for (var i = 1; i < matches.Count; i++)
        {
            if (matches[i].Date < matches[i - 1].Date)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Every rated team, best first.</summary>
    public ImmutableArray<RatingEntry> Table()
    {
        var order = _index.OrderByDescending(kv => _ratings[kv.Value]).ThenBy(kv => kv.Key, StringComparer.Ordinal).ToList();
        return [.. order.Select((kv, i) => new RatingEntry(i + 1, kv.Key, _ratings[kv.Value], _played[kv.Value], _last[kv.Value],
            System is WorldFootballElo && _played[kv.Value] < WorldFootballElo.ProvisionalMatches))];
    }

    /// <summary>Whether <paramref name="team"/> has played a rated match.</summary>
    public bool Has(string team) => _index.ContainsKey(team);

    /// <summary>The rating of <paramref name="team"/>, or the starting rating of a team that has not played.</summary>
    public double RatingOf(string team) => _index.TryGetValue(team, out var i) ? _ratings[i] : _unlisted;

    /// <summary>The series of <paramref name="team"/>, oldest first.</summary>
    /// <exception cref="InvalidOperationException">The run was computed without history.</exception>
    public IReadOnlyList<RatingPoint> HistoryOf(string team)
    {
        if (_history is null)
        {
            throw new InvalidOperationException("this run was computed without history");
        }

        return _index.TryGetValue(team, out var i) ? _history[i] : [];
    }
}
