namespace CollabBot.Domain.Collaborations;

/// <summary>One entry in a collaboration's phase history.</summary>
public sealed class PhaseTransition
{
    private PhaseTransition()
    {
    }

    internal PhaseTransition(Guid collaborationId, Phase phase, DateTimeOffset enteredAt, Guid? enteredBy)
    {
        CollaborationId = collaborationId;
        Phase = phase;
        EnteredAt = enteredAt;
        EnteredByMemberId = enteredBy;
    }

    public long Id { get; private set; }
    public Guid CollaborationId { get; private set; }
    public Phase Phase { get; private set; }
    public DateTimeOffset EnteredAt { get; private set; }
    public Guid? EnteredByMemberId { get; private set; }

    internal void ForgetMember() => EnteredByMemberId = null;
}
