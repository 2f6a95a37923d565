using CollabBot.Conversations.Messages;

namespace CollabBot.Conversations.Storage;

public enum OutboxStatus
{
    Pending,
    Sent,
    Parked,

    /// <summary>Never sent: what it was for went away (a check-in schedule changed or stopped).</summary>
    Cancelled,
}

/// <summary>An outbox row as operators and the Playground see it.</summary>
/// <param name="DeliveredSeq">Position in its platform's delivery order, once delivered (compare positions within one platform only).</param>
public sealed record DeliveredMessage(long Id, OutboxEntry Entry, OutboxStatus Status, string? PlatformMessageId, string? LastError, DateTimeOffset CreatedAt, long? DeliveredSeq = null);
