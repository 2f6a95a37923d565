using CollabBot.Conversations.Messages;

namespace CollabBot.Conversations;

/// <summary>
/// What handling a turn produced: the outbox ids of the replies, or that it was a repeat. <paramref name="InlineAnswer"/>
/// is the reply that goes back on the turn's own request when its platform waits for it (already recorded as delivered).
/// </summary>
/// <param name="Refused">The command was refused (bad input, not allowed): its only reply says why.</param>
public sealed record TurnResult(bool Duplicate, IReadOnlyList<long> OutboxIds, OutboxEntry? InlineAnswer = null, bool Refused = false)
{
    public static readonly TurnResult Repeat = new(true, []);
}
