using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CollabBot.Testing;

namespace CollabBot.Host.Tests;

[Collection(HostCollection.Name)]
public sealed class CheckInTimeZoneFacts
{
    [Fact]
    public async Task Reminders_wait_for_each_members_own_quiet_hours_and_late_joiners_are_not_asked_for_the_open_check_in()
    {
        await using var host = await PlaygroundHost.StartAsync(DatabaseProvider.Sqlite, "zones");
        var playground = host.Playground;
        await playground.SayAsync("ana", "start Warm Homes");
        await playground.SayAsync("ben", "join as citizen");
        Assert.Equal("Your quiet hours and check-in dates are now read in Asia/Tokyo.", (await playground.SayAsync("ben", "timezone me Tokyo Standard Time"))[0]!.Text());
        await playground.SayAsync("ana", "checkin every monday 13:00");

        // Monday 14:00 UTC: the check-in opened at 13:00; Chloe joins after it opened.
        await AdvanceToAsync(playground, host.App, DayOfWeek.Monday, 14);
        var (_, afterOpen) = await playground.OutboxAsync();
        await playground.SayAsync("chloe", "join as business");

        // Tuesday 14:00 UTC: Ana (UTC) got her reminder at 13:05; for Ben it was 22:05 in Tokyo, inside his quiet hours.
        await playground.AdvanceAsync("P1D");
        Assert.Equal(["ana"], await RemindedAsync(playground, afterOpen));

        // Ben's quiet hours end at 08:00 Tokyo = 23:00 UTC; the 23:05 run reminds him. Chloe, who joined late, is never reminded.
        await playground.AdvanceAsync("PT10H");
        Assert.Equal(["ana", "ben"], await RemindedAsync(playground, afterOpen));

        // The next check-in asks Chloe too.
        var (_, beforeNext) = await playground.OutboxAsync();
        await playground.AdvanceAsync("P6D");
        var prompts = (await playground.OutboxAsync(beforeNext)).Messages.Where(m => m.Text().StartsWith("Time for your check-in", StringComparison.Ordinal));
        Assert.Equal(["ana", "ben", "chloe"], prompts.Select(m => m!["recipientUserId"]!.GetValue<string>()).Order());
    }

    private static async Task<List<string>> RemindedAsync(PlaygroundClient playground, long cursor) =>
        (await playground.OutboxAsync(cursor)).Messages
            .Where(m => m.Text().StartsWith("A gentle reminder", StringComparison.Ordinal))
            .Select(m => m!["recipientUserId"]!.GetValue<string>()).Order().ToList();

    private static async Task AdvanceToAsync(PlaygroundClient playground, CollabBotApp app, DayOfWeek day, int hourUtc)
    {
        var now = (await app.Http().GetFromJsonAsync<JsonObject>("/api/playground/clock"))!["now"]!.GetValue<DateTimeOffset>().ToUniversalTime();
        var date = now.Date.AddDays(((int)day - (int)now.DayOfWeek + 7) % 7);
        var target = new DateTimeOffset(date.AddHours(hourUtc), TimeSpan.Zero);
        if (target <= now.AddHours(1))
        {
            target = target.AddDays(7);
        }

        await playground.AdvanceAsync($"PT{(int)(target - now).TotalSeconds}S");
    }
}
