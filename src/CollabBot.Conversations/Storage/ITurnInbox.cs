using CollabBot.Conversations.Turns;

namespace CollabBot.Conversations.Storage;

/// <summary>
/// Durable acceptance of turns for adapters that must acknowledge before the work is done (Slack's 3 s).
/// A turn is accepted once per <see cref="InboundTurn.DedupKey"/>; a background worker handles it later.
/// </summary>
public interface ITurnInbox
{
    /// <summary>Stores the turn durably. Returns false when a turn with the same key was accepted before.</summary>
    Task<bool> AcceptAsync(InboundTurn turn, CancellationToken cancellationToken);

    Task<IReadOnlyList<(long Id, InboundTurn Turn)>> ClaimAsync(int max, TimeSpan lease, CancellationToken cancellationToken);

    Task CompleteAsync(long id, CancellationToken cancellationToken);
}
