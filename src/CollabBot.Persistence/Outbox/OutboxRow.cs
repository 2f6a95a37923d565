using CollabBot.Conversations.Storage;
using CollabBot.Domain;

namespace CollabBot.Persistence.Outbox;

/// <summary>One message the bot is sending or has sent. The payload is the neutral message as JSON.</summary>
public sealed class OutboxRow
{
    public long Id { get; set; }
    public required string IdempotencyKey { get; set; }
    public Platform Platform { get; set; }
    public required string WorkspaceId { get; set; }
    public required string ConversationId { get; set; }
    public string? RecipientUserId { get; set; }
    public bool Unsolicited { get; set; }
    public required string PayloadJson { get; set; }
    public OutboxStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public DateTimeOffset? LeaseUntil { get; set; }
    public Guid? LeaseOwner { get; set; }
    public DateTimeOffset? SentAt { get; set; }

    /// <summary>Position in delivery order per database; the Playground's outbox cursor. Deferred messages take their place when delivered.</summary>
    public long? DeliveredSeq { get; set; }
    public string? PlatformMessageId { get; set; }
    public string? LastError { get; set; }
}
