namespace CollabBot.Domain.CheckIns;

/// <summary>One check-in: it opens at its scheduled time and closes when the next one opens.</summary>
public sealed class CheckInOccurrence
{
    private List<Guid> _promptedMemberIds = [];

    private CheckInOccurrence()
    {
    }

    public CheckInOccurrence(Guid collaborationId, DateTimeOffset scheduledAt, DateTimeOffset closesAt, DateTimeOffset remindAt)
    {
        Id = Guid.NewGuid();
        CollaborationId = collaborationId;
        ScheduledAt = scheduledAt;
        ClosesAt = closesAt;
        RemindAt = remindAt;
    }

    public Guid Id { get; private set; }
    public Guid CollaborationId { get; private set; }
    public DateTimeOffset ScheduledAt { get; private set; }
    public DateTimeOffset ClosesAt { get; private set; }
    public DateTimeOffset RemindAt { get; private set; }

    /// <summary>Who was asked: members away or not yet in the team are neither reminded nor counted as missing.</summary>
    public IReadOnlyList<Guid> PromptedMemberIds => _promptedMemberIds;

    public bool IsOpen(DateTimeOffset now) => now >= ScheduledAt && now < ClosesAt;

    /// <summary>No reminder for this check-in any more (its schedule changed or stopped); it stays open for answers.</summary>
    public void StopReminders() => RemindAt = ClosesAt;

    public void Prompted(Guid memberId)
    {
        if (!_promptedMemberIds.Contains(memberId))
        {
            _promptedMemberIds = [.. _promptedMemberIds, memberId];
        }
    }
}
