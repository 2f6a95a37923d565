namespace CollabBot.Domain.Participation;

/// <summary>
/// That the bot alerted someone about a member, nudged them, escalated, or saw them recover: the memory behind the
/// rolling limits of <see cref="FadeAlertPolicy"/>. Names no one but the member it is about; erased with them. A
/// <see cref="SignalKind.TeamNote"/> is about the whole team and has an empty member id.
/// </summary>
public sealed class SignalRecord
{
    private SignalRecord()
    {
    }

    public SignalRecord(Guid collaborationId, Guid memberId, SignalKind kind, DateTimeOffset at)
    {
        CollaborationId = collaborationId;
        MemberId = memberId;
        Kind = kind;
        At = at;
    }

    public long Id { get; private set; }
    public Guid CollaborationId { get; private set; }
    public Guid MemberId { get; private set; }
    public SignalKind Kind { get; private set; }
    public DateTimeOffset At { get; private set; }
}
