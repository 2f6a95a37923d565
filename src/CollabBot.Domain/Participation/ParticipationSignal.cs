namespace CollabBot.Domain.Participation;

/// <summary>One compact participation event: who, where, what kind, when. No content is kept.</summary>
public sealed class ParticipationSignal
{
    private ParticipationSignal()
    {
    }

    public ParticipationSignal(Guid collaborationId, Guid memberId, ParticipationKind kind, DateTimeOffset at)
    {
        CollaborationId = collaborationId;
        MemberId = memberId;
        Kind = kind;
        At = at;
    }

    public long Id { get; private set; }
    public Guid CollaborationId { get; private set; }
    public Guid MemberId { get; private set; }
    public ParticipationKind Kind { get; private set; }
    public DateTimeOffset At { get; private set; }
}
