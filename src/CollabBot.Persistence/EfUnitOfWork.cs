using System.Text.Json;
using CollabBot.Conversations;
using CollabBot.Conversations.Delivery;
using CollabBot.Conversations.Messages;
using CollabBot.Conversations.Storage;
using CollabBot.Persistence.Outbox;
using CollabBot.Persistence.Turns;
using Microsoft.EntityFrameworkCore;

namespace CollabBot.Persistence;

internal sealed class EfUnitOfWork(CollabDbContext db, CollabDbContextFactory contexts, TurnCommitWriter turnCommits, TimeProvider clock, OutboxSignal outboxSignal) : IUnitOfWork
{
    // Asked in every turn.
    private static readonly CompiledPerProvider<Func<CollabDbContext, string, CancellationToken, Task<bool>>> IsHandled = new(
        () => EF.CompileAsyncQuery((CollabDbContext db, string dedupKey, CancellationToken _) => db.HandledTurns.Any(t => t.DedupKey == dedupKey)));

    private static readonly CompiledPerProvider<Func<CollabDbContext, string, CancellationToken, Task<bool>>> IsInOutbox = new(
        () => EF.CompileAsyncQuery((CollabDbContext db, string idempotencyKey, CancellationToken _) => db.Outbox.Any(r => r.IdempotencyKey == idempotencyKey)));

    // The turn's record and the new outbox rows stay out of EF's change tracker until a commit needs EF (adding them
    // there cost more than the group commit that usually writes them).
    private readonly List<HandledTurn> _records = [];
    private readonly List<OutboxRow> _uncommitted = [];
    private readonly List<OutboxRow> _added = [];
    private readonly HashSet<string> _addedKeys = new(StringComparer.Ordinal);
    private readonly OutboxReadAhead _readAhead = new();

    public Task<bool> TryMarkTurnHandledAsync(string dedupKey, CancellationToken cancellationToken) =>
        TryMarkTurnHandledAsync(dedupKey, checkedUnhandled: false, cancellationToken);

    public async Task<bool> TryMarkTurnHandledAsync(string dedupKey, bool checkedUnhandled, CancellationToken cancellationToken)
    {
        // A turn runs several statements; one connection for all of them (until the context is disposed) spares
        // taking it from the pool and preparing it again for each one.
        await db.Database.OpenConnectionAsync(cancellationToken);
        if (!checkedUnhandled && await IsHandled.For(db)(db, dedupKey, cancellationToken))
        {
            return false;
        }

        _records.Add(new HandledTurn { DedupKey = dedupKey, HandledAt = clock.GetUtcNow() });
        return true;
    }

    public async Task<bool> EnqueueAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        if (_addedKeys.Contains(entry.IdempotencyKey)
            || (!IsReplyOfNewTurn(entry) && (_readAhead.IsStored(entry.IdempotencyKey) ?? await IsInOutbox.For(db)(db, entry.IdempotencyKey, cancellationToken))))
        {
            return false;
        }

        var now = clock.GetUtcNow();
        var row = new OutboxRow
        {
            IdempotencyKey = entry.IdempotencyKey,
            Platform = entry.To.Platform,
            WorkspaceId = entry.To.WorkspaceId,
            ConversationId = entry.To.ConversationId,
            RecipientUserId = entry.RecipientUserId,
            Unsolicited = entry.Unsolicited,
            PayloadJson = JsonSerializer.Serialize(entry, CollabJson.Options),
            CreatedAt = now,
            NextAttemptAt = entry.NotBefore is { } notBefore && notBefore > now ? notBefore : now,
        };
        _uncommitted.Add(row);
        _added.Add(row);
        _addedKeys.Add(row.IdempotencyKey);
        return true;
    }

    /// <summary>
    /// A reply of a turn marked in this unit that was not handled: its key is written only with the turn's record (in
    /// one transaction, and neither is ever deleted), so it cannot be stored yet and needs no lookup. A delivery
    /// handling the same turn meanwhile conflicts with this one at commit.
    /// </summary>
    private bool IsReplyOfNewTurn(OutboxEntry entry) =>
        TurnReplyKey.DedupKeyOf(entry.IdempotencyKey, entry.To.Platform) is { } dedupKey && _records.Exists(r => r.DedupKey == dedupKey);

    public Task LookAheadAsync(OutboxLookahead lookahead, CancellationToken cancellationToken) => _readAhead.ReadAsync(db, lookahead, cancellationToken);

    public async Task<int> CountUnsolicitedAsync(string workspaceId, string recipientUserId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var pending = _added.Count(r => r.Unsolicited && r.WorkspaceId == workspaceId && r.RecipientUserId == recipientUserId && r.NextAttemptAt >= from && r.NextAttemptAt < to);
        var stored = _readAhead.CountUnsolicited(workspaceId, recipientUserId, from, to) ?? await db.Outbox.CountAsync(
            r => r.Unsolicited && r.WorkspaceId == workspaceId && r.RecipientUserId == recipientUserId && r.NextAttemptAt >= from && r.NextAttemptAt < to,
            cancellationToken);
        return pending + stored;
    }

    public async Task<IReadOnlyList<long>> CommitAsync(CancellationToken cancellationToken)
    {
        if (!db.ChangeTracker.HasChanges() && _records.Count <= 1)
        {
            // The common turn: nothing but its record and its replies, written with other turns' in one group commit.
            return await CommitRecordAndRepliesAsync();
        }

        db.HandledTurns.AddRange(_records);
        db.Outbox.AddRange(_uncommitted);
        try
        {
            using var gate = await contexts.Writes.EnterAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            throw new DuplicateWriteException(ex);
        }

        _records.Clear();
        _uncommitted.Clear();
        if (_added.Count > 0)
        {
            outboxSignal.Notify();
        }

        return _added.Select(r => r.Id).ToList();
    }

    private async Task<IReadOnlyList<long>> CommitRecordAndRepliesAsync()
    {
        if (_records.Count == 0 && _uncommitted.Count == 0)
        {
            return [];
        }

        var written = await turnCommits.CommitAsync(_records.SingleOrDefault(), _uncommitted.ToList());
        _records.Clear();
        _uncommitted.Clear();
        if (written.Count > 0)
        {
            outboxSignal.Notify();
        }

        return written;
    }
}
