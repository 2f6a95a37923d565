namespace CollabBot.Conversations.Storage;

/// <summary>
/// A commit found its turn's record already there: another host, or another delivery of the same turn, handled it
/// meanwhile. Nothing of the unit was written; the turn is a repeat.
/// </summary>
public sealed class TurnHandledBeforeException(string dedupKey) : Exception($"Turn {dedupKey} was handled before.")
{
    public string DedupKey { get; } = dedupKey;
}
