using CollabBot.Conversations.Messages;

namespace CollabBot.Conversations.Delivery;

/// <summary>
/// An outbox row claimed for delivery. <paramref name="OriginalPlatformMessageId"/> is the platform's id of the
/// message this one updates (<see cref="OutboxEntry.UpdatesMessageId"/>), when that one was delivered.
/// </summary>
public sealed record PendingMessage(long Id, OutboxEntry Entry, int Attempt, string? OriginalPlatformMessageId = null);
