namespace CollabBot.Conversations.Retention;

/// <summary>
/// What the inbox and the outbox keep once the work is done: handled turns (their keys stop a repeated delivery) and
/// delivered replies to turns. Scheduled messages are kept, because their keys also say "already sent" (a member is
/// asked about celebrations once; a phase's overrun is announced once).
/// </summary>
public interface IDeliveryHistory
{
    /// <summary>Deletes up to <paramref name="batch"/> handled turns completed before <paramref name="handledBefore"/>, or parked before <paramref name="parkedBefore"/>; returns how many.</summary>
    Task<int> PruneTurnsAsync(DateTimeOffset handledBefore, DateTimeOffset parkedBefore, int batch, CancellationToken cancellationToken);

    /// <summary>Deletes up to <paramref name="batch"/> replies to turns sent before <paramref name="sentBefore"/>, or parked before <paramref name="parkedBefore"/>; returns how many.</summary>
    Task<int> PruneTurnRepliesAsync(DateTimeOffset sentBefore, DateTimeOffset parkedBefore, int batch, CancellationToken cancellationToken);
}
