using Microsoft.Extensions.Options;
using Microsoft.Extensions.Logging.Abstractions;
using CollabBot.Conversations.Scheduling;
using CollabBot.Conversations.Backlog;
using CollabBot.Conversations.Retention;
using CollabBot.Conversations.Storage;
using CollabBot.Conversations.Turns;
using CollabBot.Domain;
using CollabBot.Persistence.Outbox;
using CollabBot.Persistence.Turns;
using CollabBot.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Persistence.Tests;

/// <summary>The store stays bounded and its backlog is readable, on SQLite and on PostgreSQL.</summary>
public abstract class DeliveryHistoryContract(DatabaseProvider provider) : IAsyncLifetime
{
    private StoreFixture _fixture = null!;

    private DateTimeOffset Now => _fixture.Clock.GetUtcNow();

    public async Task InitializeAsync() => _fixture = await StoreFixture.CreateAsync(provider);

    public async Task DisposeAsync() => await _fixture.DisposeAsync();

    [Fact]
    public async Task Pruning_takes_old_handled_turns_and_delivered_replies_and_keeps_everything_else()
    {
        var contexts = _fixture.Services.GetRequiredService<CollabDbContextFactory>();
        await using (var db = contexts.Create())
        {
            for (var n = 0; n < 23; n++)
            {
                db.Inbox.Add(Inbox($"old-{n}", accepted: Now.AddDays(-5), completed: Now.AddDays(-5)));
                db.HandledTurns.Add(new HandledTurn { DedupKey = $"handled-old-{n}", HandledAt = Now.AddDays(-5) });
                db.Outbox.Add(Reply($"turn:Slack:#{n:D12}:old-{n}:0", OutboxStatus.Sent, Now.AddDays(-10)));
            }

            db.Inbox.Add(Inbox("recent", accepted: Now.AddHours(-2), completed: Now.AddHours(-2)));
            db.Inbox.Add(Inbox("waiting", accepted: Now.AddDays(-5), completed: null));
            db.Inbox.Add(Inbox("parked-old", accepted: Now.AddDays(-40), completed: Now.AddDays(-40), parked: Now.AddDays(-40)));
            db.Inbox.Add(Inbox("parked-recent", accepted: Now.AddDays(-5), completed: Now.AddDays(-5), parked: Now.AddDays(-5)));
            db.HandledTurns.Add(new HandledTurn { DedupKey = "handled-recent", HandledAt = Now.AddHours(-1) });
            db.Outbox.Add(Reply("turn:Teams:#000000000100:recent:0", OutboxStatus.Sent, Now.AddDays(-1)));
            db.Outbox.Add(Reply("turn:Slack:#000000000101:pending:0", OutboxStatus.Pending, Now.AddDays(-10)));
            db.Outbox.Add(Reply("turn:Slack:#000000000102:parked-old:0", OutboxStatus.Parked, Now.AddDays(-40)));
            db.Outbox.Add(Reply("turn:Slack:#000000000103:parked-recent:0", OutboxStatus.Parked, Now.AddDays(-5)));
            db.Outbox.Add(Reply("celebrate-ask:0123", OutboxStatus.Sent, Now.AddDays(-300)));
            await db.SaveChangesAsync();
        }

        // Batches of 5 make the job loop five times over the 23 old rows.
        var history = _fixture.Services.GetRequiredService<IDeliveryHistory>();
        int turns = 0, replies = 0, pruned;
        do
        {
            pruned = await history.PruneTurnsAsync(Now.AddHours(-72), Now.AddDays(-30), 5, default);
            turns += pruned;
        }
        while (pruned == 5);

        do
        {
            pruned = await history.PruneTurnRepliesAsync(Now.AddDays(-7), Now.AddDays(-30), 5, default);
            replies += pruned;
        }
        while (pruned == 5);

        await using (var db = contexts.Create())
        {
            Assert.Equal(["parked-recent", "recent", "waiting"], (await db.Inbox.Select(t => t.DedupKey).ToListAsync()).Order(StringComparer.Ordinal));
            Assert.Equal(["handled-recent"], await db.HandledTurns.Select(t => t.DedupKey).ToListAsync());
            Assert.Equal(
                ["celebrate-ask:0123", "turn:Slack:#000000000101:pending:0", "turn:Slack:#000000000103:parked-recent:0", "turn:Teams:#000000000100:recent:0"],
                (await db.Outbox.Select(o => o.IdempotencyKey).ToListAsync()).Order(StringComparer.Ordinal));
        }

        Assert.Equal(24, replies);

        // A recent turn is still recognised as a repeat; a new turn after pruning gets a fresh id (ids are never reused).
        var inbox = _fixture.Services.GetRequiredService<ITurnInbox>();
        Assert.False(await inbox.AcceptAsync(Turn("recent"), default));
        Assert.True(await inbox.AcceptAsync(Turn("after-pruning"), default));
        await using (var db = contexts.Create())
        {
            Assert.True(await db.Inbox.Where(t => t.DedupKey == "after-pruning").Select(t => t.Id).SingleAsync() > 25);
        }
    }

    [Fact]
    public async Task The_hourly_job_prunes_with_the_default_retention_batch_after_batch_and_never_in_virtual_time()
    {
        var contexts = _fixture.Services.GetRequiredService<CollabDbContextFactory>();
        await using (var db = contexts.Create())
        {
            // More than one batch of turns handled four days ago, and one handled two days ago (inside the 72 hours).
            db.Inbox.AddRange(Enumerable.Range(0, DeliveryHistoryRetentionJob.Batch + 3).Select(n => Inbox($"old-{n}", Now.AddDays(-4), Now.AddDays(-4))));
            db.Inbox.Add(Inbox("two-days", Now.AddDays(-2), Now.AddDays(-2)));
            db.Outbox.Add(Reply("turn:Slack:#000000000001:old-0:0", OutboxStatus.Sent, Now.AddDays(-8)));
            db.Outbox.Add(Reply("turn:Slack:#000000000002:six-days:0", OutboxStatus.Sent, Now.AddDays(-6)));
            await db.SaveChangesAsync();
        }

        var job = new DeliveryHistoryRetentionJob(
            _fixture.Services.GetRequiredService<IServiceScopeFactory>(), Options.Create(new RetentionOptions()), NullLogger<DeliveryHistoryRetentionJob>.Instance);
        await job.RunAsync(DeliveryHistoryRetentionJob.WorkId, Now, PlatformScope.Own(Platform.Playground), default);
        await using (var db = contexts.Create())
        {
            Assert.Equal(DeliveryHistoryRetentionJob.Batch + 4, await db.Inbox.CountAsync());
        }

        await job.RunAsync(DeliveryHistoryRetentionJob.WorkId, Now, PlatformScope.All, default);

        await using (var db = contexts.Create())
        {
            Assert.Equal(["two-days"], await db.Inbox.Select(t => t.DedupKey).ToListAsync());
            Assert.Equal(["turn:Slack:#000000000002:six-days:0"], await db.Outbox.Select(o => o.IdempotencyKey).ToListAsync());
        }
    }

    [Fact]
    public async Task The_backlog_counts_waiting_turns_and_due_messages_with_the_age_of_the_oldest()
    {
        var probe = _fixture.Services.GetRequiredService<IBacklogProbe>();
        Assert.Equal(BacklogReading.Empty, await probe.ReadAsync(Now, default));

        var inbox = _fixture.Services.GetRequiredService<ITurnInbox>();
        await inbox.AcceptAsync(Turn("first"), default);
        _fixture.Clock.Advance(TimeSpan.FromSeconds(30));
        await inbox.AcceptAsync(Turn("second"), default);
        _fixture.Clock.Advance(TimeSpan.FromSeconds(10));
        await using (var db = _fixture.Services.GetRequiredService<CollabDbContextFactory>().Create())
        {
            db.Outbox.Add(Reply("turn:Slack:#000000000001:first:0", OutboxStatus.Pending, Now.AddSeconds(-4)));
            db.Outbox.Add(Reply("turn:Slack:#000000000001:first:1", OutboxStatus.Pending, Now.AddMinutes(5)));
            await db.SaveChangesAsync();
        }

        var reading = await probe.ReadAsync(Now, default);
        Assert.Equal((2, 40.0, 1, 4.0), (reading.TurnsWaiting, reading.OldestTurn.TotalSeconds, reading.MessagesDue, reading.OldestMessage.TotalSeconds));

        var claimed = await inbox.ClaimAsync(10, TimeSpan.FromMinutes(1), default);
        await inbox.CompleteAsync(claimed.Select(c => c.Id).ToList(), default);
        Assert.Equal((0, TimeSpan.Zero), ((await probe.ReadAsync(Now, default)).TurnsWaiting, (await probe.ReadAsync(Now, default)).OldestTurn));
    }

    private static InboxTurn Inbox(string key, DateTimeOffset accepted, DateTimeOffset? completed, DateTimeOffset? parked = null) => new()
    {
        DedupKey = key,
        TurnJson = "{}",
        AcceptedAt = accepted,
        CompletedAt = completed,
        ParkedAt = parked,
        Attempts = parked is null ? 0 : 3,
    };

    private static OutboxRow Reply(string key, OutboxStatus status, DateTimeOffset at) => new()
    {
        IdempotencyKey = key,
        Platform = Platform.Slack,
        WorkspaceId = "T1",
        ConversationId = "C1",
        PayloadJson = "{}",
        Status = status,
        CreatedAt = at,
        NextAttemptAt = at,
        SentAt = status == OutboxStatus.Sent ? at : null,
    };

    private static InboundTurn Turn(string key) => new()
    {
        Where = new ConversationAddress(Platform.Slack, "T1", "C1"),
        Who = new MemberRef("U1", "Ana"),
        Kind = TurnKind.Command,
        Text = "status",
        DedupKey = key,
    };
}

public sealed class SqliteDeliveryHistoryFacts() : DeliveryHistoryContract(DatabaseProvider.Sqlite);

public sealed class PostgresDeliveryHistoryFacts() : DeliveryHistoryContract(DatabaseProvider.Postgres);
