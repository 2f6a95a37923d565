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

    /// <summary>Failed attempts; written only when an attempt fails, so a turn handled at once costs nothing more.</summary>
    public int Attempts { get; set; }

    /// <summary>Why the last attempt failed (the exception, never the turn's text).</summary>
    public string? LastError { get; set; }

    /// <summary>Set when the turn was given up after its last attempt (it is completed then too).</summary>
    public DateTimeOffset? ParkedAt { get; set; }
}
