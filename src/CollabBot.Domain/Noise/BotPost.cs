namespace CollabBot.Domain.Noise;

/// <summary>A post the bot made in a team channel on its own (not an answer to a command): what the channel budget counts.</summary>
public sealed class BotPost
{
    private BotPost()
    {
        Kind = "";
    }

    public BotPost(Guid collaborationId, string kind, DateTimeOffset at)
    {
        CollaborationId = collaborationId;
        Kind = kind;
        At = at;
    }

    public long Id { get; private set; }
    public Guid CollaborationId { get; private set; }

    /// <summary>What it was, e.g. "wins", "phase-lacks:Ideate", "catalyst:Urgency".</summary>
    public string Kind { get; private set; }

    public DateTimeOffset At { get; private set; }
}
