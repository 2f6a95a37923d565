using CollabBot.Conversations.Messages;
using CollabBot.Domain;

namespace CollabBot.Conversations.Delivery;

/// <summary>
/// Delivery's port on the outbox's commits, implemented by delivery (<see cref="OutboxHandoff"/>) and called by whatever
/// commits outbox rows. Before a turn's commit, delivery says which of its new messages this host's dispatcher takes
/// straight from the commit (<see cref="TryLease"/>: they are written leased to it); after any commit it hears what was
/// written (<see cref="Committed"/>), and wakes the dispatcher.
/// </summary>
public interface IOutboxCommits
{
    /// <summary>
    /// The lease to write a turn's new message with when this host's dispatcher takes it from the commit, or null when
    /// the message is to be claimed from the outbox. Every lease given ends in <see cref="Committed"/> (the message was
    /// written) or <see cref="Released"/> (it was not). <paramref name="dueNow"/>: whether the message is due now in its
    /// platform's time (the Playground keeps its own clock).
    /// </summary>
    OutboxLease? TryLease(OutboxEntry entry, bool dueNow);

    /// <summary>A commit wrote these messages (with the leases given for them, if any).</summary>
    void Committed(IReadOnlyList<CommittedMessage> written);

    /// <summary>A lease given for a message that was not written (its commit failed, or its key was stored already).</summary>
    void Released(OutboxLease lease);
}

/// <summary>The lease a message is written with when it is handed straight to this host's dispatcher for its platform.</summary>
public readonly record struct OutboxLease(Platform Platform, Guid Owner, DateTimeOffset Until);

/// <summary>A message a commit wrote: its outbox id, and the lease it was written with when it is handed over.</summary>
public readonly record struct CommittedMessage(long Id, OutboxEntry Entry, OutboxLease? Lease = null);
