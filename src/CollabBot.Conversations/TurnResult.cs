namespace CollabBot.Conversations;

/// <summary>What handling a turn produced: the outbox ids of the replies, or that it was a repeat.</summary>
public sealed record TurnResult(bool Duplicate, IReadOnlyList<long> OutboxIds)
{
    public static readonly TurnResult Repeat = new(true, []);
}
