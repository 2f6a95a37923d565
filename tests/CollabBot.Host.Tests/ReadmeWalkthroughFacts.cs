using CollabBot.Testing;
using Xunit.Abstractions;

namespace CollabBot.Host.Tests;

/// <summary>
/// Step 6 of the README's "Try it in the Playground" walkthrough (steps 2 to 5 are <see cref="ConversationJourney"/>):
/// a fresh team of three with a weekly check-in and nothing else going on, moved on a week at a time.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class ReadmeWalkthroughFacts(ITestOutputHelper output)
{
    [Fact]
    public async Task A_week_at_a_time_brings_the_card_reminders_a_celebration_and_the_convener_s_private_summary()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, "walkthrough");
        await using var app = new CollabBotApp(database);
        var playground = new PlaygroundClient(app.Http());
        await playground.SayAsync("ana", "start Warm Homes");
        await playground.SayAsync("ben", "join as citizen");
        await playground.SayAsync("chloe", "join as business");
        await playground.SayAsync("ben", "celebrate yes");
        var scheduled = Assert.Single(await playground.SayAsync("ana", "checkin every monday 09:00"));
        Assert.Equal("channel", scheduled.Visibility());
        var (_, cursor) = await playground.OutboxAsync();

        // "Press +1 week ... Click Ben: his check-in card is in the direct-message panel; fill it in and Send."
        await playground.AdvanceAsync("P7D");
        var card = (await playground.OutboxAsync(cursor)).Messages.Single(m => Is(m, "Time for your check-in", "ben"));
        await playground.ClickAsync("ben", card.Id(), "checkin-answer", new { win = "the housing association shared its data", rating = "4", dimension = "capacity" });

        // "Press +1 week a few more times and watch reminders, celebrations and (for the facilitator) private alerts arrive."
        for (var week = 0; week < 3; week++)
        {
            await playground.AdvanceAsync("P7D");
        }

        var all = (await playground.OutboxAsync(cursor)).Messages.Select(m => m!).ToList();
        output.WriteLine(string.Join("\n", all.Select(m => $"{m.Visibility()} {m["recipientUserId"]} {m.Text()} {m.CardJson()}")));
        Assert.Contains(all, m => Is(m, "A gentle reminder", "chloe"));
        Assert.Single(all, m => m.Visibility() == "channel" && m.Text() == "🎉 A small win from Ben: the housing association shared its data");
        // No facilitator: the convener gets the private weekly summary, worded for a convener. The team has hardly got going:
        // that is said once, not every week.
        var summary = Assert.Single(all, m => Is(m, "Your weekly summary of Warm Homes", "ana"));
        Assert.Equal("Your weekly summary of Warm Homes: hardly anyone has taken part yet.", summary.Text());
        Assert.Contains("has no facilitator, so this summary comes to you as convener", summary.CardJson());
        var me = Assert.Single(await playground.SayAsync("ben", "me"));
        Assert.Equal("onlyUser", me.Visibility());
        Assert.StartsWith("Your value chain in Warm Homes:", me.Text());
    }

    private static bool Is(System.Text.Json.Nodes.JsonNode? message, string prefix, string to) =>
        message!.Text().StartsWith(prefix, StringComparison.Ordinal) && message!["recipientUserId"]?.GetValue<string>() == to;
}
