using Qualify.Contracts;

namespace Qualify.Web.Pages;

/// <summary>
/// What the competition page shows, every part taken from the documents the API and the CLI write (docs/web.md,
/// Pages): the table, the forecast with its what-ifs, the timeline and the next matchday's conditions. A part that
/// cannot be computed carries its one-line reason instead (e.g. a forecast that needs the history store).
/// </summary>
/// <param name="Entry">The competition.</param>
/// <param name="AsOf">The date shown (<c>yyyy-MM-dd</c>), or <see langword="null"/> for every known match.</param>
/// <param name="AsOfDefaulted">Whether <paramref name="AsOf"/> was chosen by the page rather than given.</param>
/// <param name="Simulations">The forecast's simulations.</param>
/// <param name="Seed">The forecast's seed.</param>
/// <param name="Table">The tables at the date.</param>
/// <param name="Forecast">The forecast with the what-ifs, or <see langword="null"/> with <paramref name="ForecastError"/>.</param>
/// <param name="ForecastError">Why there is no forecast.</param>
/// <param name="Fixtures">The remaining fixtures, the what-ifs first, each with its odds.</param>
/// <param name="Timeline">The odds over time, or <see langword="null"/> with <paramref name="TimelineError"/>.</param>
/// <param name="TimelineError">Why there is no timeline.</param>
/// <param name="Next">The next matchday's conditions, or <see langword="null"/> (with <paramref name="NextError"/> when it failed).</param>
/// <param name="NextError">Why there are no conditions, when the competition is live at the date.</param>
internal sealed record CompetitionView(
    CompetitionEntry Entry,
    string? AsOf,
    bool AsOfDefaulted,
    long Simulations,
    ulong Seed,
    TableDocument Table,
    ForecastDocument? Forecast,
    string? ForecastError,
    IReadOnlyList<FixtureRow> Fixtures,
    TimelineView? Timeline,
    string? TimelineError,
    NextMatchdayDocument? Next,
    string? NextError)
{
    /// <summary>The slots of the tables with their labels, for the legend, in the order of the slot kinds.</summary>
    public IReadOnlyList<(string Slot, string? Label)> Legend =>
        [.. Table.Groups.SelectMany(g => g.Rows).Where(r => r.Slot is not null).Select(r => (r.Slot!, r.SlotLabel)).Distinct()
            .OrderBy(s => SlotOrder(s.Item1)).ThenBy(s => s.Item2, StringComparer.Ordinal)];

    /// <summary>The stages of the tables, in order.</summary>
    public IReadOnlyList<string> Stages => [.. Table.Groups.Select(g => g.Stage).Concat(Table.Ties.Select(t => t.Stage)).Distinct()];

    /// <summary>The forecast's teams of <paramref name="group"/> in the table's order.</summary>
    public IReadOnlyList<ForecastTeamDocument> ForecastOf(GroupDocument group)
    {
        var order = group.Rows.Select((r, i) => (r.Team, i)).ToDictionary(x => x.Team, x => x.i, StringComparer.Ordinal);
        return Forecast is null ? [] : [.. Forecast.Teams.Where(t => t.Group == group.Name && t.Stage == group.Stage && order.ContainsKey(t.Team)).OrderBy(t => order[t.Team])];
    }

    /// <summary>The slots the forecast gives chances of, in the order of the slot kinds.</summary>
    public IReadOnlyList<string> ForecastSlots =>
        Forecast is null ? [] : [.. Forecast.Teams.SelectMany(t => t.Slots.Keys).Distinct().OrderBy(SlotOrder)];

    private static int SlotOrder(string slot) => slot switch
    {
        "qualified" => 0,
        "playoff" => 1,
        "advanced" => 2,
        _ => 3,
    };
}

/// <summary>A remaining fixture: its odds from the forecast, or the score a what-if fixed it to.</summary>
/// <param name="Date">The date, or <see langword="null"/> for a fixture a what-if fixed (the forecast no longer lists it).</param>
/// <param name="Home">The home team.</param>
/// <param name="Away">The away team.</param>
/// <param name="Odds">The forecast's odds, or <see langword="null"/> when fixed.</param>
/// <param name="Fixed">The fixed score (<c>2-1</c>), or <see langword="null"/>.</param>
internal sealed record FixtureRow(string? Date, string Home, string Away, ForecastFixtureDocument? Odds, (int Home, int Away)? Fixed)
{
    /// <summary>The what-if that fixes this fixture to <paramref name="homeGoals"/>-<paramref name="awayGoals"/>, in the CLI's form.</summary>
    public string Fix(int homeGoals, int awayGoals) => FormattableString.Invariant($"{Home} {homeGoals}-{awayGoals} {Away}");

    /// <summary>The key of the fixture in the page (<c>Home|Away</c>).</summary>
    public string Key => Home + "|" + Away;
}

/// <summary>The odds over time: the timeline's document (as <c>/api/…/forecast/timeline</c> writes it) and its chart.</summary>
/// <param name="Document">The timeline document.</param>
/// <param name="Svg">The chart, an SVG element (OddsChart).</param>
internal sealed record TimelineView(ForecastTimelineDocument Document, string Svg);

/// <summary>What the team page shows.</summary>
/// <param name="Document">The team's document (qualify team).</param>
/// <param name="Ratings">The team's Elo history (qualify ratings --team … --history).</param>
/// <param name="Chart">The rating chart, an SVG element, or <see langword="null"/> without a rated match.</param>
/// <param name="Vs">The opponent as typed, or <see langword="null"/>.</param>
/// <param name="HeadToHead">The head-to-head document (qualify h2h), or <see langword="null"/>.</param>
internal sealed record TeamView(TeamDocument Document, RatingsDocument Ratings, string? Chart, string? Vs, HeadToHeadDocument? HeadToHead);

/// <summary>What the ratings page shows.</summary>
/// <param name="Document">The ratings document (qualify ratings).</param>
/// <param name="SystemName">The system as named in the query (elo or fifa).</param>
/// <param name="Top">How many rows.</param>
internal sealed record RatingsView(RatingsDocument Document, string SystemName, int Top);
