using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Primitives;
using Qualify.Application;
using Qualify.Contracts;
using Qualify.Domain.Competitions;
using Qualify.Web.Api;

namespace Qualify.Web.Pages;

/// <summary>
/// The dashboard's pages (docs/web.md, Pages): HTML rendered on the server from Razor components (statically, no
/// interactivity), each from the documents of the API and the CLI, computed by the same services. A page binds its
/// query with the API's checks (<see cref="InputValues"/>), refuses a parameter it does not take (400), and shows an
/// error as a page with the CLI's one line and the API's status (<see cref="ApiProblems.StatusOf"/>).
/// </summary>
internal static class PageEndpoints
{
    /// <summary>The simulations of each date of the competition page's timeline, at most (<c>sims</c> if fewer).</summary>
    public const long TimelineSimulations = 10_000;

    /// <summary>The rows of the ratings page unless <c>top</c> says otherwise.</summary>
    public const int RatingsTop = 50;

    /// <summary>Maps the pages and their assets.</summary>
    public static IEndpointRouteBuilder MapQualifyPages(this IEndpointRouteBuilder routes)
    {
        PageAssets.Map(routes);
        var pages = routes.MapGroup("/").ExcludeFromDescription();
        pages.MapGet("/", Home);
        pages.MapGet("/competitions/{competition}", Competition).CacheOutput(page => page.AddPolicy<RenderedPagePolicy>());
        pages.MapGet("/teams/{team}", Team);
        pages.MapGet("/ratings", Ratings);
        // An address that is no page: the HTML error page for a reader, the API's problem details under /api.
        routes.MapFallback((HttpContext http) => http.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            ? Results.NotFound()
            : Error(StatusCodes.Status404NotFound, $"no page at {http.Request.Path} (the pages: /, /competitions/ID, /teams/NAME, /ratings; the API: /api/docs)"));
        return routes;
    }

    /// <summary>An HTML page of <typeparamref name="T"/> showing <paramref name="model"/> (its <c>Model</c> parameter).</summary>
    public static RazorComponentResult<T> Page<T>(object model, int status = StatusCodes.Status200OK)
        where T : Microsoft.AspNetCore.Components.IComponent =>
        new(new Dictionary<string, object?> { ["Model"] = model }) { StatusCode = status, ContentType = "text/html; charset=utf-8" };

    /// <summary>The error page for <paramref name="status"/> with the one line <paramref name="message"/>.</summary>
    public static RazorComponentResult<ErrorPage> Error(int status, string message) =>
        new(new Dictionary<string, object?> { ["Status"] = status, ["Message"] = ApiProblems.OneLine(message) }) { StatusCode = status, ContentType = "text/html; charset=utf-8" };

    private static IResult Home(HttpContext http, CompetitionCatalog catalog) =>
        Guard(http, [], () => Page<HomePage>(CompetitionsDocument.From(catalog)));

    /// <summary>
    /// The competition page: from the parts already kept (<see cref="PageCache"/>) without waiting, else in a turn of
    /// the <see cref="ComputeGate"/>, as the API's forecasts and scenarios are.
    /// </summary>
    private static async Task<IResult> Competition(
        string competition,
        HttpContext http,
        CompetitionCatalog catalog,
        TableService tables,
        PageCache cache,
        ComputeGate gate,
        WebLimits limits,
        TimeProvider clock)
    {
        try
        {
            return CompetitionPage(competition, http, catalog, tables, cache, limits, clock, compute: false);
        }
        catch (NotKeptException)
        {
            using var turn = await gate.TurnAsync(http.RequestAborted);
            return turn.IsAcquired
                ? CompetitionPage(competition, http, catalog, tables, cache, limits, clock, compute: true)
                : Error(StatusCodes.Status503ServiceUnavailable, ComputeGate.BusyMessage);
        }
    }

    private static IResult CompetitionPage(
        string competition,
        HttpContext http,
        CompetitionCatalog catalog,
        TableService tables,
        PageCache cache,
        WebLimits limits,
        TimeProvider clock,
        bool compute) =>
        Guard(http, ["as-of", "sims", "seed", "fix", "match", "hg", "ag"], () =>
        {
            var query = http.Request.Query;
            var definition = catalog.Find(competition);
            if (query.ContainsKey("match"))
            {
                // A submitted form: one what-if per fixture (its score if both goals are given, else its select), made
                // into the page's own address, so that a what-if is a link.
                return TypedResults.Redirect(PageLinks.Competition(definition.Id, Single(query, "as-of"), Single(query, "sims"), Single(query, "seed"), FormFixes(query)));
            }

            var asOfText = Single(query, "as-of");
            var defaulted = false;
            if (string.IsNullOrEmpty(asOfText))
            {
                asOfText = Dates.Text(DefaultAsOf(definition, tables, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)));
                defaulted = asOfText is not null;
            }

            var fixes = query["fix"].Where(f => !string.IsNullOrWhiteSpace(f)).Select(f => f!.Trim()).ToList();
            var options = ApiEndpoints.ForecastOptionsOf(limits, definition.Id, asOfText, Single(query, "sims"), Single(query, "seed"), null, fixes, null);
            var table = TableDocument.From(tables.Build(new TableRequest(definition.Id, options.AsOf)));

            ForecastReport? report = null;
            string? forecastError = null;
            try
            {
                report = cache.Forecast(definition, options, compute);
            }
            catch (UserInputException e) when (fixes.Count == 0)
            {
                // Without what-ifs the request has nothing wrong: the page shows why there is no forecast.
                forecastError = e.Message;
            }

            var forecast = report is null ? null : ForecastDocument.From(report);
            IReadOnlyList<FixtureRow> fixtures = report is null ? [] :
            [
                .. report.Fixes.Select(f => new FixtureRow(null, f.Home, f.Away, null, (f.Score.Home, f.Score.Away))),
                .. forecast!.Fixtures.Select(f => new FixtureRow(f.Date, f.Home, f.Away, f, null)),
            ];

            TimelineView? timeline = null;
            string? timelineError = null;
            try
            {
                var timelineOptions = options with { Fixes = [], Simulations = Math.Min(options.Simulations, TimelineSimulations) };
                timeline = cache.Timeline(definition, timelineOptions, compute);
            }
            catch (UserInputException e)
            {
                timelineError = e.Message;
            }

            NextMatchdayDocument? next = null;
            string? nextError = null;
            if (forecast is { Fixtures.Count: > 0 } || report?.Fixes.Length > 0)
            {
                try
                {
                    next = cache.NextMatchday(definition, options.AsOf, compute);
                }
                catch (UserInputException e)
                {
                    nextError = e.Message;
                }
            }

            var view = new CompetitionView(
                CompetitionEntry.Of(definition), asOfText, defaulted, options.Simulations, options.Seed, table, forecast, forecastError, fixtures, timeline, timelineError, next, nextError);
            return Page<CompetitionPage>(view);
        });

    private static IResult Team(string team, HttpContext http, HistoryService history, RatingsService ratings) =>
        Guard(http, ["vs"], () =>
        {
            InputValues.ThrowIf(InputValues.NameError(team, "TEAM"));
            var vs = Single(http.Request.Query, "vs");
            InputValues.ThrowIf(InputValues.NameError(string.IsNullOrWhiteSpace(vs) ? null : vs, "vs"));
            var document = TeamDocument.From(history.Team(new TeamRequest(team, null)), null);
            var elo = ratings.Compute(new RatingsRequest(RatingSystemKind.Elo, null, document.Team, WithHistory: true, Top: 1));
            var series = elo.Series ?? [];
            var headToHead = string.IsNullOrWhiteSpace(vs)
                ? null
                : HeadToHeadDocument.From(history.HeadToHead(new HeadToHeadRequest(document.Team, vs.Trim(), null, null, null)), null, null, null);
            return Page<TeamPage>(new TeamView(
                document, RatingsDocument.From(elo.Run.System.Name, null, elo.Rows, series), series.Count == 0 ? null : RatingChart.Svg(document.Team, series), vs, headToHead));
        });

    private static IResult Ratings(HttpContext http, RatingsService service) =>
        Guard(http, ["system", "as-of", "top"], () =>
        {
            var query = http.Request.Query;
            var system = Single(query, "system") ?? RatingSystems.Names[0];
            var asOf = Single(query, "as-of");
            asOf = string.IsNullOrEmpty(asOf) ? null : asOf;
            var top = Single(query, "top") ?? RatingsTop.ToString(CultureInfo.InvariantCulture);
            InputValues.ThrowIf(InputValues.First(
                () => InputValues.ChoiceError(system, "--system", RatingSystems.Names, ignoreCase: false),
                () => InputValues.WholeNumberError(top, "--top", 1, InputValues.MaxTop),
                () => InputValues.DateError(asOf, "--as-of")));
            var result = service.Compute(new RatingsRequest(RatingSystems.FromName(system), InputValues.ToDate(asOf), null, false, (int)InputValues.ToWholeNumber(top)));
            return Page<RatingsPage>(new RatingsView(RatingsDocument.From(result.Run.System.Name, asOf, result.Rows, null), system, (int)InputValues.ToWholeNumber(top)));
        });

    /// <summary>
    /// Runs a page's handler: a query parameter it does not take, or one given twice that is not repeatable, is a 400
    /// page; what the handler throws is the error page of its status (a bug is left to the exception handler: 500).
    /// </summary>
    private static IResult Guard(HttpContext http, string[] parameters, Func<IResult> handler)
    {
        var repeatable = new HashSet<string>(["fix", "match", "hg", "ag"], StringComparer.OrdinalIgnoreCase);
        foreach (var (key, values) in http.Request.Query)
        {
            if (!parameters.Contains(key, StringComparer.OrdinalIgnoreCase))
            {
                var names = parameters.Length == 0 ? "no query parameter" : string.Join(", ", parameters.Order(StringComparer.Ordinal));
                return Error(StatusCodes.Status400BadRequest, $"unknown parameter '{key}' (this page takes {names})");
            }

            if (values.Count > 1 && !repeatable.Contains(key))
            {
                return Error(StatusCodes.Status400BadRequest, $"{key}: given {values.Count} times; give it once");
            }
        }

        try
        {
            return handler();
        }
        catch (Exception e) when (ApiProblems.StatusOf(e, http.Request.RouteValues) is var status and not 0)
        {
            return Error(status, e.Message);
        }
    }

    /// <summary>The one value of <paramref name="key"/>, or <see langword="null"/>.</summary>
    private static string? Single(IQueryCollection query, string key) => query.TryGetValue(key, out var values) ? values.ToString() : null;

    /// <summary>The what-ifs of a submitted form: for each fixture (<c>match</c>), its score (<c>hg</c>, <c>ag</c>) if both are given, else its select (<c>fix</c>).</summary>
    private static List<string> FormFixes(IQueryCollection query)
    {
        StringValues matches = query["match"], selects = query["fix"], home = query["hg"], away = query["ag"];
        var fixes = new List<string>();
        for (var i = 0; i < matches.Count; i++)
        {
            var teams = (matches[i] ?? string.Empty).Split('|');
            var hg = i < home.Count ? home[i]?.Trim() : null;
            var ag = i < away.Count ? away[i]?.Trim() : null;
            if (teams.Length == 2 && !string.IsNullOrEmpty(hg) && !string.IsNullOrEmpty(ag))
            {
                fixes.Add($"{teams[0]} {hg}-{ag} {teams[1]}");
            }
            else if (i < selects.Count && !string.IsNullOrWhiteSpace(selects[i]))
            {
                fixes.Add(selects[i]!.Trim());
            }
        }

        return fixes;
    }

    /// <summary>
    /// The date a competition page shows when none is given: for a competition that has ended, the day before the last
    /// matchday of its first stage with groups (so that the forecast, the what-ifs and the next matchday have something
    /// left to decide); otherwise none (every known match).
    /// </summary>
    private static DateOnly? DefaultAsOf(CompetitionDefinition competition, TableService tables, DateOnly today)
    {
        if (competition.Window.To is not { } end || end >= today || competition.Stages.FirstOrDefault(s => !s.Groups.IsEmpty) is not { } stage)
        {
            return null;
        }

        try
        {
            var matches = tables.MatchesOf(competition);
            var dates = stage.Groups.SelectMany(g => matches.OfGroup(stage, g)).Select(m => m.Date).ToList();
            return dates.Count == 0 ? null : dates.Max().AddDays(-1);
        }
        catch (UserInputException)
        {
            return null;
        }
    }
}
