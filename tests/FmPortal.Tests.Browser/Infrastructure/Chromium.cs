namespace FmPortal.Tests.Browser.Infrastructure;

/// <summary>
/// The machine's own Chromium (the Debian package), driven by Playwright's bundled driver: nothing is
/// downloaded, so the tests run wherever the package is installed (tests/run.sh installs it).
/// </summary>
public static class Chromium
{
    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("FMPORTAL_CHROMIUM") is { Length: > 0 } custom ? custom : "/usr/bin/chromium";

    /// <summary>Quiet and self-contained: runs as root in a container, calls no Google service, never updates itself.</summary>
    private static readonly string[] Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        if (!File.Exists(ExecutablePath))
            throw new InvalidOperationException($"Chromium not found at {ExecutablePath}; install the chromium package or set FMPORTAL_CHROMIUM.");
        return playwright.Chromium.LaunchAsync(new() { ExecutablePath = ExecutablePath, Headless = true, Args = Arguments });
    }
}
