using CollabBot.Conversations;
using CollabBot.Conversations.Delivery;
using CollabBot.Conversations.Storage;
using CollabBot.Conversations.Turns;
using CollabBot.Domain;

namespace CollabBot.Channels.Playground;

/// <summary>Runs a Playground turn and delivers its replies at once, so the API can answer with them.</summary>
public sealed class PlaygroundDelivery(OutboxDispatcher dispatcher, IOutboxStore outbox)
{
    public async Task<IReadOnlyList<PlaygroundMessage>> HandleAsync(ConversationEngine engine, InboundTurn turn, CancellationToken cancellationToken)
    {
        var result = await engine.HandleAsync(turn, cancellationToken);
        if (result.OutboxIds.Count == 0)
        {
            return [];
        }

        await dispatcher.DispatchDueAsync(Platform.Playground, cancellationToken);
        var messages = await outbox.GetAsync(result.OutboxIds, cancellationToken);
        return messages.Select(PlaygroundMessage.From).ToList();
    }
}
