namespace CollabBot.Domain.Network;

/// <summary>That the bot announced the team's network stage, with the evidence it gave: the latest one is the stage the team knows.</summary>
public sealed class StageChange
{
    public const int MaxEvidenceLength = 2000;

    private StageChange()
    {
        Evidence = "";
    }

    public StageChange(Guid collaborationId, NetworkStage stage, string evidence, DateTimeOffset at)
    {
        CollaborationId = collaborationId;
        Stage = stage;
        Evidence = evidence.Length <= MaxEvidenceLength ? evidence : evidence[..MaxEvidenceLength];
        At = at;
    }

    public long Id { get; private set; }
    public Guid CollaborationId { get; private set; }
    public NetworkStage Stage { get; private set; }
    public string Evidence { get; private set; }
    public DateTimeOffset At { get; private set; }
}
