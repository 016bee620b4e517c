using System.Collections.Immutable;
using Qualify.Domain.Matches;

namespace Qualify.Ratings;

/// <summary>A team's rating after a run.</summary>
/// <param name="Rank">1-based rank by rating (ties share the order of the name).</param>
/// <param name="Team">The team.</param>
/// <param name="Rating">The rating.</param>
/// <param name="Matches">Rated matches played.</param>
/// <param name="LastMatch">The date of its last rated match; <see langword="null"/> for a team of the seed that has not played since.</param>
/// <param name="Provisional">Whether it has played too few matches for a settled rating.</param>
public sealed record RatingEntry(int Rank, string Team, double Rating, int Matches, DateOnly? LastMatch, bool Provisional);

/// <summary>One point of a team's rating series: the rating after a match.</summary>
/// <param name="Date">The match date.</param>
/// <param name="Opponent">The opponent.</param>
/// <param name="Score">The score from the team's side ("2-1" means the team scored 2).</param>
/// <param name="Change">The rating change.</param>
/// <param name="Rating">The rating after the match.</param>
public sealed record RatingPoint(DateOnly Date, string Opponent, string Score, double Change, double Rating);

/// <summary>
/// The one rating history of Qualify: a <see cref="PairwiseRatingSystem"/> run over matches in date order, keeping
/// every team's rating and, optionally, each team's series. Used whole (<see cref="Compute"/>) by the ratings and the
/// forecasts, and match by match (<see cref="Start"/>, <see cref="Rate"/>) by the walk-forward evaluation, which reads
/// each match's ratings before rating it.
/// </summary>
public sealed class RatingRun
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<double> _ratings = [];
    private readonly List<int> _played = [];
    private readonly List<DateOnly?> _last = [];
    private readonly List<List<RatingPoint>>? _history;
    private readonly RatingSeed? _seed;
    private readonly double _unlisted;

    private RatingRun(PairwiseRatingSystem system, RatingSeed? seed, bool recordHistory)
    {
        System = system;
        _seed = seed;
        _unlisted = seed?.Unlisted ?? system.InitialRating;
        _history = recordHistory ? [] : null;
        LastDate = seed?.Date;
        foreach (var team in seed?.Points.Keys.Order(StringComparer.Ordinal) ?? Enumerable.Empty<string>())
        {
            IndexOf(team);
        }
    }

    /// <summary>The system that is run.</summary>
    public PairwiseRatingSystem System { get; }

    /// <summary>
    /// The date of the latest match rated; the seed's date before any (its ratings come from matches up to it);
    /// <see langword="null"/> for an unseeded run that has rated nothing.
    /// </summary>
    public DateOnly? LastDate { get; private set; }

    /// <summary>Every team the run rates: the seed's and every team that has played a rated match.</summary>
    public IReadOnlyCollection<string> Teams => _index.Keys;

    /// <summary>
    /// An empty run, to be fed match by match with <see cref="Rate"/>: every team starts at the seed's points, or at
    /// the system's initial rating when there is no seed.
    /// </summary>
    /// <param name="system">The rating system.</param>
    /// <param name="seed">Starting ratings: matches on or before its date are skipped; <see langword="null"/> starts every team at the system's initial rating.</param>
    /// <param name="recordHistory">Whether to keep each team's series.</param>
    public static RatingRun Start(PairwiseRatingSystem system, RatingSeed? seed = null, bool recordHistory = false)
    {
        ArgumentNullException.ThrowIfNull(system);
        return new RatingRun(system, seed, recordHistory);
    }

    /// <summary>
    /// Rates <paramref name="matches"/> (in any order; they are taken by date, then in input order, which for the
    /// dataset is the order of <c>results.csv</c>) up to and including <paramref name="asOf"/>. Unplayed matches are
    /// skipped.
    /// </summary>
    /// <exception cref="KeyNotFoundException">A match's tournament has no class (see <see cref="CompetitionClassifier"/>).</exception>
    /// <param name="system">The rating system.</param>
    /// <param name="matches">The matches.</param>
    /// <param name="asOf">The last date rated, inclusive; <see langword="null"/> for every match.</param>
    /// <param name="recordHistory">Whether to keep each team's series.</param>
    /// <param name="seed">Starting ratings: matches on or before its date are skipped; <see langword="null"/> starts every team at the system's initial rating.</param>
    public static RatingRun Compute(PairwiseRatingSystem system, IReadOnlyList<Match> matches, DateOnly? asOf = null, bool recordHistory = false, RatingSeed? seed = null)
    {
        ArgumentNullException.ThrowIfNull(matches);
        var run = Start(system, seed, recordHistory);
        foreach (var match in InDateOrder(matches))
        {
            if (asOf is { } limit && match.Date > limit)
            {
                break;
            }

            run.Rate(match);
        }

        return run;
    }

    /// <summary>The World Football Elo ratings after every match of <paramref name="matches"/> up to and including <paramref name="asOf"/>.</summary>
    /// <param name="matches">The matches (any order; same-day matches are rated in input order).</param>
    /// <param name="asOf">The last date rated; <see langword="null"/> for every match.</param>
    /// <param name="recordHistory">Whether to keep each team's series.</param>
    public static RatingRun Elo(IReadOnlyList<Match> matches, DateOnly? asOf = null, bool recordHistory = false) =>
        Compute(WorldFootballElo.Instance, matches, asOf, recordHistory);

    /// <summary>
    /// The FIFA SUM ranking at <paramref name="asOf"/>, from what was known then: the matches up to and including
    /// <paramref name="asOf"/> give the seed (<see cref="RatingSeed.Fifa"/>), the windows and rounds
    /// (<see cref="FifaMatchContexts"/>) and the results; a later match changes nothing.
    /// </summary>
    /// <param name="matches">The matches (any order; same-day matches are rated in input order).</param>
    /// <param name="asOf">The last date rated; <see langword="null"/> for every match.</param>
    /// <param name="recordHistory">Whether to keep each team's series.</param>
    public static RatingRun Fifa(IReadOnlyList<Match> matches, DateOnly? asOf = null, bool recordHistory = false)
    {
        ArgumentNullException.ThrowIfNull(matches);
        IReadOnlyList<Match> known = asOf is { } date ? [.. matches.Where(m => m.Date <= date)] : matches;
        return Compute(new FifaSumRanking(new FifaMatchContexts(known).Of), known, asOf, recordHistory, RatingSeed.Fifa(known, asOf));
    }

    /// <summary>
    /// <paramref name="matches"/> by date, keeping the input order within a date (a stable sort; the list itself when
    /// it is already in date order).
    /// </summary>
    public static IReadOnlyList<Match> InDateOrder(IReadOnlyList<Match> matches)
    {
        ArgumentNullException.ThrowIfNull(matches);
        for (var i = 1; i < matches.Count; i++)
        {
            if (matches[i].Date < matches[i - 1].Date)
            {
                return [.. matches.OrderBy(m => m.Date)];
            }
        }

        return matches;
    }

    /// <summary>
    /// Rates one match, with the ratings of both teams before it: R_new = R_old + W·(S − S_expected)
    /// (<see cref="PairwiseRatingSystem.Update"/>). An unplayed match, or one on or before the seed's date, is skipped.
    /// </summary>
    /// <returns>Whether the match was rated.</returns>
    /// <exception cref="ArgumentException">The match is dated before the last rated match: a run goes forward in time.</exception>
    /// <exception cref="KeyNotFoundException">The match's tournament has no class (see <see cref="CompetitionClassifier"/>).</exception>
    public bool Rate(Match match)
    {
        ArgumentNullException.ThrowIfNull(match);
        if (match.Score is not { } score || (_seed is not null && match.Date <= _seed.Date))
        {
            return false;
        }

        if (LastDate is { } last && match.Date < last)
        {
            throw new ArgumentException(FormattableString.Invariant($"{match} is dated before the last rated match ({last:yyyy-MM-dd}): a rating run goes forward in time"), nameof(match));
        }

        var h = IndexOf(match.Home);
        var a = IndexOf(match.Away);
        var (homeChange, awayChange) = System.Update(_ratings[h], _ratings[a], match, CompetitionClassifier.Classify(match.Tournament));
        _ratings[h] += homeChange;
        _ratings[a] += awayChange;
        _played[h]++;
        _played[a]++;
        _last[h] = match.Date;
        _last[a] = match.Date;
        LastDate = match.Date;
        if (_history is not null)
        {
            _history[h].Add(new RatingPoint(match.Date, match.Away, $"{score.Home}-{score.Away}", homeChange, _ratings[h]));
            _history[a].Add(new RatingPoint(match.Date, match.Home, $"{score.Away}-{score.Home}", awayChange, _ratings[a]));
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

    /// <summary>Whether <paramref name="team"/> has a rating: it is in the seed or has played a rated match.</summary>
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

    private int IndexOf(string team)
    {
        if (!_index.TryGetValue(team, out var i))
        {
            i = _index.Count;
            _index[team] = i;
            _ratings.Add(_seed is null ? System.InitialRating : _seed.Points.GetValueOrDefault(team, _seed.Unlisted));
            _played.Add(0);
            _last.Add(null);
            _history?.Add([]);
        }

        return i;
    }
}
