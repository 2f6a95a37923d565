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

    /// <summary>
    /// The lane a message travels in: messages of one lane go out one after another in outbox order, lanes side by
    /// side. By default a direct message's lane is its recipient, any other message's its conversation.
    /// </summary>
    string LaneOf(OutboxEntry entry) => entry.Visibility == Visibility.Direct
        ? $"{entry.To.WorkspaceId}/@{entry.RecipientUserId}"
        : $"{entry.To.WorkspaceId}/{entry.To.ConversationId}";
}
