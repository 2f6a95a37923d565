using System.Net.Http.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CollabBot.Browser.Tests;

/// <summary>
/// The README's Playground walkthrough, done in Chromium as a person does it: typing at human speed (tens of
/// milliseconds a key, across several of the page's 2-second refreshes), clicking people, filling in the check-in card.
/// </summary>
public sealed class PlaygroundWalkthroughTests : IAsyncLifetime
{
    /// <summary>A person types about 20 keys a second.</summary>
    private static readonly LocatorPressSequentiallyOptions HumanSpeed = new() { Delay = 45 };

    private PlaygroundHost _host = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;
    private IPage _page = null!;

    public async Task InitializeAsync()
    {
        _host = await PlaygroundHost.StartAsync();
        (_playwright, _browser) = await Chromium.LaunchAsync();
        _page = await _browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1360, Height = 860 }, TimezoneId = "Europe/Copenhagen" });
        _page.SetDefaultTimeout(15_000);
        await _page.GotoAsync(new Uri(_host.BaseAddress, "/playground").ToString());
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task The_walkthrough_works_as_written_check_in_included()
    {
        // 2. Ana starts the collaboration.
        await SayAsync("start Warm Homes");
        await Expect(Feed).ToContainTextAsync("started *Warm Homes*".Replace("*", ""));

        // 3. Ben joins as a citizen; Chloe joins and picks her sector on the card.
        await BeAsync("Ben");
        await SayAsync("join as citizen");
        await Expect(Feed).ToContainTextAsync("Ben");
        await BeAsync("Chloe");
        await SayAsync("join");
        var sectorCard = Feed.Locator(".card").Filter(new() { Has = _page.Locator("select") }).Last;
        await sectorCard.Locator("select").SelectOptionAsync("ngo");
        await sectorCard.Locator(".actions button").First.ClickAsync();
        await Expect(Feed).ToContainTextAsync("Chloe");

        // 4. Ben may not move the phase; Ana may.
        await BeAsync("Ben");
        await SayAsync("phase next");
        await Expect(Feed.Locator(".msg.only").Last).ToContainTextAsync("convener");
        await BeAsync("Ana");
        await SayAsync("phase next");
        var leave = Feed.Locator(".card").Filter(new() { HasText = "Leave Understand?" }).Last;
        await leave.Locator("button", new() { HasText = "Move on" }).ClickAsync();
        await Expect(Feed.Locator(".msg.bot").Last).ToContainTextAsync("Ideate");

        // 5. Status shows every member with sector and roles.
        await SayAsync("status");
        var status = Feed.Locator(".card").Last;
        await Expect(status).ToContainTextAsync("Ideate");
        await Expect(status).ToContainTextAsync("Ben");
        await Expect(status).ToContainTextAsync("Chloe");

        // 6. Weekly check-ins; a week passes; Ben fills in his card in the direct-message panel.
        await SayAsync("checkin every monday 09:00");
        await Expect(Feed).ToContainTextAsync("Check-ins for Warm Homes");
        await AdvanceAsync("+1 week");
        await BeAsync("Ben");
        var card = Dms.Locator(".card").Filter(new() { HasText = "Check-in: Warm Homes" }).Last;
        await Expect(card).ToBeInViewportAsync();
        await card.EvaluateAsync("c => c.dataset.probe = 'same element'");

        var win = "The tenants' survey went out to all 140 homes on Elm Street, and 38 answered in the first two days";
        var typing = card.Locator("[data-input=win]").PressSequentiallyAsync(win, HumanSpeed);
        await OthersTalkMeanwhileAsync(typing);
        await Expect(card.Locator("[data-input=win]")).ToBeFocusedAsync();
        await card.Locator("select[data-input=rating]").SelectOptionAsync("4");
        await card.Locator("select[data-input=dimension]").SelectOptionAsync("experience");
        await card.Locator("[data-input=obstacle]").PressSequentiallyAsync("no meeting room for the tenants' evening", HumanSpeed);

        Assert.Equal("same element", await card.EvaluateAsync<string>("c => c.dataset.probe"));
        await Expect(card.Locator("[data-input=win]")).ToHaveValueAsync(win);
        await Expect(card.Locator("select[data-input=rating]")).ToHaveValueAsync("4");
        await Expect(Feed).ToContainTextAsync("the heating grant form is online");
        await ScreenshotAsync("playground-checkin-filled.png");

        await card.Locator("button[data-action=checkin-answer]").ClickAsync();
        await Expect(card.Locator(".replies")).ToContainTextAsync("Thank you, Ben: your check-in is in");
        await Expect(card.Locator(".badge")).ToHaveTextAsync("✓ Answered");
        await Expect(Feed.Locator(".msg", new() { HasText = "your check-in is in" })).ToHaveCountAsync(0);
        await ScreenshotAsync("playground-checkin-answered.png");

        // A week later the next card arrives at the bottom, in view; the answered one is closed.
        await AdvanceAsync("+1 week");
        var cards = Dms.Locator(".card").Filter(new() { HasText = "Check-in: Warm Homes" });
        await Expect(cards).ToHaveCountAsync(2);
        await Expect(cards.Last).ToBeInViewportAsync();
        await Expect(cards.First.Locator(".badge")).ToHaveTextAsync("Closed");
        await Expect(cards.First.Locator("button[data-action=checkin-answer]")).ToBeDisabledAsync();
        await Expect(cards.Last.Locator("button[data-action=checkin-answer]")).ToBeEnabledAsync();

        // History scrolls back.
        await Dms.EvaluateAsync("d => d.scrollTop = 0");
        await Expect(cards.First).ToBeInViewportAsync();

        // `me` shows Ben's value chain.
        await SayAsync("me");
        await Expect(Feed.Locator(".msg.only").Last).ToContainTextAsync("survey");
    }

    [Fact]
    public async Task A_message_that_arrives_while_one_reads_history_waits_below_without_moving_the_page()
    {
        await SayAsync("start Warm Homes");
        await PostAsChloeAsync("join as ngo");
        for (var i = 1; i <= 12; i++)
        {
            await PostAsChloeAsync($"challenge note {i}: a longer statement of the challenge, so that the feed has to scroll to show everything");
        }

        await Expect(Feed.Locator(".msg").Last).ToContainTextAsync("note 12");
        await Expect(Feed.Locator(".msg").Last).ToBeInViewportAsync();
        await Feed.EvaluateAsync("f => f.scrollTop = 0");
        await PostAsChloeAsync("challenge note 13 arrives while Ana reads the start");

        await Expect(_page.Locator("#feedNewer")).ToBeVisibleAsync();
        Assert.Equal(0, await Feed.EvaluateAsync<int>("f => f.scrollTop"));
        await _page.Locator("#feedNewer").ClickAsync();
        await Expect(Feed.Locator(".msg").Last).ToContainTextAsync("note 13");
        await Expect(Feed.Locator(".msg").Last).ToBeInViewportAsync();
    }

    private ILocator Feed => _page.Locator("#feed");

    private ILocator Dms => _page.Locator("#dmList");

    private async Task SayAsync(string text)
    {
        var box = _page.Locator("#text");
        await box.PressSequentiallyAsync(text, HumanSpeed);
        await box.PressAsync("Enter");
        await Expect(Feed.Locator(".msg:not(.bot)").Last).ToContainTextAsync(text);
    }

    private async Task BeAsync(string person)
    {
        await _page.Locator("#people button", new() { HasText = person }).ClickAsync();
        await Expect(_page.Locator("#dmFor")).ToHaveTextAsync($"for {person}");
    }

    private async Task AdvanceAsync(string button)
    {
        var before = await _page.Locator("#now").TextContentAsync();
        await _page.Locator("[data-advance]", new() { HasText = button }).ClickAsync();
        await Expect(_page.Locator("#now")).Not.ToHaveTextAsync(before!);
        // A week runs about 500 jobs (hourly reminders, the decision clock, the daily scan…); the page shows the progress.
        await Expect(_page.Locator("[data-advance]").First).ToBeEnabledAsync(new() { Timeout = 60_000 });
    }

    /// <summary>While Ben types, Chloe changes the challenge: the page takes in the bot's answer through its refreshes.</summary>
    private async Task OthersTalkMeanwhileAsync(Task typing)
    {
        await Task.Delay(1500);
        await PostAsChloeAsync("challenge the heating grant form is online");
        await typing;
    }

    /// <summary>Chloe, in another browser: the bot's channel answers reach Ana's page through its refreshes.</summary>
    private async Task PostAsChloeAsync(string text)
    {
        using var http = new HttpClient { BaseAddress = _host.BaseAddress };
        var response = await http.PostAsJsonAsync("/api/playground/messages",
            new { conversationId = "innovation-lab", userId = "chloe", userName = "Chloe", text });
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Saved beside the test binaries, or where COLLABBOT_SCREENSHOT_DIR says (docs/, to refresh the guide's pictures).</summary>
    private async Task ScreenshotAsync(string name)
    {
        var folder = Environment.GetEnvironmentVariable("COLLABBOT_SCREENSHOT_DIR") is { Length: > 0 } dir ? dir : Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        await _page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name) });
    }
}
