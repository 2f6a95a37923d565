using CollabBot.Conversations.Messages;
using CollabBot.Domain;

namespace CollabBot.Conversations.Delivery;

/// <summary>Hands one outbox message to its platform. One implementation per platform, in its adapter.</summary>
public interface IChannelSender
{
    Platform Platform { get; }

    /// <summary>
    /// Sends the message. Must not throw for platform answers: map them to a <see cref="DeliveryOutcome"/>.
    /// The outbox owns retries, so a sender makes one attempt (it may wait out a short Retry-After itself).
    /// </summary>
    Task<DeliveryOutcome> SendAsync(PendingMessage message, CancellationToken cancellationToken);
}
