using CollabBot.Conversations.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CollabBot.Conversations.Retention;

/// <summary>
/// Hourly: handled turns and delivered replies past their retention leave the inbox and the outbox, in batches, so a
/// host that runs for months carries days of history, not every turn it ever handled.
/// </summary>
public sealed class DeliveryHistoryRetentionJob(
    IServiceScopeFactory scopes, IOptions<RetentionOptions> options, ILogger<DeliveryHistoryRetentionJob> logger) : IRecurringWorkSource
{
    public const string WorkId = "delivery-history-retention";

    /// <summary>Small enough that a batch holds SQLite's write lock for milliseconds, not seconds.</summary>
    public const int Batch = 5000;

    /// <summary>Real time only: a virtual clock running ahead must never prune early.</summary>
    public Task<IReadOnlyList<RecurringWork>> ListAsync(PlatformScope platforms, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<RecurringWork>>(platforms.IsRealTime ? [new RecurringWork(WorkId, "17 * * * *", "UTC")] : []);

    public bool Owns(string workId) => workId == WorkId;

    public async Task RunAsync(string workId, DateTimeOffset occurrence, PlatformScope platforms, CancellationToken cancellationToken)
    {
        if (!platforms.IsRealTime)
        {
            return;
        }

        var settings = options.Value;
        var parkedBefore = occurrence - TimeSpan.FromDays(settings.ParkedDays);
        var turns = await Batches.UntilShortAsync<IDeliveryHistory>(scopes, Batch,
            history => history.PruneTurnsAsync(occurrence - TimeSpan.FromHours(settings.HandledTurnHours), parkedBefore, Batch, cancellationToken));
        var replies = await Batches.UntilShortAsync<IDeliveryHistory>(scopes, Batch,
            history => history.PruneTurnRepliesAsync(occurrence - TimeSpan.FromDays(settings.SentReplyDays), parkedBefore, Batch, cancellationToken));
        if (turns + replies > 0)
        {
            logger.LogInformation("Delivery history at {Occurrence}: {Turns} handled turns and {Replies} delivered replies pruned", occurrence, turns, replies);
        }
    }
}
