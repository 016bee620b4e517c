using Microsoft.Playwright;
using Qualify.Testing;

namespace Qualify.Browser.Tests;

/// <summary>
/// Headless Chromium from Debian's <c>chromium</c> package (<c>/usr/bin/chromium</c>, or <c>$QUALIFY_CHROMIUM</c>),
/// driven by Playwright with no browser download, against one <see cref="ServeProcess"/> shared by the test classes of
/// <see cref="BrowserCollection"/>. A test runs its steps through <see cref="OnPageAsync"/>, which saves a screenshot
/// when a step fails.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>The environment variable naming another Chromium executable.</summary>
    public const string ChromiumVariable = "QUALIFY_CHROMIUM";

    /// <summary>A phone's viewport: 375 × 812 CSS pixels.</summary>
    public static readonly ViewportSize Phone = new() { Width = 375, Height = 812 };

    /// <summary>A desktop viewport.</summary>
    public static readonly ViewportSize Desktop = new() { Width = 1280, Height = 900 };

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The server under test.</summary>
    public ServeProcess Server { get; private set; } = null!;

    /// <summary>Where screenshots of failed tests go: <c>$QUALIFY_SCREENSHOTS</c>, else <c>test/Qualify.Browser.Tests/TestResults/screenshots</c>.</summary>
    public static string ScreenshotFolder =>
        Environment.GetEnvironmentVariable("QUALIFY_SCREENSHOTS") is { Length: > 0 } folder
            ? folder
            : Path.Combine(TestPaths.RepositoryRoot, "test", "Qualify.Browser.Tests", "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        var executable = Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } path ? path : "/usr/bin/chromium";
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException(
                $"Chromium is not at '{executable}': install Debian's package (apt-get install chromium; .ci/run does) or set {ChromiumVariable}");
        }

        Server = new ServeProcess();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            // --no-sandbox: Chromium's sandbox refuses to run as root (CI does). The other flags keep a closed network quiet.
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
            ],
        });
    }

    /// <summary>
    /// Opens a new page of <paramref name="viewport"/> size (with or without JavaScript) and runs <paramref name="steps"/> on it; if a step throws,
    /// saves a full-page screenshot as <c>&lt;name&gt;.png</c> in <see cref="ScreenshotFolder"/> and rethrows with its path.
    /// </summary>
    public async Task OnPageAsync(string name, ViewportSize viewport, Func<IPage, Task> steps, bool javaScript = true)
    {
        ArgumentNullException.ThrowIfNull(steps);
        await using var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = viewport,
            BaseURL = Server.BaseUrl,
            JavaScriptEnabled = javaScript,
        });
        var page = await context.NewPageAsync();
        try
        {
            await steps(page);
        }
        catch (Exception failure)
        {
            Directory.CreateDirectory(ScreenshotFolder);
            var file = Path.Combine(ScreenshotFolder, name + ".png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
            throw new InvalidOperationException($"{failure.Message} (screenshot: {file}; server log: {Server.Log})", failure);
        }
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        Server?.Dispose();
    }
}

/// <summary>The test classes that share one browser and one server.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
