using CollabBot.Domain.Collaborations;

namespace CollabBot.Domain.ProcessMap;

/// <summary>One cell of the process map: who takes part in which phase, and how.</summary>
public sealed class ProcessMapEntry
{
    private ProcessMapEntry()
    {
    }

    public ProcessMapEntry(Guid collaborationId, Guid memberId, Phase phase, Involvement involvement)
    {
        Id = Guid.NewGuid();
        CollaborationId = collaborationId;
        MemberId = memberId;
        Phase = phase;
        Involvement = involvement;
    }

    public Guid Id { get; private set; }
    public Guid CollaborationId { get; private set; }
    public Guid MemberId { get; private set; }
    public Phase Phase { get; private set; }
    public Involvement Involvement { get; private set; }

    public void Change(Involvement involvement) => Involvement = involvement;
}
