using CollabBot.Domain.Participation;

namespace CollabBot.Domain.Retention;

/// <summary>
/// An anonymous aggregate of raw participation signals past their retention: how many of one kind a collaboration
/// saw in one calendar month (UTC). No member is named; the digest's long-term counts read these.
/// </summary>
public sealed class SignalTally
{
    private SignalTally()
    {
    }

    public SignalTally(Guid collaborationId, ParticipationKind kind, DateOnly month, int count)
    {
        CollaborationId = collaborationId;
        Kind = kind;
        Month = new DateOnly(month.Year, month.Month, 1);
        Count = count;
    }

    public long Id { get; private set; }
    public Guid CollaborationId { get; private set; }
    public ParticipationKind Kind { get; private set; }
    public DateOnly Month { get; private set; }
    public int Count { get; private set; }

    public void Add(int count) => Count += count;

    /// <summary>The month a signal counts in.</summary>
    public static DateOnly MonthOf(DateTimeOffset at) => new(at.UtcDateTime.Year, at.UtcDateTime.Month, 1);
}
