namespace CollabBot.Domain.Digests;

/// <summary>
/// A collaboration's weekly digest goes to a target conversation (a coordinators' channel) on a schedule.
/// Collaborations with the same target and schedule share one digest that lists them all (DOMAIN.md §7).
/// With a <see cref="RecipientUserId"/> the digest goes privately to that person instead (`digest to me ...`).
/// </summary>
public sealed class DigestSubscription
{
    private DigestSubscription()
    {
        TargetConversationId = "";
        Cron = "";
        TimeZoneId = "";
    }

    public DigestSubscription(Guid collaborationId, Guid workspaceId, string targetConversationId, string cron, string timeZoneId, DateTimeOffset createdAt, string? recipientUserId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(targetConversationId);
        CollaborationId = collaborationId;
        WorkspaceId = workspaceId;
        TargetConversationId = targetConversationId;
        Cron = cron;
        TimeZoneId = timeZoneId;
        CreatedAt = createdAt;
        RecipientUserId = recipientUserId;
    }

    public Guid CollaborationId { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public string TargetConversationId { get; private set; }
    public string Cron { get; private set; }
    public string TimeZoneId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The person the digest goes to by direct message; null for a shared channel.</summary>
    public string? RecipientUserId { get; private set; }

    /// <summary>Subscriptions with the same key get one digest together.</summary>
    public (Guid WorkspaceId, string Target, string? Recipient) TargetKey => (WorkspaceId, TargetConversationId, RecipientUserId);
}
