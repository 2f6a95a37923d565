namespace CollabBot.Persistence.Turns;

/// <summary>A turn an adapter accepted and acknowledged, waiting to be handled.</summary>
public sealed class InboxTurn
{
    public long Id { get; set; }
    public required string DedupKey { get; set; }
    public required string TurnJson { get; set; }
    public DateTimeOffset AcceptedAt { get; set; }
    public DateTimeOffset? LeaseUntil { get; set; }
    public Guid? LeaseOwner { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
}
