using System.Net;
using CollabBot.Persistence;
using CollabBot.Persistence.Turns;
using CollabBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Host.Tests;

/// <summary>Overload is visible: the backlog's metrics, and /readyz not ready past the configured backlog age and ready again once drained.</summary>
[Collection(HostCollection.Name)]
public sealed class ReadinessFacts : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, "ready");

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task A_turn_waiting_past_the_limit_makes_the_host_not_ready_until_it_is_handled()
    {
        await using var app = new CollabBotApp(_database, settings: new Dictionary<string, string?>
        {
            ["Conversations:NotReadyAfterBacklog"] = "00:00:05",
            ["Conversations:BacklogSampleInterval"] = "00:00:00.100",
        });
        var http = app.Http();
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/readyz")).StatusCode);

        // A turn accepted a minute ago and held by a host that died: nobody may take it until its lease runs out.
        var contexts = app.Services.GetRequiredService<CollabDbContextFactory>();
        long stuckId;
        await using (var db = contexts.Create())
        {
            var stuck = new InboxTurn
            {
                DedupKey = "ready:stuck",
                TurnJson = "{}",
                AcceptedAt = DateTimeOffset.UtcNow.AddMinutes(-1),
                LeaseUntil = DateTimeOffset.UtcNow.AddHours(1),
                LeaseOwner = Guid.NewGuid(),
            };
            db.Inbox.Add(stuck);
            await db.SaveChangesAsync();
            stuckId = stuck.Id;
        }

        Assert.True(await Eventually.TrueAsync(async () => (await http.GetAsync("/readyz")).StatusCode == HttpStatusCode.ServiceUnavailable, TimeSpan.FromSeconds(10)));
        Assert.Equal("Unhealthy", await (await http.GetAsync("/readyz")).Content.ReadAsStringAsync());
        var metrics = await http.GetStringAsync("/metrics");
        Assert.Matches(@"(?m)^collabbot_backlog_turns(\{[^}]*\})? 1$", metrics);
        Assert.Matches(@"(?m)^collabbot_backlog_oldest_turn_age_seconds(\{[^}]*\})? (5\d|6\d)(\.\d+)?$", metrics);
        Assert.Contains(app.Logs, l => l.Contains("Overloaded: 1 turns wait", StringComparison.Ordinal));

        await using (var db = contexts.Create())
        {
            var stuck = await db.Inbox.FindAsync(stuckId);
            stuck!.CompletedAt = DateTimeOffset.UtcNow;
            await db.SaveChangesAsync();
        }

        Assert.True(await Eventually.TrueAsync(async () => (await http.GetAsync("/readyz")).StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(10)));
        Assert.Contains(app.Logs, l => l.Contains("Backlog drained", StringComparison.Ordinal));
    }
}
