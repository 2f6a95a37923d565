using CollabBot.Conversations.Messages;

namespace CollabBot.Conversations.Storage;

/// <summary>
/// Everything one turn or one job run changes is committed at once: domain state, the turn's record (see
/// <see cref="TurnRecord"/>) and the messages it sends (outbox rows). Nothing is half-written, and a turn's record is
/// written once: the commit of a second delivery of the same turn throws <see cref="TurnHandledBeforeException"/>.
/// </summary>
public interface IUnitOfWork
{
    /// <summary>
    /// Takes up a turn in this unit (one turn per unit). False when it was handled before. A turn claimed from the
    /// inbox is not asked about: its claim hands out only turns not handled yet, and its commit completes its inbox
    /// row only if no one else did.
    /// </summary>
    Task<bool> BeginTurnAsync(TurnRecord turn, CancellationToken cancellationToken);

    /// <summary>
    /// Adds a reply of the turn begun in this unit, keyed with one of the turn's own reply keys
    /// (<see cref="TurnReplyKey"/>): such a key is written only with the turn's record, so it is never stored yet and
    /// is not looked up. A reply whose origin is answered inline (<see cref="Turns.TurnOrigin.InlineAnswer"/>) is
    /// written as delivered. Returns false when this unit already holds the key.
    /// </summary>
    bool AddReply(OutboxEntry reply);

    /// <summary>Adds the message to the outbox unless a message with its idempotency key exists. Returns whether it was added.</summary>
    Task<bool> EnqueueAsync(OutboxEntry entry, CancellationToken cancellationToken);

    /// <summary>Unsolicited messages to one person due in [from, to), this unit of work's included.</summary>
    Task<int> CountUnsolicitedAsync(string workspaceId, string recipientUserId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>When each unsolicited message to one person is (or was) due, for those due in [from, to), this unit of work's included.</summary>
    Task<IReadOnlyList<DateTimeOffset>> UnsolicitedDueAsync(string workspaceId, string recipientUserId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>
    /// Cancels the messages not yet sent whose idempotency key starts with one of <paramref name="keyPrefixes"/> (a check-in's
    /// pending prompts and reminders when the schedule changes or stops); the commit saves it. Returns how many.
    /// </summary>
    Task<int> CancelPendingAsync(IReadOnlyList<string> keyPrefixes, CancellationToken cancellationToken);

    /// <summary>
    /// Reads ahead, in one query per thousand keys, which of these idempotency keys are stored, and the unsolicited
    /// messages to these recipients due in [from, to): a sweep that enqueues thousands of messages then asks the
    /// database once per chunk instead of twice per message. Later calls are answered the same either way.
    /// </summary>
    Task LookAheadAsync(OutboxLookahead lookahead, CancellationToken cancellationToken);

    /// <summary>
    /// Commits. Returns the outbox ids of the messages added in this unit of work, in order (a reply whose key was
    /// stored meanwhile is left out). Throws <see cref="TurnHandledBeforeException"/> when the turn's record was
    /// committed meanwhile, and <see cref="DuplicateWriteException"/> when another unique key was.
    /// </summary>
    Task<IReadOnlyList<long>> CommitAsync(CancellationToken cancellationToken);
}
