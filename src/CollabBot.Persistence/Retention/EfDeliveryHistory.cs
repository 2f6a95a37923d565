using CollabBot.Conversations.Messages;
using CollabBot.Conversations.Retention;
using CollabBot.Conversations.Storage;
using Microsoft.EntityFrameworkCore;

namespace CollabBot.Persistence.Retention;

/// <summary>Deletes in batches by primary key, each batch one short statement through the write gate.</summary>
internal sealed class EfDeliveryHistory(CollabDbContextFactory contexts) : IDeliveryHistory
{
    public async Task<int> PruneTurnsAsync(DateTimeOffset handledBefore, DateTimeOffset parkedBefore, int batch, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        using var passage = await contexts.Writes.EnterAsync(cancellationToken);
        // Each delete walks an index in time order and stops after a batch, however long the history.
        var handled = await db.Inbox
            .Where(t => t.ParkedAt == null && t.CompletedAt < handledBefore)
            .OrderBy(t => t.CompletedAt).Take(batch)
            .ExecuteDeleteAsync(cancellationToken);
        var parked = await db.Inbox
            .Where(t => t.ParkedAt < parkedBefore)
            .OrderBy(t => t.ParkedAt).Take(batch)
            .ExecuteDeleteAsync(cancellationToken);
        var keys = await db.HandledTurns
            .Where(t => t.HandledAt < handledBefore)
            .OrderBy(t => t.HandledAt).Take(batch)
            .ExecuteDeleteAsync(cancellationToken);
        return Math.Max(handled, Math.Max(parked, keys));
    }

    public async Task<int> PruneTurnRepliesAsync(DateTimeOffset sentBefore, DateTimeOffset parkedBefore, int batch, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        using var passage = await contexts.Writes.EnterAsync(cancellationToken);
        // Oldest first by id: old rows lead the key, so a batch is found near the start (no index on SentAt to keep
        // up to date on every delivery).
        return await db.Outbox
            .Where(o => o.IdempotencyKey.StartsWith(TurnReplyKey.AnyPrefix)
                && ((o.Status == OutboxStatus.Sent && o.SentAt < sentBefore) || (o.Status == OutboxStatus.Parked && o.CreatedAt < parkedBefore)))
            .OrderBy(o => o.Id).Take(batch)
            .ExecuteDeleteAsync(cancellationToken);
    }
}
