namespace CollabBot.Persistence.Turns;

/// <summary>A turn that was handled; its key makes a repeated delivery a no-op.</summary>
public sealed class HandledTurn
{
    public required string DedupKey { get; set; }
    public DateTimeOffset HandledAt { get; set; }
}
