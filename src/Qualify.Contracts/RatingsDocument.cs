using Qualify.Ratings;

namespace Qualify.Contracts;

/// <summary>
/// The JSON document of <c>qualify ratings --format json</c>: the system, the <c>--as-of</c> date as given, the rows
/// shown, and with <c>--team … --history</c> the team's rating after each match (otherwise <see langword="null"/>).
/// </summary>
internal sealed record RatingsDocument(string System, string? AsOf, IReadOnlyList<RatingRowDocument> Ratings, IReadOnlyList<RatingPointDocument>? History)
{
    public static RatingsDocument From(string system, string? asOf, IEnumerable<RatingEntry> rows, IEnumerable<RatingPoint>? series) => new(
        system,
        asOf,
        [.. rows.Select(r => new RatingRowDocument(r.Rank, r.Team, Math.Round(r.Rating, 1), r.Matches, r.Provisional))],
        series is null ? null : [.. series.Select(p => new RatingPointDocument(Dates.Text(p.Date), p.Opponent, p.Score, Math.Round(p.Change, 2), Math.Round(p.Rating, 1)))]);
}

/// <summary>A team's rank and rating (points, one decimal), its rated matches, and whether it is still provisional.</summary>
internal sealed record RatingRowDocument(int Rank, string Team, double Rating, int Matches, bool Provisional);

/// <summary>A team's rating after one match: the change (two decimals) and the new rating (one decimal).</summary>
internal sealed record RatingPointDocument(string Date, string Opponent, string Score, double Change, double Rating);
