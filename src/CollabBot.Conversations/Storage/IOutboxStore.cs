using CollabBot.Conversations.Delivery;
using CollabBot.Domain;

namespace CollabBot.Conversations.Storage;

/// <summary>The dispatcher's view of the outbox.</summary>
public interface IOutboxStore
{
    /// <summary>
    /// Claims up to <paramref name="max"/> due messages of a platform for <paramref name="lease"/>, oldest first.
    /// A claim is exclusive across hosts until the lease runs out.
    /// </summary>
    Task<IReadOnlyList<PendingMessage>> ClaimDueAsync(Platform platform, int max, TimeSpan lease, CancellationToken cancellationToken);

    Task MarkSentAsync(long id, string platformMessageId, CancellationToken cancellationToken);

    Task MarkRetryAsync(long id, string reason, DateTimeOffset notBefore, CancellationToken cancellationToken);

    Task MarkParkedAsync(long id, string reason, CancellationToken cancellationToken);

    /// <summary>Delivered messages of one platform in delivery order, after the position <paramref name="afterId"/> (a <see cref="DeliveredMessage.DeliveredSeq"/>).</summary>
    Task<IReadOnlyList<DeliveredMessage>> ListDeliveredAsync(Platform platform, long afterId, int max, CancellationToken cancellationToken);

    Task<IReadOnlyList<DeliveredMessage>> GetAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken);
}
