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

    /// <summary>Claims as <paramref name="owner"/>, so the claimer can renew its leases while it works through them.</summary>
    Task<IReadOnlyList<PendingMessage>> ClaimDueAsync(Platform platform, int max, TimeSpan lease, Guid owner, CancellationToken cancellationToken);

    /// <summary>Extends the leases <paramref name="owner"/> still holds on these rows.</summary>
    Task RenewLeasesAsync(Guid owner, IReadOnlyCollection<long> ids, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>Records many deliveries in one write; delivery positions follow the order given.</summary>
    Task MarkSentAsync(IReadOnlyList<(long Id, string PlatformMessageId)> sent, CancellationToken cancellationToken);

    /// <summary>
    /// Gives claimed rows back untried (throttled, or queued behind a message that failed): due again at
    /// <paramref name="notBefore"/>, and the claim does not count as an attempt.
    /// </summary>
    Task DeferAsync(IReadOnlyCollection<long> ids, DateTimeOffset notBefore, CancellationToken cancellationToken);

    /// <summary>Parked messages (never deliverable, or out of attempts), newest first, for operators.</summary>
    Task<IReadOnlyList<DeliveredMessage>> ListParkedAsync(int max, CancellationToken cancellationToken);

    Task MarkSentAsync(long id, string platformMessageId, CancellationToken cancellationToken);

    Task MarkRetryAsync(long id, string reason, DateTimeOffset notBefore, CancellationToken cancellationToken);

    Task MarkParkedAsync(long id, string reason, CancellationToken cancellationToken);

    /// <summary>Delivered messages of one platform in delivery order, after the position <paramref name="afterId"/> (a <see cref="DeliveredMessage.DeliveredSeq"/>).</summary>
    Task<IReadOnlyList<DeliveredMessage>> ListDeliveredAsync(Platform platform, long afterId, int max, CancellationToken cancellationToken);

    Task<IReadOnlyList<DeliveredMessage>> GetAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken);
}
