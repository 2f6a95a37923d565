using System.Globalization;
using System.Text.Json;
using CollabBot.Conversations;
using CollabBot.Conversations.Delivery;
using CollabBot.Conversations.Messages;
using CollabBot.Conversations.Storage;
using CollabBot.Conversations.Time;
using CollabBot.Domain;
using CollabBot.Persistence.Writes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CollabBot.Persistence.Outbox;

/// <remarks>
/// A row is due when its "not before" has come in its platform's time (<see cref="DomainClock"/>); leases are real time.
/// </remarks>
internal sealed class EfOutboxStore(CollabDbContextFactory contexts, TimeProvider clock, DomainClock domainClock) : IOutboxStore
{
    // On SQLite, asked by every claim (most often with nothing due) before it queues for the write lock.
    private static readonly CompiledPerProvider<Func<CollabDbContext, Platform, DateTimeOffset, DateTimeOffset, int, IAsyncEnumerable<long>>> DueIds = new(
        () => EF.CompileAsyncQuery((CollabDbContext db, Platform platform, DateTimeOffset due, DateTimeOffset now, int max) => db.Outbox
            .Where(o => o.Platform == platform && o.Status == OutboxStatus.Pending && o.NextAttemptAt <= due && (o.LeaseUntil == null || o.LeaseUntil < now))
            .OrderBy(o => o.Id).Select(o => o.Id).Take(max)));

    private const string Claimable = """
        "Platform" = @platform AND "Status" = @pending AND "NextAttemptAt" <= @due AND ("LeaseUntil" IS NULL OR "LeaseUntil" < @now)
        """;

    public Task<IReadOnlyList<PendingMessage>> ClaimDueAsync(Platform platform, int max, TimeSpan lease, CancellationToken cancellationToken) =>
        ClaimDueAsync(platform, max, lease, Guid.NewGuid(), cancellationToken);

    public async Task<IReadOnlyList<PendingMessage>> ClaimDueAsync(Platform platform, int max, TimeSpan lease, Guid owner, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        var now = clock.GetUtcNow();
        var due = domainClock.HasOwnClock(platform) ? domainClock.Now(platform) : now;

        // On SQLite the due rows are picked before the write lock: a claim with nothing due must not queue for it, where
        // the inbox's accepts wait too, and the pick walks every due row still leased (up to a dispatcher's MaxInHand)
        // while others could write (Teams drain, 3 alternating rounds: median 2,991 against 2,903 replies a second).
        // The lease below checks each picked row again.
        var picked = new List<long>();
        if (!db.Database.IsNpgsql())
        {
            await foreach (var id in DueIds.For(db)(db, platform, due, now, max).WithCancellation(cancellationToken))
            {
                picked.Add(id);
            }

            if (picked.Count == 0)
            {
                return [];
            }
        }

        // One statement leases the due rows and hands them back: the claim runs for every few messages sent, and as
        // three EF statements (pick, lease, read back) it cost more CPU than the send. PostgreSQL picks the rows in the
        // same statement and skips rows another host is claiming at that moment (their lease is set when it commits).
        var rows = db.Database.IsNpgsql()
            ? $"""SELECT "Id" FROM "outbox" WHERE {Claimable} ORDER BY "Id" LIMIT @max FOR UPDATE SKIP LOCKED"""
            : string.Join(", ", picked.Select(id => id.ToString(CultureInfo.InvariantCulture)));
        var claimed = new List<(long Id, string PayloadJson, int Attempts)>();
        using (await contexts.Writes.EnterAsync(cancellationToken))
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = $"""
                UPDATE "outbox" SET "LeaseUntil" = @until, "LeaseOwner" = @owner, "Attempts" = "Attempts" + 1
                WHERE "Id" IN ({rows}) AND {Claimable}
                RETURNING "Id", "PayloadJson", "Attempts"
                """;
            command.AddParameter<OutboxRow>(db, "@until", nameof(OutboxRow.LeaseUntil), now + lease);
            command.AddParameter<OutboxRow>(db, "@owner", nameof(OutboxRow.LeaseOwner), owner);
            command.AddParameter<OutboxRow>(db, "@platform", nameof(OutboxRow.Platform), platform);
            command.AddParameter<OutboxRow>(db, "@pending", nameof(OutboxRow.Status), OutboxStatus.Pending);
            command.AddParameter<OutboxRow>(db, "@due", nameof(OutboxRow.NextAttemptAt), due);
            command.AddParameter<OutboxRow>(db, "@now", nameof(OutboxRow.LeaseUntil), now);
            command.AddParameter<OutboxRow>(db, "@max", nameof(OutboxRow.Attempts), max);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                claimed.Add((reader.GetInt64(0), reader.GetString(1), reader.GetInt32(2)));
            }
        }

        if (claimed.Count == 0)
        {
            return [];
        }

        // RETURNING gives no order; a lane's messages go out in the order they were written.
        claimed.Sort((a, b) => a.Id.CompareTo(b.Id));
        var entries = claimed.Select(c => (c.Id, c.Attempts, Entry: Entry(c.Id, c.PayloadJson))).ToList();
        var originals = entries.Where(e => e.Entry.UpdatesMessageId is not null).Select(e => e.Entry.UpdatesMessageId!.Value).ToList();
        var platformIds = originals.Count == 0
            ? new Dictionary<long, string?>()
            : await db.Outbox.Where(o => originals.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.PlatformMessageId, cancellationToken);
        return entries.Select(e => new PendingMessage(e.Id, e.Entry, e.Attempts,
            e.Entry.UpdatesMessageId is { } original ? platformIds.GetValueOrDefault(original) : null)).ToList();
    }

    public Task MarkSentAsync(long id, string platformMessageId, CancellationToken cancellationToken) =>
        MarkSentAsync([(id, platformMessageId)], cancellationToken);

    public async Task RenewLeasesAsync(Guid owner, IReadOnlyCollection<long> ids, TimeSpan lease, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        var until = clock.GetUtcNow() + lease;
        using var passage = await contexts.Writes.EnterAsync(cancellationToken);
        await db.Outbox.Where(o => ids.Contains(o.Id) && o.LeaseOwner == owner && o.Status == OutboxStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.LeaseUntil, until), cancellationToken);
    }

    public async Task MarkSentAsync(IReadOnlyList<(long Id, string PlatformMessageId)> sent, CancellationToken cancellationToken)
    {
        if (sent.Count == 0)
        {
            return;
        }

        await using var db = contexts.Create();
        var now = clock.GetUtcNow();
        using var passage = await contexts.Writes.EnterAsync(cancellationToken);
        await db.Database.CreateExecutionStrategy().ExecuteAsync(
            async ct =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                await SentMarks.WriteAsync(db, db.Database.GetDbConnection(), transaction.GetDbTransaction(), sent, now, ct);
                await transaction.CommitAsync(ct);
            },
            cancellationToken);
    }

    public async Task DeferAsync(IReadOnlyCollection<long> ids, DateTimeOffset notBefore, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return;
        }

        await using var db = contexts.Create();
        using var passage = await contexts.Writes.EnterAsync(cancellationToken);
        await db.Outbox.Where(o => ids.Contains(o.Id) && o.Status == OutboxStatus.Pending).ExecuteUpdateAsync(
            set => set.SetProperty(o => o.NextAttemptAt, notBefore)
                .SetProperty(o => o.LeaseUntil, (DateTimeOffset?)null)
                .SetProperty(o => o.Attempts, o => o.Attempts > 0 ? o.Attempts - 1 : 0),
            cancellationToken);
    }

    public async Task<IReadOnlyList<DeliveredMessage>> ListParkedAsync(int max, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        var rows = await db.Outbox.AsNoTracking().Where(o => o.Status == OutboxStatus.Parked).OrderByDescending(o => o.Id).Take(max).ToListAsync(cancellationToken);
        return rows.Select(Delivered).ToList();
    }

    public async Task MarkRetryAsync(long id, string reason, DateTimeOffset notBefore, CancellationToken cancellationToken)
    {
        var error = Shorten(reason);
        await using var db = contexts.Create();
        using var passage = await contexts.Writes.EnterAsync(cancellationToken);
        await db.Outbox.Where(o => o.Id == id && o.Status == OutboxStatus.Pending).ExecuteUpdateAsync(
            set => set.SetProperty(o => o.NextAttemptAt, notBefore).SetProperty(o => o.LastError, error).SetProperty(o => o.LeaseUntil, (DateTimeOffset?)null),
            cancellationToken);
    }

    public async Task MarkParkedAsync(long id, string reason, CancellationToken cancellationToken)
    {
        var error = Shorten(reason);
        await using var db = contexts.Create();
        using var passage = await contexts.Writes.EnterAsync(cancellationToken);
        await db.Outbox.Where(o => o.Id == id && o.Status == OutboxStatus.Pending).ExecuteUpdateAsync(
            set => set.SetProperty(o => o.Status, OutboxStatus.Parked).SetProperty(o => o.LastError, error).SetProperty(o => o.LeaseUntil, (DateTimeOffset?)null),
            cancellationToken);
    }

    public async Task<IReadOnlyList<DeliveredMessage>> ListDeliveredAsync(Platform platform, long afterId, int max, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        var rows = await db.Outbox.AsNoTracking()
            .Where(o => o.Platform == platform && o.DeliveredSeq > afterId)
            .OrderBy(o => o.DeliveredSeq)
            .Take(max)
            .ToListAsync(cancellationToken);
        return rows.Select(Delivered).ToList();
    }

    public async Task<IReadOnlyList<DeliveredMessage>> GetAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        var rows = await db.Outbox.AsNoTracking().Where(o => ids.Contains(o.Id)).OrderBy(o => o.Id).ToListAsync(cancellationToken);
        return rows.Select(Delivered).ToList();
    }

    private static OutboxEntry Entry(OutboxRow row) => Entry(row.Id, row.PayloadJson);

    private static OutboxEntry Entry(long id, string payloadJson) =>
        JsonSerializer.Deserialize<OutboxEntry>(payloadJson, CollabJson.Options)
        ?? throw new InvalidOperationException($"Outbox row {id} has an empty payload.");

    private static DeliveredMessage Delivered(OutboxRow row) =>
        new(row.Id, Entry(row), row.Status, row.PlatformMessageId, row.LastError, row.CreatedAt, row.DeliveredSeq);

    private static string Shorten(string reason) => reason.Length <= 1000 ? reason : reason[..997] + "...";
}
