using CollabBot.Conversations.Messages;

namespace CollabBot.Conversations;

/// <summary>
/// What handling a turn produced: the outbox ids of the replies, or that it was a repeat. <paramref name="InlineAnswer"/>
/// is the reply that goes back on the turn's own request when its platform waits for it (already recorded as delivered).
/// </summary>
public sealed record TurnResult(bool Duplicate, IReadOnlyList<long> OutboxIds, OutboxEntry? InlineAnswer = null)
{
    public static readonly TurnResult Repeat = new(true, []);
}
