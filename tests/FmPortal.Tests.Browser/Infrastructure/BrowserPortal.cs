namespace FmPortal.Tests.Browser.Infrastructure;

/// <summary>One served portal (fresh SQLite database, demo practice) and one Chromium per test class.</summary>
public sealed class BrowserPortal : IAsyncLifetime
{
    private readonly ServedPortal _served = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public PortalApp App => _served.App;

    public async ValueTask InitializeAsync()
    {
        await _served.InitializeAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await Chromium.LaunchAsync(_playwright);
    }

    /// <summary>A person at a fresh browser profile (own cookies), signed in as a demo user on the sign-in page.</summary>
    public async Task<BrowserUser> SignInAsync(string userName)
    {
        var context = await _browser!.NewContextAsync(new() { BaseURL = _served.BaseAddress.ToString() });
        var user = new BrowserUser(userName, context, await context.NewPageAsync());
        try
        {
            await user.SignInAsync(PortalApp.Password);
            return user;
        }
        catch
        {
            await user.CaptureAsync("sign-in");
            await user.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        await _served.DisposeAsync();
    }
}
