namespace CollabBot.Conversations;

/// <summary>What handling a turn produced: the outbox ids of the replies, or that it was a repeat.</summary>
/// <param name="Refused">The command was refused (bad input, not allowed): its only reply says why.</param>
public sealed record TurnResult(bool Duplicate, IReadOnlyList<long> OutboxIds, bool Refused = false)
{
    public static readonly TurnResult Repeat = new(true, []);
}
