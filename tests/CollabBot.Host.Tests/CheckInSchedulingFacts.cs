using System.Text.Json.Nodes;
using CollabBot.Conversations.Scheduling;
using CollabBot.Domain;
using CollabBot.Domain.CheckIns;
using CollabBot.Persistence;
using CollabBot.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Host.Tests;

[Collection(HostCollection.Name)]
public sealed class CheckInSchedulingFacts
{
    [Fact]
    public async Task A_check_in_missed_while_no_host_was_up_is_caught_up_once_at_start()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, "catchup");
        await using (var first = new CollabBotApp(database))
        {
            var playground = new PlaygroundClient(first.Http());
            await playground.SayAsync("ana", "start Warm Homes");
            await playground.SayAsync("ben", "join as citizen");
            await playground.SayAsync("ana", "checkin every monday 09:00");
            await LastRunWasAsync(first, TimeSpan.FromDays(15));
        }

        // Down for two weeks: two Mondays were missed. The next host runs the latest one, once.
        await using (var second = new CollabBotApp(database))
        {
            Assert.Equal(["ana", "ben"], await PromptRecipientsAsync(second));
        }

        await using var third = new CollabBotApp(database);
        Assert.Equal(["ana", "ben"], await PromptRecipientsAsync(third));
    }

    [Fact]
    public async Task Two_hosts_running_the_same_occurrence_at_once_prompt_each_member_once()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres, "twohosts");
        await using var hostA = new CollabBotApp(database);
        await using var hostB = new CollabBotApp(database);
        var playground = new PlaygroundClient(hostA.Http());
        await playground.SayAsync("ana", "start Warm Homes");
        await playground.SayAsync("ben", "join as citizen");
        await playground.SayAsync("chloe", "join as business");
        await playground.SayAsync("ana", "checkin every monday 09:00");
        var workId = await LastRunWasAsync(hostA, TimeSpan.FromDays(8));

        var now = DateTimeOffset.UtcNow;
        await Task.WhenAll(new[] { hostA, hostB, hostA, hostB }.Select(host =>
            Task.Run(() => host.Services.GetRequiredService<RecurringWorkRunner>().RunAsync(workId, now, PlatformScope.Own(Platform.Playground), default))));

        Assert.Equal(["ana", "ben", "chloe"], await PromptRecipientsAsync(hostA));
    }

    private static async Task<string> LastRunWasAsync(CollabBotApp app, TimeSpan ago)
    {
        await using var db = app.Services.GetRequiredService<CollabDbContextFactory>().Create();
        var schedule = await db.Set<CheckInSchedule>().SingleAsync();
        db.Entry(schedule).Property(s => s.LastRunOccurrence).CurrentValue = DateTimeOffset.UtcNow - ago;
        // The members were in the team long before: members who join after an occurrence are not asked for it.
        foreach (var member in await db.Members.ToListAsync())
        {
            db.Entry(member).Property(m => m.JoinedAt).CurrentValue = DateTimeOffset.UtcNow - ago - TimeSpan.FromDays(30);
        }

        await db.SaveChangesAsync();
        return $"checkin:{schedule.CollaborationId:N}";
    }

    /// <summary>
    /// Job messages are delivered by the background dispatcher: waits until a prompt was sent and the host's work has
    /// settled (every turn handled, every message sent), then reads who was prompted.
    /// </summary>
    private static async Task<List<string>> PromptRecipientsAsync(CollabBotApp app)
    {
        var playground = new PlaygroundClient(app.Http());
        await Eventually.UntilAsync(async () => (await RecipientsAsync(playground)).Count > 0, TimeSpan.FromSeconds(10), () => "a check-in prompt to be sent");
        await HostWork.SettledAsync(app.Services);
        return await RecipientsAsync(playground);
    }

    private static async Task<List<string>> RecipientsAsync(PlaygroundClient playground) => (await playground.OutboxAsync()).Messages
        .Where(m => m.Text().StartsWith("Time for your check-in", StringComparison.Ordinal))
        .Select(m => m!["recipientUserId"]!.GetValue<string>())
        .Order()
        .ToList();
}
