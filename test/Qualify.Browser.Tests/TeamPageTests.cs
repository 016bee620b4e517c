using static Microsoft.Playwright.Assertions;

namespace Qualify.Browser.Tests;

/// <summary>The team page in headless Chromium (docs/web.md, "The dashboard pages").</summary>
[Collection(BrowserCollection.Name)]
public sealed class TeamPageTests(BrowserFixture browser)
{
    [Fact]
    public Task Open_Canada_ShowsTheRatingChartTheRecordAndTheTopScorers() =>
        browser.OnPageAsync(nameof(Open_Canada_ShowsTheRatingChartTheRecordAndTheTopScorers), BrowserFixture.Desktop, async page =>
        {
            await page.GotoAsync("/teams/Canada");

            await Expect(page.GetByTestId("rating-chart").Locator("svg").First).ToBeVisibleAsync();
            await Expect(page.GetByTestId("record")).ToBeVisibleAsync();
            // Canada's all-time top scorer in goalscorers.csv: Cyle Larin (the dataset's goals, as `qualify team Canada` lists them).
            await Expect(page.GetByTestId("top-scorers")).ToContainTextAsync("Cyle Larin");
        });

    [Fact]
    public Task HeadToHead_CanadaAgainstMexico_ListsTheirMeetings() =>
        browser.OnPageAsync(nameof(HeadToHead_CanadaAgainstMexico_ListsTheirMeetings), BrowserFixture.Desktop, async page =>
        {
            await page.GotoAsync("/teams/Canada");

            await page.GetByTestId("h2h-opponent").FillAsync("Mexico");
            await page.GetByTestId("h2h-form").Locator("button, input[type=submit]").First.ClickAsync();

            await Expect(page.GetByTestId("h2h")).ToContainTextAsync("Mexico");
        });

    [Fact]
    public Task Open_CanadaAtAPhonesWidth_NothingOverflowsThePage() =>
        browser.OnPageAsync(nameof(Open_CanadaAtAPhonesWidth_NothingOverflowsThePage), BrowserFixture.Phone, async page =>
        {
            await page.GotoAsync("/teams/Canada");

            await Expect(page.GetByTestId("record")).ToBeVisibleAsync();
            var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.Equal(0, overflow);
        });
}
