using CollabBot.Conversations.Delivery;
using CollabBot.Domain;

namespace CollabBot.Channels.Playground;

/// <summary>Delivering to the Playground is recording delivery: the page reads the outbox itself.</summary>
public sealed class PlaygroundSender : IChannelSender
{
    public Platform Platform => Platform.Playground;

    public Task<DeliveryOutcome> SendAsync(PendingMessage message, CancellationToken cancellationToken) =>
        Task.FromResult<DeliveryOutcome>(new DeliveryOutcome.Sent($"pg-{message.Id}"));
}
