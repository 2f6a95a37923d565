namespace CollabBot.Domain.Digests;

/// <summary>
/// A collaboration's weekly digest goes to a target conversation (a coordinators' channel) on a schedule.
/// Collaborations with the same target and schedule share one digest that lists them all (DOMAIN.md §7).
/// </summary>
public sealed class DigestSubscription
{
    private DigestSubscription()
    {
        TargetConversationId = "";
        Cron = "";
        TimeZoneId = "";
    }

    public DigestSubscription(Guid collaborationId, Guid workspaceId, string targetConversationId, string cron, string timeZoneId, DateTimeOffset createdAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(targetConversationId);
        CollaborationId = collaborationId;
        WorkspaceId = workspaceId;
        TargetConversationId = targetConversationId;
        Cron = cron;
        TimeZoneId = timeZoneId;
        CreatedAt = createdAt;
    }

    public Guid CollaborationId { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public string TargetConversationId { get; private set; }
    public string Cron { get; private set; }
    public string TimeZoneId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
}
