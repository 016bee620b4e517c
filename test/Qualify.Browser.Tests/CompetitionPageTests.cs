using System.Globalization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Qualify.Browser.Tests;

/// <summary>
/// The competition page of the Octagon (CONCACAF 2022 final round) as of 17 Nov 2021, in headless Chromium, against a
/// real <c>qualify serve</c>. The hooks are the page's <c>data-testid</c>s (docs/web.md, "The dashboard pages").
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CompetitionPageTests(BrowserFixture browser)
{
    private const string Octagon = "/competitions/concacaf-2022?as-of=2021-11-17";

    [Fact]
    public Task Open_OctagonAfterEightRounds_TableLedByCanadaOnSixteenPoints() =>
        browser.OnPageAsync(nameof(Open_OctagonAfterEightRounds_TableLedByCanadaOnSixteenPoints), BrowserFixture.Desktop, async page =>
        {
            await page.GotoAsync(Octagon);

            // The real table after round 8 (CONCACAF, 17 Nov 2021): Canada 16, USA 15, Mexico 14, Panama 14, Costa Rica 9,
            // Jamaica 7, El Salvador 6, Honduras 3.
            var rows = page.GetByTestId("standings").First.GetByTestId("standings-row");
            await Expect(rows).ToHaveCountAsync(8);
            Assert.Equal("Canada", await rows.First.GetAttributeAsync("data-team"));
            await Expect(rows.First).ToContainTextAsync("16");
            Assert.Equal("Honduras", await rows.Last.GetAttributeAsync("data-team"));
        });

    [Fact]
    public Task Open_Octagon_HeatMapHasARowPerTeamAndTheChartIsDrawn() =>
        browser.OnPageAsync(nameof(Open_Octagon_HeatMapHasARowPerTeamAndTheChartIsDrawn), BrowserFixture.Desktop, async page =>
        {
            await page.GotoAsync(Octagon);

            await Expect(page.GetByTestId("heatmap").First.GetByTestId("heatmap-row")).ToHaveCountAsync(8);
            await Expect(page.Locator("#odds-chart svg, svg#odds-chart").First).ToBeVisibleAsync();
        });

    [Fact]
    public Task WhatIf_CanadaLosesAtHome_CanadasOddsFallWithoutAReload() =>
        browser.OnPageAsync(nameof(WhatIf_CanadaLosesAtHome_CanadasOddsFallWithoutAReload), BrowserFixture.Desktop, async page =>
        {
            await page.GotoAsync(Octagon);
            var before = await QualifiedOdds(page, "Canada");
            var fixture = page.Locator("[data-testid=fixture][data-home='Canada']").First;
            // A mark on the window survives a script's history.replaceState but not a reload (which Playwright's FrameNavigated
            // cannot tell apart: it reports same-document navigations too).
            await page.EvaluateAsync("() => { window.qualifyTestMark = 'no reload'; }");

            // The last preset is the away win (0-1): Canada lose a home match they were expected to win or draw.
            var select = fixture.GetByTestId("whatif-select");
            var options = await select.Locator("option").CountAsync();
            await select.SelectOptionAsync(new SelectOptionValue { Index = options - 1 });

            await Expect(fixture.GetByTestId("odds-fixed")).ToBeVisibleAsync();
            var after = await QualifiedOdds(page, "Canada");
            Assert.True(after < before, $"Canada's odds of qualifying went from {before} to {after}");
            Assert.Contains("fix=", page.Url, StringComparison.Ordinal);
            Assert.Equal("no reload", await page.EvaluateAsync<string?>("() => window.qualifyTestMark ?? null"));
        });

    [Fact]
    public Task WhatIf_WithoutJavaScript_FormSubmitsAndTheFixedFixtureShowsItsScore() =>
        browser.OnPageAsync(nameof(WhatIf_WithoutJavaScript_FormSubmitsAndTheFixedFixtureShowsItsScore), BrowserFixture.Desktop, async page =>
        {
            await page.GotoAsync(Octagon);
            var fixture = page.Locator("[data-testid=fixture][data-home='Canada']").First;
            await fixture.GetByTestId("whatif-home-goals").FillAsync("3");
            await fixture.GetByTestId("whatif-away-goals").FillAsync("0");

            await page.GetByTestId("whatif-submit").ClickAsync();

            await Expect(page.Locator("[data-testid=fixture][data-home='Canada']").First.GetByTestId("odds-fixed")).ToContainTextAsync("3-0");
            Assert.Contains("fix=Canada", Uri.UnescapeDataString(page.Url).Replace('+', ' '), StringComparison.Ordinal);
        }, javaScript: false);

    [Fact]
    public Task Open_OctagonAtAPhonesWidth_NothingOverflowsThePage() =>
        browser.OnPageAsync(nameof(Open_OctagonAtAPhonesWidth_NothingOverflowsThePage), BrowserFixture.Phone, async page =>
        {
            await page.GotoAsync(Octagon);

            await Expect(page.GetByTestId("standings").First).ToBeVisibleAsync();
            var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.Equal(0, overflow);
        });

    /// <summary>The probability of the Octagon's "qualified" slot for <paramref name="team"/>, unrounded (<c>data-probability</c>).</summary>
    private static async Task<double> QualifiedOdds(IPage page, string team)
    {
        var cell = page.Locator($"[data-testid=heatmap-row][data-team='{team}'] [data-testid=slot-odds-cell][data-slot='qualified']").First;
        return double.Parse(await cell.GetAttributeAsync("data-probability") ?? "nan", CultureInfo.InvariantCulture);
    }
}
