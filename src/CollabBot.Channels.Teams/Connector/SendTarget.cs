using CollabBot.Channels.Teams.Schema;
using CollabBot.Conversations.Delivery;

namespace CollabBot.Channels.Teams.Connector;

/// <summary>Where a message goes on the Connector, or why it cannot go anywhere.</summary>
internal sealed record SendTarget(string? ServiceUrl, string? ConversationId, ChannelAccount? Bot, string? UnreachableKey, DeliveryOutcome? Failure)
{
    public static SendTarget Fail(string reason) => new(null, null, null, null, new DeliveryOutcome.Undeliverable(reason));

    public static SendTarget Outcome(DeliveryOutcome outcome) => new(null, null, null, null, outcome);
}
