using CollabBot.Conversations.Turns;

namespace CollabBot.Conversations.Storage;

/// <summary>
/// Durable acceptance of turns for adapters that must acknowledge before the work is done (Slack's 3 s).
/// A turn is accepted once per <see cref="InboundTurn.DedupKey"/>; a background worker handles it later.
/// </summary>
public interface ITurnInbox
{
    /// <summary>
    /// Stores the turn durably; the task completes only once it is stored. Returns false when a turn with the
    /// same key was accepted before, or concurrently (exactly one of several concurrent accepts of a key gets true).
    /// </summary>
    Task<bool> AcceptAsync(InboundTurn turn, CancellationToken cancellationToken) => AcceptAsync(turn, [], cancellationToken);

    /// <summary>
    /// As <see cref="AcceptAsync(InboundTurn, CancellationToken)"/>, and sets the given adapter state entries in the
    /// same transaction (whether or not the turn was a repeat), so the turn is never handled without them.
    /// </summary>
    Task<bool> AcceptAsync(InboundTurn turn, IReadOnlyList<ChannelStateWrite> alongside, CancellationToken cancellationToken);

    Task<IReadOnlyList<(long Id, InboundTurn Turn)>> ClaimAsync(int max, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>
    /// True when <see cref="ClaimAsync"/> leaves out (and completes) turns already handled, so the engine may skip its
    /// own handled check on a turn's first attempt; the turn's record (its inbox row, completed by its commit) still
    /// stops a second run.
    /// </summary>
    bool ClaimLeavesOutHandledTurns => false;

    /// <summary>Marks claimed turns as handled, in one write.</summary>
    Task CompleteAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken);
}
