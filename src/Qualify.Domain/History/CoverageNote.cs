using System.Globalization;

namespace Qualify.Domain.History;

/// <summary>
/// The note every history report carries: what its counts cover, and that they are the dataset's counts. The
/// international results dataset counts every match it records, friendlies and teams outside FIFA included; other
/// sources count differently (a press article on Canada–Mexico gave Mexico 19 wins and 4 defeats, where the dataset
/// has 21 and 3 before 16 Nov 2021), so a report states its source rather than claim the official figure.
/// </summary>
public static class CoverageNote
{
    /// <summary>The sentence on the source, shared by every report.</summary>
    public static string Source =>
        "Counts are those of the international results dataset (results.csv, goalscorers.csv) as imported: it counts every "
        + "match it records, friendlies and teams outside FIFA included; other sources (federations, FIFA, the press) count "
        + "differently, so totals can differ from published ones.";

    /// <summary>The note of a head-to-head report.</summary>
    public static string For(HeadToHeadReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var matches = report.Matches;
        var span = matches.IsEmpty ? string.Empty : $", {Date(matches[0].Match.Date)} to {Date(matches[^1].Match.Date)}";
        return $"{Count(report.Overall.Played, "meeting")} of {report.TeamA} and {report.TeamB} in the dataset{span}. {Source}";
    }

    /// <summary>The note of a team report, with the coverage of its top scorers.</summary>
    public static string For(TeamReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return $"{Count(report.Overall.Played, "match", "matches")} of {report.Team} in the dataset{Span(report.Span)}. "
            + Scorers(report.Coverage, $"{report.Team} scored") + " " + Source;
    }

    /// <summary>The note of a records report, with the coverage of its top scorers.</summary>
    public static string For(RecordsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var whose = report.Team is null ? "every team" : report.Team;
        return $"{Count(report.Matches, "match", "matches")} of {whose} in the dataset{Span(report.Span)}. "
            + Scorers(report.Coverage, report.Team is null ? "scored" : $"{report.Team} scored") + " " + Source;
    }

    /// <summary>The sentence on scorer coverage: how many goals have a named scorer.</summary>
    public static string Scorers(ScorerCoverage coverage, string scoredBy)
    {
        ArgumentNullException.ThrowIfNull(coverage);
        var counts = string.Create(
            CultureInfo.InvariantCulture,
            $"{coverage.GoalsWithScorer:N0} of the {coverage.GoalsInScores:N0} goals {scoredBy} in these matches ({coverage.Share * 100:0.0}%)");
        return $"Scorers: {counts} have a named scorer in goalscorers.csv, so player totals count those goals only.";
    }

    private static string Span((DateOnly From, DateOnly To)? span) =>
        span is { } s ? $", {Date(s.From)} to {Date(s.To)}" : string.Empty;

    private static string Count(int n, string unit, string? plural = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{n:N0} {(n == 1 ? unit : plural ?? unit + "s")}");

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
