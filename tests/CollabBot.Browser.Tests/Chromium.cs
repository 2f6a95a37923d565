using Microsoft.Playwright;

namespace CollabBot.Browser.Tests;

/// <summary>
/// Debian's Chromium (`apt-get install chromium`, which .ci/test.sh does when it is missing), driven by Playwright;
/// Playwright's own browser download is never used. COLLABBOT_CHROMIUM names another binary.
/// </summary>
public static class Chromium
{
    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("COLLABBOT_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private static readonly string[] Flags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        Assert.True(File.Exists(ExecutablePath),
            $"Chromium is not at {ExecutablePath}: install it with `apt-get install -y chromium` (bash .ci/test.sh does) or set COLLABBOT_CHROMIUM.");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ExecutablePath, Headless = true, Args = Flags });
        return (playwright, browser);
    }
}
