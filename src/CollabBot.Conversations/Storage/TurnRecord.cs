namespace CollabBot.Conversations.Storage;

/// <summary>
/// What makes a turn happen once: committed with everything the turn changes, and found by a second delivery of it.
/// A turn claimed from the inbox is recorded by its inbox row (<paramref name="InboxId"/>), completed by its commit;
/// a turn whose platform waits for the answer (the Playground, a Teams card action) by its dedup key.
/// </summary>
public readonly record struct TurnRecord(string DedupKey, long? InboxId = null);
