using CollabBot.Conversations.Turns;

namespace CollabBot.Conversations.Storage;

/// <summary>
/// Durable acceptance of turns for adapters that must acknowledge before the work is done (Slack's 3 s).
/// A turn is accepted once per <see cref="InboundTurn.DedupKey"/>; a background worker handles it later.
/// </summary>
public interface ITurnInbox
{
    /// <summary>
    /// Stores the turn durably, with everything it carries (its <see cref="InboundTurn.Origin"/> too); the task completes
    /// only once it is stored. Returns false when a turn with the same key was accepted before, or concurrently (exactly
    /// one of several concurrent accepts of a key gets true).
    /// </summary>
    Task<bool> AcceptAsync(InboundTurn turn, CancellationToken cancellationToken);

    /// <summary>
    /// Claims up to <paramref name="max"/> turns for <paramref name="lease"/>, oldest first. A claim hands out only turns
    /// not handled yet (one found handled, by a host that stopped before completing it, is completed and left out), so
    /// the unit of work need not ask again; a turn's commit completes its row only if no one else did.
    /// </summary>
    Task<IReadOnlyList<(long Id, InboundTurn Turn)>> ClaimAsync(int max, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>Marks claimed turns as handled, in one write.</summary>
    Task CompleteAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken);

    /// <summary>
    /// Counts a failed attempt of a claimed turn (only failing turns pay this write). Before <paramref name="maxAttempts"/>
    /// the turn and the conversation's later turns (<paramref name="laterIds"/>, claimed with it) wait
    /// <paramref name="retryDelay"/> after the first failure and four times as long after each later one, so they run again in order; at the last attempt the turn is parked with
    /// <paramref name="reason"/>: completed (a repeated delivery is a no-op), kept for operators, and
    /// <paramref name="notice"/> goes to the person in the same transaction; the later turns are free at once.
    /// Returns whether it was parked.
    /// </summary>
    Task<bool> FailAsync(
        long id, IReadOnlyList<long> laterIds, string reason, int maxAttempts, TimeSpan retryDelay, Messages.OutboxEntry? notice, CancellationToken cancellationToken);

    /// <summary>Parked turns, newest first, without their content.</summary>
    Task<IReadOnlyList<ParkedTurn>> ListParkedAsync(int max, CancellationToken cancellationToken);
}

/// <summary>A turn that failed every attempt: where it came from and why, never what was typed.</summary>
public sealed record ParkedTurn(
    long Id, Domain.Platform Platform, string Workspace, string Conversation, string User, int Attempts, string? Reason, DateTimeOffset AcceptedAt, DateTimeOffset? ParkedAt);
