using System.Text.Json;
using CollabBot.Conversations;
using CollabBot.Conversations.Messages;

namespace CollabBot.Persistence.Outbox;

/// <summary>The outbox row a new message is written as: pending, due at once or at its <see cref="OutboxEntry.NotBefore"/>.</summary>
internal static class NewOutboxRow
{
    public static OutboxRow For(OutboxEntry entry, DateTimeOffset now) => new()
    {
        IdempotencyKey = entry.IdempotencyKey,
        Platform = entry.To.Platform,
        WorkspaceId = entry.To.WorkspaceId,
        ConversationId = entry.To.ConversationId,
        RecipientUserId = entry.RecipientUserId,
        Unsolicited = entry.Unsolicited,
        PayloadJson = JsonSerializer.Serialize(entry, CollabJson.Options),
        CreatedAt = now,
        NextAttemptAt = entry.NotBefore is { } notBefore && notBefore > now ? notBefore : now,
    };
}
