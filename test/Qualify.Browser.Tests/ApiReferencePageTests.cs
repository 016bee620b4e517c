namespace Qualify.Browser.Tests;

/// <summary>The API reference page (Scalar, served offline) in a real browser.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ApiReferencePageTests(BrowserFixture browser)
{
    [Fact]
    public Task ApiDocs_Opened_ListsTheTableEndpoint() =>
        browser.OnPageAsync(nameof(ApiDocs_Opened_ListsTheTableEndpoint), BrowserFixture.Desktop, async page =>
        {
            await page.GotoAsync("/api/docs");
            // The path as declared in ApiEndpoints (docs/web.md's endpoint table).
            await Microsoft.Playwright.Assertions.Expect(page.GetByText("/api/competitions/{competition}/table").First).ToBeVisibleAsync();
        });
}
