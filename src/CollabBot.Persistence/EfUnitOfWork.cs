using CollabBot.Conversations.Delivery;
using CollabBot.Conversations.Messages;
using CollabBot.Conversations.Storage;
using CollabBot.Conversations.Time;
using CollabBot.Conversations.Turns;
using CollabBot.Domain.Participation;
using CollabBot.Persistence.Outbox;
using CollabBot.Persistence.Turns;
using Microsoft.EntityFrameworkCore;

namespace CollabBot.Persistence;

/// <summary>
/// The unit of work of one turn or one job run. It commits by one of two paths, chosen when it commits:
/// <list type="bullet">
/// <item>Appends only (nothing EF tracks changed): the turn's record, the new outbox rows and participation signals go
/// to the group commit (<see cref="TurnCommitWriter"/>), in one transaction with other units' appends through prepared
/// statements. That is the common turn: a question answered, a refusal, team chatter recorded.</item>
/// <item>Any other change (the domain's entities): one EF save, in one transaction with the turn's record and the same
/// appends (<see cref="EfUnitOfWorkSave"/>).</item>
/// </list>
/// On both paths a turn's messages due now are written leased to this host's dispatcher and handed to it once
/// committed, through delivery's port (<see cref="IOutboxCommits"/>); scheduled work's messages are claimed by any host.
/// An answer given inline is recorded as delivered in the same transaction.
/// </summary>
internal sealed class EfUnitOfWork(
    CollabDbContext db, CollabDbContextFactory contexts, TurnCommitWriter groupCommit, TimeProvider clock, DomainClock domainClock, IOutboxCommits delivery) : IUnitOfWork
{
    // Asked in every turn whose platform waits for the answer.
    private static readonly CompiledPerProvider<Func<CollabDbContext, string, CancellationToken, Task<bool>>> IsHandled = new(
        () => EF.CompileAsyncQuery((CollabDbContext db, string dedupKey, CancellationToken _) => db.HandledTurns.Any(t => t.DedupKey == dedupKey)));

    private static readonly CompiledPerProvider<Func<CollabDbContext, string, CancellationToken, Task<bool>>> IsInOutbox = new(
        () => EF.CompileAsyncQuery((CollabDbContext db, string idempotencyKey, CancellationToken _) => db.Outbox.Any(r => r.IdempotencyKey == idempotencyKey)));

    // The new rows stay out of EF's change tracker until a commit needs EF (adding them there cost more than the group
    // commit that usually writes them).
    private readonly List<NewMessage> _messages = [];
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);
    private readonly List<ParticipationSignal> _signals = [];
    private readonly OutboxReadAhead _readAhead = new();
    private TurnRecord? _turn;
    private DateTimeOffset _turnAt;

    public async Task<bool> BeginTurnAsync(TurnRecord turn, CancellationToken cancellationToken)
    {
        if (_turn is not null)
        {
            throw new InvalidOperationException("A unit of work takes up one turn.");
        }

        // A turn runs several statements; one connection for all of them (until the context is disposed) spares taking
        // it from the pool and preparing it again for each one.
        await db.Database.OpenConnectionAsync(cancellationToken);
        if (turn.InboxId is null && await IsHandled.For(db)(db, turn.DedupKey, cancellationToken))
        {
            return false;
        }

        (_turn, _turnAt) = (turn, clock.GetUtcNow());
        return true;
    }

    public bool AddReply(OutboxEntry reply) =>
        _turn is not null ? Add(reply) : throw new InvalidOperationException("A reply needs a turn taken up in this unit of work.");

    public async Task<bool> EnqueueAsync(OutboxEntry entry, CancellationToken cancellationToken) =>
        !_keys.Contains(entry.IdempotencyKey)
        && !(_readAhead.IsStored(entry.IdempotencyKey) ?? await IsInOutbox.For(db)(db, entry.IdempotencyKey, cancellationToken))
        && Add(entry);

    /// <summary>A participation signal, written with the rest (an append: it keeps a turn on the group commit).</summary>
    internal void Record(ParticipationSignal signal) => _signals.Add(signal);

    public Task LookAheadAsync(OutboxLookahead lookahead, CancellationToken cancellationToken) => _readAhead.ReadAsync(db, lookahead, cancellationToken);

    public async Task<int> CountUnsolicitedAsync(string workspaceId, string recipientUserId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var pending = _messages.Select(m => m.Row)
            .Count(r => r.Unsolicited && r.WorkspaceId == workspaceId && r.RecipientUserId == recipientUserId && r.NextAttemptAt >= from && r.NextAttemptAt < to);
        var stored = _readAhead.CountUnsolicited(workspaceId, recipientUserId, from, to) ?? await db.Outbox.CountAsync(
            r => r.Unsolicited && r.Status != OutboxStatus.Cancelled && r.WorkspaceId == workspaceId && r.RecipientUserId == recipientUserId && r.NextAttemptAt >= from && r.NextAttemptAt < to,
            cancellationToken);
        return pending + stored;
    }

    public async Task<IReadOnlyList<DateTimeOffset>> UnsolicitedDueAsync(string workspaceId, string recipientUserId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var pending = _messages.Select(m => m.Row)
            .Where(r => r.Unsolicited && r.WorkspaceId == workspaceId && r.RecipientUserId == recipientUserId && r.NextAttemptAt >= from && r.NextAttemptAt < to)
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
        var changed = db.ChangeTracker.HasChanges();
        if (!changed && _turn is null && _messages.Count == 0 && _signals.Count == 0)
        {
            return [];
        }

        var messages = _turn is null ? _messages : [.. _messages.Select(Leased)];
        var appends = new Appends(
            _turn is { InboxId: null } handled ? new HandledTurn { DedupKey = handled.DedupKey, HandledAt = _turnAt } : null,
            _turn is { InboxId: { } inboxId } claimed ? new InboxCompletion(inboxId, claimed.DedupKey, _turnAt) : null,
            [.. messages.Select(m => m.Row)],
            [.. _signals],
            [.. messages.Where(m => m.DeliveredInline).Select(m => (m.Row, TurnOrigin.InlineAnswer.DeliveredAs))],
            clock.GetUtcNow());
        try
        {
            var written = changed ? await new EfUnitOfWorkSave(db, contexts).SaveAsync(appends, cancellationToken) : await groupCommit.CommitAsync(appends);
            Delivered(messages);
            Clear();
            return written;
        }
        catch
        {
            foreach (var lease in messages.Select(m => m.Lease).OfType<OutboxLease>())
            {
                delivery.Released(lease);
            }

            throw;
        }
    }

    private bool Add(OutboxEntry entry)
    {
        if (!_keys.Add(entry.IdempotencyKey))
        {
            return false;
        }

        // "Not before" is a moment in the time of the message's platform (a quiet hour, a daily limit), and so is its due time.
        _messages.Add(new NewMessage(NewOutboxRow.For(entry, domainClock.Now(entry.To.Platform)), entry, null));
        return true;
    }

    /// <summary>A turn's message due now, written leased to this host's dispatcher when it has room (not one answered inline).</summary>
    private NewMessage Leased(NewMessage message)
    {
        if (message.DeliveredInline || delivery.TryLease(message.Entry, dueNow: message.Row.NextAttemptAt <= domainClock.Now(message.Row.Platform)) is not { } lease)
        {
            return message;
        }

        (message.Row.LeaseOwner, message.Row.LeaseUntil, message.Row.Attempts) = (lease.Owner, lease.Until, 1);
        return message with { Lease = lease };
    }

    /// <summary>Tells delivery what was written; a row whose key was stored already keeps no id and is not handed over.</summary>
    private void Delivered(IReadOnlyList<NewMessage> messages)
    {
        foreach (var lease in messages.Where(m => m.Row.Id == 0).Select(m => m.Lease).OfType<OutboxLease>())
        {
            delivery.Released(lease);
        }

        var written = messages.Where(m => m.Row.Id != 0 && !m.DeliveredInline).Select(m => new CommittedMessage(m.Row.Id, m.Entry, m.Lease)).ToList();
        if (written.Count > 0)
        {
            delivery.Committed(written);
        }
    }

    private void Clear()
    {
        _messages.Clear();
        _keys.Clear();
        _signals.Clear();
        _turn = null;
    }

    private sealed record NewMessage(OutboxRow Row, OutboxEntry Entry, OutboxLease? Lease)
    {
        public bool DeliveredInline => Entry.Origin is TurnOrigin.InlineAnswer;
    }
}
