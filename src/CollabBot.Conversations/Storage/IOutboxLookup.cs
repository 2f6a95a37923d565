namespace CollabBot.Conversations.Storage;

/// <summary>
/// Finds the outbox id of a message by its idempotency key, within the current unit of work, so that a later
/// version of a card can point at the first one (<see cref="Messages.OutboxEntry.UpdatesMessageId"/>).
/// </summary>
public interface IOutboxLookup
{
    Task<long?> FindIdAsync(string idempotencyKey, CancellationToken cancellationToken);
}
