namespace CollabBot.Domain.Participation;

/// <summary>
/// One compact participation event: who, where, what kind, when. No content is kept. <see cref="Day"/> is the UTC day it
/// counts in: the daily totals the scans read are summed by it.
/// </summary>
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
        Day = DayOf(at);
    }

    public long Id { get; private set; }
    public Guid CollaborationId { get; private set; }
    public Guid MemberId { get; private set; }
    public ParticipationKind Kind { get; private set; }
    public DateTimeOffset At { get; private set; }
    public DateTimeOffset Day { get; private set; }

    /// <summary>Midnight UTC of the day an instant falls in.</summary>
    public static DateTimeOffset DayOf(DateTimeOffset at) => new(at.UtcDateTime.Date, TimeSpan.Zero);
}
