using CollabBot.Conversations.Messages;

namespace CollabBot.Conversations.Storage;

/// <summary>
/// Everything one turn or one job run changes is committed at once: domain state, the record that the
/// turn was handled and the outbox rows. Nothing is half-written.
/// </summary>
public interface IUnitOfWork
{
    /// <summary>False when a turn with this key was already handled (a retried or repeated delivery).</summary>
    Task<bool> TryMarkTurnHandledAsync(string dedupKey, CancellationToken cancellationToken);

    /// <summary>
    /// As <see cref="TryMarkTurnHandledAsync(string, CancellationToken)"/> for a turn claimed from the inbox: its inbox row
    /// is its record, and the commit marks the row completed (conflicting if another host completed it meanwhile), so no
    /// separate record and no separate completion are written. With <paramref name="checkedUnhandled"/> the claim
    /// found the turn unhandled just before, so it is not asked again.
    /// </summary>
    Task<bool> TryMarkInboxTurnHandledAsync(string dedupKey, long inboxId, bool checkedUnhandled, CancellationToken cancellationToken);

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

    /// <summary>Commits. Returns the outbox ids of the messages added in this unit of work, in order.</summary>
    Task<IReadOnlyList<long>> CommitAsync(CancellationToken cancellationToken);
}
