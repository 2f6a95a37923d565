using System.Text.Json;
using CollabBot.Conversations;
using CollabBot.Conversations.Delivery;
using CollabBot.Conversations.Messages;
using CollabBot.Conversations.Storage;
using CollabBot.Conversations.Time;
using CollabBot.Persistence.Outbox;
using CollabBot.Persistence.Turns;
using Microsoft.EntityFrameworkCore;

namespace CollabBot.Persistence;

internal sealed class EfUnitOfWork(
    CollabDbContext db, CollabDbContextFactory contexts, TurnCommitWriter turnCommits, TimeProvider clock, DomainClock domainClock, OutboxSignal outboxSignal, OutboxHandoff handoff) : IUnitOfWork
{
    // Asked in every turn.
    private static readonly CompiledPerProvider<Func<CollabDbContext, string, CancellationToken, Task<bool>>> IsHandled = new(
        () => EF.CompileAsyncQuery((CollabDbContext db, string dedupKey, CancellationToken _) => db.HandledTurns.Any(t => t.DedupKey == dedupKey)));

    private static readonly CompiledPerProvider<Func<CollabDbContext, long, CancellationToken, Task<bool>>> IsInboxTurnCompleted = new(
        () => EF.CompileAsyncQuery((CollabDbContext db, long inboxId, CancellationToken _) => db.Inbox.Any(t => t.Id == inboxId && t.CompletedAt != null)));

    private static readonly CompiledPerProvider<Func<CollabDbContext, string, CancellationToken, Task<bool>>> IsInOutbox = new(
        () => EF.CompileAsyncQuery((CollabDbContext db, string idempotencyKey, CancellationToken _) => db.Outbox.Any(r => r.IdempotencyKey == idempotencyKey)));

    // The turn's record and the new outbox rows stay out of EF's change tracker until a commit needs EF (adding them
    // there cost more than the group commit that usually writes them).
    private readonly List<HandledTurn> _records = [];
    private InboxCompletion? _inboxTurn;
    private readonly List<OutboxRow> _uncommitted = [];
    private readonly List<OutboxEntry> _uncommittedEntries = [];
    private readonly List<OutboxRow> _added = [];
    private readonly HashSet<string> _addedKeys = new(StringComparer.Ordinal);
    private readonly OutboxReadAhead _readAhead = new();

    public async Task<bool> TryMarkTurnHandledAsync(string dedupKey, CancellationToken cancellationToken)
    {
        await OpenConnectionAsync(cancellationToken);
        if (await IsHandled.For(db)(db, dedupKey, cancellationToken))
        {
            return false;
        }

        _records.Add(new HandledTurn { DedupKey = dedupKey, HandledAt = clock.GetUtcNow() });
        return true;
    }

    public async Task<bool> TryMarkInboxTurnHandledAsync(string dedupKey, long inboxId, bool checkedUnhandled, CancellationToken cancellationToken)
    {
        await OpenConnectionAsync(cancellationToken);
        // A turn recorded in handled_turns was handled before inbox rows were completed by their turn's commit.
        if (!checkedUnhandled && (await IsInboxTurnCompleted.For(db)(db, inboxId, cancellationToken) || await IsHandled.For(db)(db, dedupKey, cancellationToken)))
        {
            return false;
        }

        _inboxTurn = new InboxCompletion(inboxId, dedupKey, clock.GetUtcNow());
        return true;
    }

    /// <summary>
    /// A turn runs several statements; one connection for all of them (until the context is disposed) spares taking it
    /// from the pool and preparing it again for each one.
    /// </summary>
    private Task OpenConnectionAsync(CancellationToken cancellationToken) => db.Database.OpenConnectionAsync(cancellationToken);

    public async Task<bool> EnqueueAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        if (_addedKeys.Contains(entry.IdempotencyKey)
            || (!IsReplyOfNewTurn(entry) && (_readAhead.IsStored(entry.IdempotencyKey) ?? await IsInOutbox.For(db)(db, entry.IdempotencyKey, cancellationToken))))
        {
            return false;
        }

        // "Not before" is a moment in the time of the message's platform (a quiet hour, a daily limit), and so is its due time.
        var now = domainClock.Now(entry.To.Platform);
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
        _uncommittedEntries.Add(entry);
        _added.Add(row);
        _addedKeys.Add(row.IdempotencyKey);
        return true;
    }

    /// <summary>
    /// A reply of a turn marked in this unit that was not handled: its key is written only with the turn's record (its
    /// handled-turn row or its inbox row's completion; in one transaction, and neither is undone), so it cannot be
    /// stored yet and needs no lookup. A delivery handling the same turn meanwhile conflicts with this one at commit.
    /// </summary>
    private bool IsReplyOfNewTurn(OutboxEntry entry) =>
        TurnReplyKey.DedupKeyOf(entry.IdempotencyKey, entry.To.Platform) is { } dedupKey
        && (_records.Exists(r => r.DedupKey == dedupKey) || _inboxTurn?.DedupKey == dedupKey);

    public Task LookAheadAsync(OutboxLookahead lookahead, CancellationToken cancellationToken) => _readAhead.ReadAsync(db, lookahead, cancellationToken);

    public async Task<int> CountUnsolicitedAsync(string workspaceId, string recipientUserId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var pending = _added.Count(r => r.Unsolicited && r.WorkspaceId == workspaceId && r.RecipientUserId == recipientUserId && r.NextAttemptAt >= from && r.NextAttemptAt < to);
        var stored = _readAhead.CountUnsolicited(workspaceId, recipientUserId, from, to) ?? await db.Outbox.CountAsync(
            r => r.Unsolicited && r.Status != OutboxStatus.Cancelled && r.WorkspaceId == workspaceId && r.RecipientUserId == recipientUserId && r.NextAttemptAt >= from && r.NextAttemptAt < to,
            cancellationToken);
        return pending + stored;
    }

    public async Task<IReadOnlyList<DateTimeOffset>> UnsolicitedDueAsync(string workspaceId, string recipientUserId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var pending = _added.Where(r => r.Unsolicited && r.WorkspaceId == workspaceId && r.RecipientUserId == recipientUserId && r.NextAttemptAt >= from && r.NextAttemptAt < to)
            .Select(r => r.NextAttemptAt);
        var stored = _readAhead.UnsolicitedDue(workspaceId, recipientUserId, from, to) ?? await db.Outbox
            .Where(r => r.Unsolicited && r.Status != OutboxStatus.Cancelled && r.WorkspaceId == workspaceId && r.RecipientUserId == recipientUserId && r.NextAttemptAt >= from && r.NextAttemptAt < to)
            .Select(r => r.NextAttemptAt).ToListAsync(cancellationToken);
        return [.. stored, .. pending];
    }

    public async Task<int> CancelPendingAsync(IReadOnlyList<string> keyPrefixes, CancellationToken cancellationToken)
    {
        var cancelled = 0;
        foreach (var prefix in keyPrefixes)
        {
            // Claimed rows (a dispatcher holds their lease) are being sent right now; the rest have not gone yet.
            var now = clock.GetUtcNow();
            var rows = await db.Outbox.Where(r => r.Status == OutboxStatus.Pending && r.IdempotencyKey.StartsWith(prefix) && (r.LeaseUntil == null || r.LeaseUntil < now))
                .ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                row.Status = OutboxStatus.Cancelled;
                row.LastError = "cancelled: the check-in schedule changed or stopped";
            }

            cancelled += rows.Count;
        }

        return cancelled;
    }

    public async Task<IReadOnlyList<long>> CommitAsync(CancellationToken cancellationToken)
    {
        if (!db.ChangeTracker.HasChanges() && _records.Count + (_inboxTurn is null ? 0 : 1) <= 1)
        {
            // The common turn: nothing but its record and its replies, written with other turns' in one group commit.
            return await CommitRecordAndRepliesAsync();
        }

        db.HandledTurns.AddRange(_records);
        db.Outbox.AddRange(_uncommitted);
        try
        {
            using var gate = await contexts.Writes.EnterAsync(cancellationToken);
            if (_inboxTurn is { } inboxTurn)
            {
                await SaveCompletingAsync(inboxTurn, cancellationToken);
            }
            else
            {
                await db.SaveChangesAsync(cancellationToken);
            }
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            throw new DuplicateWriteException(ex);
        }

        _records.Clear();
        _uncommitted.Clear();
        _uncommittedEntries.Clear();
        _inboxTurn = null;
        if (_added.Count > 0)
        {
            outboxSignal.Notify();
        }

        return _added.Select(r => r.Id).ToList();
    }

    /// <summary>
    /// Saves the changes and completes the turn's inbox row in one transaction, retried as a whole where the provider
    /// retries (PostgreSQL): the changes are accepted only once it committed.
    /// </summary>
    private async Task SaveCompletingAsync(InboxCompletion inboxTurn, CancellationToken cancellationToken)
    {
        await db.Database.CreateExecutionStrategy().ExecuteAsync(
            async ct =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                // Before the save: a turn that erases personal data redacts its own inbox row in it.
                var completed = await db.Inbox.Where(t => t.Id == inboxTurn.Id && t.CompletedAt == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(t => t.CompletedAt, inboxTurn.At), ct);
                if (completed == 0)
                {
                    throw new DuplicateWriteException(new InvalidOperationException($"Turn {inboxTurn.DedupKey} was handled before."));
                }

                await db.SaveChangesAsync(acceptAllChangesOnSuccess: false, ct);
                await transaction.CommitAsync(ct);
            },
            cancellationToken);
        db.ChangeTracker.AcceptAllChanges();
    }

    /// <summary>
    /// The group commit. Replies due now are written leased to this host's dispatcher and handed to it once committed
    /// (<see cref="OutboxHandoff"/>), so it does not claim them back from the outbox.
    /// </summary>
    private async Task<IReadOnlyList<long>> CommitRecordAndRepliesAsync()
    {
        if (_records.Count == 0 && _inboxTurn is null && _uncommitted.Count == 0)
        {
            return [];
        }

        var leased = new List<(OutboxRow Row, OutboxEntry Entry, OutboxLease Lease)>();
        for (var i = 0; i < _uncommitted.Count; i++)
        {
            var row = _uncommitted[i];
            if (handoff.TryReserve(_uncommittedEntries[i], dueNow: row.NextAttemptAt <= domainClock.Now(row.Platform)) is { } lease)
            {
                (row.LeaseOwner, row.LeaseUntil, row.Attempts) = (lease.Owner, lease.Until, 1);
                leased.Add((row, _uncommittedEntries[i], lease));
            }
        }

        IReadOnlyList<long> written;
        try
        {
            written = await turnCommits.CommitAsync(_records.SingleOrDefault(), _inboxTurn, _uncommitted.ToList());
        }
        catch
        {
            leased.ForEach(l => handoff.Cancel(l.Entry.To.Platform));
            throw;
        }

        // A reply whose key was stored already keeps no id: it was not written, so it is not handed over.
        foreach (var (row, entry, lease) in leased)
        {
            if (row.Id != 0)
            {
                handoff.Hand(row.Id, entry, lease);
            }
            else
            {
                handoff.Cancel(entry.To.Platform);
            }
        }

        _records.Clear();
        _uncommitted.Clear();
        _uncommittedEntries.Clear();
        _inboxTurn = null;
        if (written.Count > 0)
        {
            outboxSignal.Notify();
        }

        return written;
    }
}
