using CollabBot.Conversations.Messages;

namespace CollabBot.Conversations.Delivery;

/// <summary>An outbox row claimed for delivery.</summary>
public sealed record PendingMessage(long Id, OutboxEntry Entry, int Attempt);
