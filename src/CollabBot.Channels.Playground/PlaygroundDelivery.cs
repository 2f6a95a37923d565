using CollabBot.Conversations;
using CollabBot.Conversations.Delivery;
using CollabBot.Conversations.Storage;
using CollabBot.Conversations.Turns;
using CollabBot.Domain;

namespace CollabBot.Channels.Playground;

/// <summary>Runs a Playground turn and delivers its replies at once, so the API can answer with them.</summary>
public sealed class PlaygroundDelivery(OutboxDispatcher dispatcher, IOutboxStore outbox)
{
    /// <summary>The turn's replies, and whether the command was refused (then its one reply says why).</summary>
    public async Task<(IReadOnlyList<PlaygroundMessage> Replies, bool Refused)> HandleAsync(ConversationEngine engine, InboundTurn turn, CancellationToken cancellationToken)
    {
        var result = await engine.HandleAsync(turn, cancellationToken);
        if (result.OutboxIds.Count == 0)
        {
            return ([], result.Refused);
        }

        await dispatcher.DispatchDueAsync(Platform.Playground, cancellationToken);
        var messages = await outbox.GetAsync(result.OutboxIds, cancellationToken);
        return (messages.Select(PlaygroundMessage.From).ToList(), result.Refused);
    }
}
