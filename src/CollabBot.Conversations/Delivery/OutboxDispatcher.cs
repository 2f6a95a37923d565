using CollabBot.Conversations.Storage;
using CollabBot.Conversations.Turns;
using CollabBot.Domain;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CollabBot.Conversations.Delivery;

/// <summary>
/// Drains the outbox of one platform through its sender: records delivery, retries failures with
/// exponential backoff (or the platform's Retry-After) and parks what cannot be delivered, with the reason.
/// </summary>
public sealed partial class OutboxDispatcher(
    IEnumerable<IChannelSender> senders, IOutboxStore outbox, TimeProvider clock, IOptions<OutboxOptions> options, CollabMetrics metrics, ILogger<OutboxDispatcher> logger)
{
    private readonly Dictionary<Platform, IChannelSender> _senders = senders.ToDictionary(s => s.Platform);

    // Within one host, one round per platform at a time: a caller that dispatches inline (the Playground) then
    // knows every due message was handed over when it returns. Across hosts, the outbox leases keep claims apart.
    private readonly Dictionary<Platform, SemaphoreSlim> _rounds = senders.ToDictionary(s => s.Platform, _ => new SemaphoreSlim(1, 1));

    public IReadOnlyCollection<Platform> Platforms => _senders.Keys;

    /// <summary>Sends every due message of the platform; returns how many were handed to it.</summary>
    public async Task<int> DispatchDueAsync(Platform platform, CancellationToken cancellationToken)
    {
        if (!_senders.TryGetValue(platform, out var sender))
        {
            return 0;
        }

        await _rounds[platform].WaitAsync(cancellationToken);
        try
        {
            var total = 0;
            while (true)
            {
                // Taken before the claim: the lease counts from the store's "now", which precedes a slow claim.
                var claimedAt = clock.GetUtcNow();
                var batch = await outbox.ClaimDueAsync(platform, options.Value.BatchSize, options.Value.Lease, cancellationToken);
                if (batch.Count == 0)
                {
                    return total;
                }

                foreach (var message in batch)
                {
                    // The claim is ours only for the lease: past half of it, another host may already hold these rows.
                    if (clock.GetUtcNow() - claimedAt > options.Value.Lease / 2)
                    {
                        break;
                    }

                    await DeliverAsync(sender, message, cancellationToken);
                }

                total += batch.Count;
            }
        }
        finally
        {
            _rounds[platform].Release();
        }
    }

    private async Task DeliverAsync(IChannelSender sender, PendingMessage message, CancellationToken cancellationToken)
    {
        using var correlation = logger.BeginCorrelationScope(message.Entry.CorrelationId);
        DeliveryOutcome outcome;
        try
        {
            outcome = await sender.SendAsync(message, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            outcome = new DeliveryOutcome.Retry(ex.GetType().Name);
        }

        switch (outcome)
        {
            case DeliveryOutcome.Sent sent:
                await outbox.MarkSentAsync(message.Id, sent.PlatformMessageId, cancellationToken);
                metrics.Delivery(sender.Platform, "sent");
                LogSent(message.Id, sender.Platform);
                break;
            case DeliveryOutcome.Retry retry when message.Attempt < options.Value.MaxAttempts:
                var wait = retry.After ?? Backoff(message.Attempt);
                await outbox.MarkRetryAsync(message.Id, retry.Reason, clock.GetUtcNow() + wait, cancellationToken);
                metrics.Delivery(sender.Platform, retry.After is null ? "retried" : "throttled");
                LogRetry(message.Id, sender.Platform, retry.Reason, wait);
                break;
            case DeliveryOutcome.Retry retry:
                await outbox.MarkParkedAsync(message.Id, $"gave up after {message.Attempt} attempts: {retry.Reason}", cancellationToken);
                metrics.Delivery(sender.Platform, "parked");
                LogParked(message.Id, sender.Platform, retry.Reason);
                break;
            case DeliveryOutcome.Undeliverable undeliverable:
                await outbox.MarkParkedAsync(message.Id, undeliverable.Reason, cancellationToken);
                metrics.Delivery(sender.Platform, "parked");
                LogParked(message.Id, sender.Platform, undeliverable.Reason);
                break;
        }
    }

    /// <summary>1 s, 2 s, 4 s ... capped at 5 minutes, with up to 20 % jitter so hosts do not retry in step.</summary>
    private static TimeSpan Backoff(int attempt)
    {
        var seconds = Math.Min(300, Math.Pow(2, Math.Max(0, attempt - 1)));
        return TimeSpan.FromSeconds(seconds * (1 + Random.Shared.NextDouble() * 0.2));
    }

    [LoggerMessage(LogLevel.Debug, "Outbox message {MessageId} sent via {Platform}")]
    private partial void LogSent(long messageId, Platform platform);

    [LoggerMessage(LogLevel.Warning, "Outbox message {MessageId} via {Platform} will be retried in {Wait}: {Reason}")]
    private partial void LogRetry(long messageId, Platform platform, string reason, TimeSpan wait);

    [LoggerMessage(LogLevel.Error, "Outbox message {MessageId} via {Platform} parked: {Reason}")]
    private partial void LogParked(long messageId, Platform platform, string reason);
}
