namespace FmPortal.Tests.Browser.Infrastructure;

/// <summary>One signed-in person with one tab. Waits are for what the page shows, never for time.</summary>
public sealed class BrowserUser(string userName, IBrowserContext context, IPage page) : IAsyncDisposable
{
    /// <summary>Generous for a cold two-core machine; a passing run waits only as long as the page needs.</summary>
    private const float WaitMs = 30_000;

    static BrowserUser() => SetDefaultExpectTimeout(WaitMs);

    public string UserName { get; } = userName;
    public IPage Page { get; } = page;

    public ILocator TestId(string id) => Page.GetByTestId(id);

    internal async Task SignInAsync(string password)
    {
        context.SetDefaultTimeout(WaitMs);
        await Page.GotoAsync("/account/login");
        await Page.Locator("#username").FillAsync(UserName);
        await Page.Locator("#password").FillAsync(password);
        await TestId("sign-in").ClickAsync();
        // "/" sends each role to its own workspace; the layout's name shows the cookie took.
        await Page.WaitForURLAsync(url => !url.Contains("/account/login"));
        await WaitUntilInteractiveAsync();
    }

    /// <summary>A full page load (new circuit), then the wait until its buttons are live.</summary>
    public async Task GotoAsync(string path)
    {
        await Page.GotoAsync(path);
        await WaitUntilInteractiveAsync();
    }

    public async Task ReloadAsync()
    {
        await Page.ReloadAsync();
        await WaitUntilInteractiveAsync();
    }

    /// <summary>The layout renders this marker only from the live circuit, never in the prerendered HTML.</summary>
    public Task WaitUntilInteractiveAsync() =>
        TestId("interactive").WaitForAsync(new() { State = WaitForSelectorState.Attached });

    /// <summary>The HTML the server sends for a path with this person's cookies: the prerender, before any script runs.</summary>
    public async Task<string> FetchHtmlAsync(string path)
    {
        var response = await Page.APIRequest.GetAsync(path, new() { MaxRedirects = 0 });
        Assert.Equal(200, response.Status);
        return await response.TextAsync();
    }

    /// <summary>A text field by test id, whether the id sits on the input or on its wrapper.</summary>
    public ILocator Field(string id) => Page.Locator($"input[data-testid='{id}'], [data-testid='{id}'] input").First;

    /// <summary>Screenshot and DOM of the tab, beside the test binaries, for a failed step.</summary>
    public async Task CaptureAsync(string step)
    {
        try
        {
            var folder = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "browser-failures")).FullName;
            var stem = Path.Combine(folder, $"{Safe(step)}-{Safe(UserName)}");
            await Page.ScreenshotAsync(new() { Path = stem + ".png", FullPage = true });
            await File.WriteAllTextAsync(stem + ".html", await Page.ContentAsync());
        }
        catch (PlaywrightException) { }   // a closed tab has nothing to show; the test's own failure matters more
    }

    private static string Safe(string text) => string.Concat(text.Select(c => char.IsLetterOrDigit(c) ? c : '-'));

    public async ValueTask DisposeAsync() => await context.DisposeAsync();
}
