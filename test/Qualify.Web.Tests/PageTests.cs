using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Qualify.Application;
using Qualify.Web.Pages;

namespace Qualify.Web.Tests;

/// <summary>
/// The dashboard's pages (docs/web.md, Pages), parsed as HTML (AngleSharp) through their stable hooks
/// (<c>data-testid</c>). The numbers are the API's own documents' (whose bytes the CLI's are, ApiMatchesCliTests), or
/// cited from the real table.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class PageTests(WebFixture web)
{
    /// <summary>The Octagon as of 17 Nov 2021, after its eighth matchday, with a small forecast (the timeline is cached across tests).</summary>
    private const string Octagon = "/competitions/concacaf-2022?as-of=2021-11-17&sims=2000&seed=1";

    /// <summary>Probabilities of a row add up to 1 within rounding of the doubles (10⁻⁹).</summary>
    private const double SumTolerance = 1e-9;

    [Fact]
    public void Home_Competitions_LinksToTheOctagon()
    {
        var page = Html(web.Get("/"));

        Assert.Contains(page.QuerySelectorAll("[data-testid=competitions] a"), a => a.GetAttribute("href") == "/competitions/concacaf-2022");
    }

    [Fact]
    public void Competition_OctagonAsOf20211117_CanadaFirstOn16Points()
    {
        // The real table after matchday 8 (16 Nov 2021): Canada 16 (W4 D4 L0, 13-5), United States 15, Mexico 14,
        // Panama 14 (CONCACAF's final-round standings; Wikipedia, "2022 FIFA World Cup qualification – CONCACAF third round").
        var rows = Html(web.Get(Octagon)).QuerySelectorAll("[data-testid=standings] [data-testid=standings-row]");

        Assert.Equal(8, rows.Length);
        Assert.Equal("Canada", rows[0].GetAttribute("data-team"));
        Assert.Equal(["1", "8", "4", "4", "0", "13", "5", "+8", "16"], Cells(rows[0]).Where((_, i) => i != 1).Take(9));
        Assert.Equal(["Canada", "United States", "Mexico", "Panama"], rows.Take(4).Select(r => r.GetAttribute("data-team")));
    }

    [Fact]
    public void Competition_OctagonAsOf20211117_ColoursRowsBySlotWithALegend()
    {
        var page = Html(web.Get(Octagon));

        // Article 2 of the definition's slots: 1st-3rd qualify, 4th the inter-confederation play-off.
        var rows = page.QuerySelectorAll("[data-testid=standings-row]");
        Assert.Equal("slot-qualified", rows[0].ClassName);
        Assert.Equal("slot-playoff", rows[3].ClassName);
        Assert.Equal("slot-eliminated", rows[4].ClassName);
        Assert.Equal(3, page.QuerySelectorAll("[data-testid=slot-legend] li").Length);
    }

    [Fact]
    public void Competition_OctagonAsOf20211117_ShowsTheDecidedByReasonOfTheTable()
    {
        var page = Html(web.Get(Octagon));
        var table = web.Get("/api/competitions/concacaf-2022/table?as-of=2021-11-17").Json.GetProperty("groups")[0].GetProperty("rows");

        var shown = page.QuerySelectorAll("[data-testid=decided-by]").Select(c => c.TextContent).ToList();

        Assert.Equal(table.EnumerateArray().Select(r => r.GetProperty("decidedByDetail").GetString() ?? string.Empty), shown);
    }

    [Fact]
    public void Competition_OctagonHeatMap_EachRowSumsToOne()
    {
        var rows = Html(web.Get(Octagon)).QuerySelectorAll("[data-testid=heatmap] [data-testid=heatmap-row]");

        Assert.Equal(8, rows.Length);
        Assert.All(rows, row => Assert.Equal(1.0, row.QuerySelectorAll("[data-testid=heat-cell]").Sum(Probability), SumTolerance));
    }

    [Fact]
    public void Competition_OctagonHeatMap_SameProbabilitiesAsTheForecastDocument()
    {
        var page = Html(web.Get(Octagon));
        var forecast = web.Get("/api/competitions/concacaf-2022/forecast?as-of=2021-11-17&sims=2000&seed=1").Json;
        var canada = forecast.GetProperty("teams").EnumerateArray().Single(t => t.GetProperty("team").GetString() == "Canada");

        var row = page.QuerySelector("[data-testid=heatmap-row][data-team=Canada]")!;

        Assert.Equal(canada.GetProperty("positionProbabilities").EnumerateArray().Select(p => p.GetDouble()), row.QuerySelectorAll("[data-testid=heat-cell]").Select(Probability));
    }

    [Fact]
    public void Competition_OctagonAsOf20211117_DrawsTheOddsChartWithItsNumbers()
    {
        var page = Html(web.Get(Octagon));

        Assert.NotNull(page.QuerySelector("[data-testid=odds-chart] svg"));
        // Nine forecasts: the day before the first match (1 Sep 2021), then each of the eight matchdays to 16 Nov 2021.
        Assert.Equal(9, page.QuerySelectorAll("[data-testid=odds-chart-data] tbody tr").Length);
    }

    [Fact]
    public void Competition_OctagonAsOf20211117_ListsTheRemainingFixturesWithWhatIfs()
    {
        var page = Html(web.Get(Octagon));

        // 8 teams, a double round robin: 56 matches, 32 played by 17 Nov 2021, 24 left.
        var fixtures = page.QuerySelectorAll("[data-testid=fixture]");
        Assert.Equal(24, fixtures.Length);
        Assert.All(fixtures, f => Assert.NotNull(f.QuerySelector("select[name=fix][aria-label]")));
        Assert.Equal(1.0, new[] { "odds-home", "odds-draw", "odds-away" }.Sum(k => Percent(fixtures[0].QuerySelector($"[data-testid={k}]")!)), 0.11);
    }

    [Fact]
    public void Competition_FixInTheUrl_ChangesTheOddsShown()
    {
        var before = Html(web.Get(Octagon));
        var after = Html(web.Get(Octagon + "&fix=" + Uri.EscapeDataString("Canada 0-4 United States")));

        // Canada losing 0-4 at home to the United States cannot raise its chance of qualifying: same seed, same sims.
        Assert.True(QualifiedOf(after, "Canada") < QualifiedOf(before, "Canada"));
        Assert.Equal("fixed at 0-4", after.QuerySelector("[data-key='Canada|United States'] [data-testid=odds-fixed]")!.TextContent);
        Assert.Equal(23, after.QuerySelectorAll("[data-testid=odds-home]").Length);
    }

    [Fact]
    public async Task Competition_SubmittedForm_RedirectsToTheAddressOfItsWhatIfs()
    {
        using var client = web.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        // One fixture with a score typed (2-1), one with a select, one left as forecast.
        var form = "as-of=2021-11-17&sims=&seed=1"
            + "&match=" + Uri.EscapeDataString("Canada|United States") + "&fix=&hg=2&ag=1"
            + "&match=" + Uri.EscapeDataString("Jamaica|Mexico") + "&fix=" + Uri.EscapeDataString("Jamaica 1-1 Mexico") + "&hg=&ag="
            + "&match=" + Uri.EscapeDataString("Panama|Jamaica") + "&fix=&hg=&ag=";
        using var response = await client.GetAsync(new Uri("/competitions/concacaf-2022?" + form, UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(
            "/competitions/concacaf-2022?as-of=2021-11-17&seed=1&fix=Canada%202-1%20United%20States&fix=Jamaica%201-1%20Mexico",
            response.Headers.Location!.OriginalString);
    }

    [Fact]
    public void Competition_OctagonLive_SaysWhatTheNextMatchdayCanSettle()
    {
        var page = Html(web.Get(Octagon));
        var next = web.Get("/api/competitions/concacaf-2022/scenarios/next?as-of=2021-11-17").Json;

        var section = page.QuerySelector("[data-testid=next-matchday]")!;

        // The item starts with the team's name, so the API's summary ("Canada: qualified, … stay open …") loses its "Canada: ".
        var first = next.GetProperty("groups")[0].GetProperty("teams")[0];
        var team = first.GetProperty("team").GetString()!;
        var summary = first.GetProperty("summary").GetString() ?? "nothing can be settled";
        var item = section.QuerySelector($"li[data-team='{team}']")!;
        Assert.Equal($"{team} ({first.GetProperty("position").GetInt32()}., {first.GetProperty("points").GetInt32()} pts): {summary.Replace(team + ": ", "", StringComparison.Ordinal)}",
            item.TextContent.Trim());
    }

    [Fact]
    public void Competition_SameGroupNameInTwoStages_EachHeatMapHasItsOwnGroupsTeams()
    {
        // AFC 2026 as of 9 Oct 2025 (results.csv; competitions/afc-2026.json): third-round group A (six teams, played)
        // and fourth-round group A (Oman, Qatar, United Arab Emirates, to play), Qatar and the UAE in both.
        var page = Html(web.Get("/competitions/afc-2026?as-of=2025-10-09&sims=500"));

        var third = page.QuerySelector("[data-testid=heatmap][data-group=A][data-stage='Third round']")!;
        var fourth = page.QuerySelector("[data-testid=heatmap][data-group=A][data-stage='Fourth round']")!;

        Assert.Equal(
            ["Iran", "Uzbekistan", "United Arab Emirates", "Qatar", "Kyrgyzstan", "North Korea"],
            third.QuerySelectorAll("[data-testid=heatmap-row]").Select(r => r.GetAttribute("data-team")));
        Assert.Equal(6, third.QuerySelectorAll("[data-testid=heatmap-row]")[0].QuerySelectorAll("[data-testid=heat-cell]").Length);
        Assert.Equal(3, fourth.QuerySelectorAll("[data-testid=heatmap-row]").Length);
        Assert.All(fourth.QuerySelectorAll("[data-testid=heatmap-row]"), r => Assert.Equal(3, r.QuerySelectorAll("[data-testid=heat-cell]").Length));
    }

    [Fact]
    public void Competition_TimelineUnsupported_ShowsItsOneLineAndTheRestOfThePage()
    {
        // AFC 2026: Iran plays in the groups of two stages, which a timeline does not follow yet (ForecastService.Timeline).
        var api = web.Get("/api/competitions/afc-2026/forecast/timeline?sims=100");

        var page = Html(web.Get("/competitions/afc-2026?sims=500"));

        Assert.Equal(422, api.Status);
        Assert.Equal(api.Detail, page.QuerySelector("[data-testid=timeline-error]")!.TextContent);
        Assert.NotEmpty(page.QuerySelectorAll("[data-testid=standings]"));
    }

    [Fact]
    public void Competition_Unknown_Is404WithTheCliMessage()
    {
        var answer = web.Get("/competitions/concacaf-2021");

        Assert.Equal(404, answer.Status);
        Assert.Equal("text/html", answer.MediaType);
        Assert.Equal("error: " + web.Get("/api/competitions/concacaf-2021").Detail, Html(answer).QuerySelector("[data-testid=error-message]")!.TextContent);
    }

    [Fact]
    public void Competition_ImpossibleDate_Is400NamingTheValue()
    {
        var answer = web.Get("/competitions/concacaf-2022?as-of=2021-02-30");

        Assert.Equal(400, answer.Status);
        Assert.Contains("'2021-02-30'", Html(answer).QuerySelector("[data-testid=error-message]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Competition_UnknownParameter_Is400NamingIt()
    {
        var answer = web.Get("/competitions/concacaf-2022?asof=2021-11-17");

        Assert.Equal(400, answer.Status);
        Assert.StartsWith("error: unknown parameter 'asof'", Html(answer).QuerySelector("[data-testid=error-message]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Competition_FixOfAPlayedMatch_Is400WithTheCliMessage()
    {
        // Canada 1-1 Mexico was played on 7 Oct 2021 (in the definition): no fixture left to fix.
        var fix = Uri.EscapeDataString("Canada 2-0 Mexico");
        var api = web.Get("/api/competitions/concacaf-2022/forecast?as-of=2021-11-17&sims=100&fix=" + fix);

        var answer = web.Get("/competitions/concacaf-2022?as-of=2021-11-17&sims=100&fix=" + fix);

        Assert.Equal(400, answer.Status);
        Assert.Equal("error: " + api.Detail, Html(answer).QuerySelector("[data-testid=error-message]")!.TextContent);
    }

    [Fact]
    public void Team_CanadaAgainstUsa_ShowsTheRatingChartRecordScorersAndHeadToHead()
    {
        var page = Html(web.Get("/teams/Canada?vs=USA"));
        var h2h = web.Get("/api/h2h/Canada/USA").Json.GetProperty("overall");
        var team = web.Get("/api/teams/Canada").Json;

        Assert.NotNull(page.QuerySelector("[data-testid=rating-chart] svg"));
        Assert.Equal(team.GetProperty("overall").GetProperty("played").GetInt32().ToString(CultureInfo.InvariantCulture), Cells(page.QuerySelector("[data-testid=record] tbody tr")!)[0]);
        Assert.Equal(team.GetProperty("topScorers")[0].GetProperty("scorer").GetString(), page.QuerySelector("[data-testid=top-scorers] tbody th")!.TextContent);
        Assert.Equal(h2h.GetProperty("played").GetInt32().ToString(CultureInfo.InvariantCulture), Cells(page.QuerySelector("[data-testid=h2h] tbody tr")!)[0]);
    }

    [Fact]
    public void Team_Unknown_Is404WithTheCliMessage()
    {
        var answer = web.Get("/teams/Atlantis");

        Assert.Equal(404, answer.Status);
        Assert.Equal("error: " + web.Get("/api/teams/Atlantis").Detail, Html(answer).QuerySelector("[data-testid=error-message]")!.TextContent);
    }

    [Fact]
    public void Digest_SameMatchesAnotherStoreVersion_Differs()
    {
        // The Octagon's matches are inline, the same whatever the store; its forecast's model is not (an import changes
        // the ratings), so a kept page of one store version must not serve another.
        using var folder = Testing.TestPaths.CreateTemporaryFolder();
        using var empty = new QualifyFactory(folder.File("none/history.db"));
        var octagon = web.Factory.Services.GetRequiredService<CompetitionCatalog>().Find("concacaf-2022");

        var imported = web.Factory.Services.GetRequiredService<PageCache>().Digest(octagon, null);
        var none = empty.Services.GetRequiredService<PageCache>().Digest(octagon, null);

        Assert.NotEqual(imported, none);
    }

    [Fact]
    public void Team_WithoutAnImportedStore_SaysSoInOneLine()
    {
        using var folder = Testing.TestPaths.CreateTemporaryFolder();
        var empty = folder.File("none/history.db");
        using var factory = new QualifyFactory(empty);
        using var client = factory.CreateClient();

        var answer = Api.Get(client, "/teams/Canada");

        Assert.Equal(422, answer.Status);
        var cli = Cli.Run(new Dictionary<string, string> { ["QUALIFY_DB"] = empty }, "team", "Canada");
        Assert.Equal(cli.Error.TrimEnd('\n'), Html(answer).QuerySelector("[data-testid=error-message]")!.TextContent);
    }

    [Fact]
    public void Ratings_EloAsOf20211117_SameRowsAsTheRatingsDocument()
    {
        var page = Html(web.Get("/ratings?system=elo&as-of=2021-11-17"));
        var ratings = web.Get("/api/ratings?system=elo&as-of=2021-11-17&top=50").Json.GetProperty("ratings");

        var rows = page.QuerySelectorAll("[data-testid=ratings] tbody tr");

        Assert.Equal(ratings.GetArrayLength(), rows.Length);
        Assert.Equal(ratings[0].GetProperty("team").GetString(), rows[0].GetAttribute("data-team"));
    }

    [Fact]
    public void Ratings_UnknownSystem_Is400()
    {
        Assert.Equal(400, web.Get("/ratings?system=glicko").Status);
    }

    [Fact]
    public void Assets_StyleAndScript_AreServedByTheApp()
    {
        Assert.Equal("text/css", web.Get("/assets/site.css").MediaType);
        Assert.Equal("text/javascript", web.Get("/assets/whatif.js").MediaType);
    }

    private static IDocument Html(ApiAnswer answer) => new HtmlParser().ParseDocument(answer.Body);

    private static List<string> Cells(IElement row) => [.. row.Children.Select(c => c.TextContent.Trim())];

    private static double Probability(IElement cell) => double.Parse(cell.GetAttribute("data-probability")!, CultureInfo.InvariantCulture);

    private static double Percent(IElement cell) => double.Parse(cell.TextContent, CultureInfo.InvariantCulture) / 100;

    private static double QualifiedOf(IDocument page, string team) =>
        Probability(page.QuerySelector($"[data-testid=heatmap-row][data-team='{team}'] [data-testid=slot-odds-cell][data-slot=qualified]")!);
}
