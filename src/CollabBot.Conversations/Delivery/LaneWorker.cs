using System.Diagnostics;
using System.Collections.Concurrent;
using CollabBot.Conversations.Storage;
using CollabBot.Conversations.Turns;
using CollabBot.Domain;
using Microsoft.Extensions.Logging;
using Polly;

namespace CollabBot.Conversations.Delivery;

/// <summary>
/// Drains one lane: sends its head, then acts on the outcome. Sent: recorded (batched) and on to the next.
/// Throttled (a 429 or the sender's own pace): the lane waits the Retry-After and tries the same message again,
/// without counting an attempt; other lanes keep going. A failure: the head is retried later with backoff and the
/// rest of the lane is given back untried, so the target's messages keep their order. Undeliverable or out of
/// attempts: parked with the reason. While the ingress is busy, the lane rests after each message (<see cref="IngressPressure"/>).
/// </summary>
internal sealed partial class LaneWorker(
    DispatchRound round, IChannelSender sender, IOutboxStore outbox, OutboxOptions options, TimeProvider clock, CollabMetrics metrics,
    IngressPressure ingress, ILogger logger, ResiliencePipeline writes)
{
    private readonly SemaphoreSlim _slots = new(options.MaxConcurrentSends, options.MaxConcurrentSends);

    // Platform ids of messages sent in this round, for a later version of one of them claimed before its "sent" was written.
    private readonly ConcurrentDictionary<long, string> _sentInRound = new();

    public async Task RunAsync(DeliveryLane lane, CancellationToken cancellationToken)
    {
        var throttled = 0;
        while (round.NextOf(lane) is { } head)
        {
            using var correlation = logger.BeginCorrelationScope(head.Entry.CorrelationId);
            try
            {
                var started = Stopwatch.GetTimestamp();
                var outcome = await SendAsync(WithOriginal(head), cancellationToken);
                if (outcome is DeliveryOutcome.Throttled throttle)
                {
                    throttled++;
                    await WaitOutAsync(lane, head, throttle, throttled, cancellationToken);
                    continue;
                }

                throttled = 0;
                await RecordAsync(lane, head, outcome, cancellationToken);
                ingress.Done(BackgroundStage.Deliveries);
                await ingress.RestAfterAsync(BackgroundStage.Deliveries, Stopwatch.GetElapsedTime(started), cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // The host is stopping; the round gives back what was not tried.
                return;
            }
            catch (Exception ex)
            {
                // Never leave a lane stuck: let go of its messages; their leases run out and they are claimed again.
                LogLaneFailed(ex, sender.Platform, lane.Key);
                round.Finished(round.TakeAll(lane), handedOver: false);
            }
        }
    }

    /// <summary>Whether this round handed the message to the platform (its "sent" may still be waiting for the database).</summary>
    public bool SentInRound(long id) => _sentInRound.ContainsKey(id);

    private PendingMessage WithOriginal(PendingMessage message) =>
        message is { OriginalPlatformMessageId: null, Entry.UpdatesMessageId: { } original } && _sentInRound.TryGetValue(original, out var platformId)
            ? message with { OriginalPlatformMessageId = platformId }
            : message;

    private async Task<DeliveryOutcome> SendAsync(PendingMessage message, CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken);
        try
        {
            return await sender.SendAsync(message, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // A sender maps platform answers itself; anything else (its database away, a bug) is a failed attempt.
            return new DeliveryOutcome.Retry(ex.GetType().Name);
        }
        finally
        {
            _slots.Release();
        }
    }

    private async Task WaitOutAsync(DeliveryLane lane, PendingMessage head, DeliveryOutcome.Throttled throttle, int times, CancellationToken cancellationToken)
    {
        if (!throttle.Local)
        {
            metrics.Delivery(sender.Platform, "throttled");
        }

        // No Retry-After: back off 1 s, 2 s, 4 s ... up to a minute, with jitter.
        var wait = throttle.After ?? TimeSpan.FromSeconds(Math.Min(60, Math.Pow(2, times - 1)) * (1 + Random.Shared.NextDouble() * 0.2));
        if (wait <= options.MaxThrottleHold)
        {
            await Task.Delay(wait, clock, cancellationToken);
            return;
        }

        LogGivenBack(head.Id, sender.Platform, throttle.Reason, wait);
        var all = round.TakeAll(lane);
        await writes.ExecuteAsync(async ct => await outbox.DeferAsync([.. all.Select(m => m.Id)], clock.GetUtcNow() + wait, ct), cancellationToken);
        round.Finished(all, handedOver: false);
    }

    private async Task RecordAsync(DeliveryLane lane, PendingMessage head, DeliveryOutcome outcome, CancellationToken cancellationToken)
    {
        switch (outcome)
        {
            case DeliveryOutcome.Sent sent:
                _sentInRound[head.Id] = sent.PlatformMessageId;
                round.Ledger.Add(head.Id, sent.PlatformMessageId);
                metrics.Delivery(sender.Platform, "sent");
                LogSent(head.Id, sender.Platform);
                Done(lane, head);
                break;
            case DeliveryOutcome.Retry retry when head.Attempt < options.MaxAttempts:
                var notBefore = clock.GetUtcNow() + (retry.After ?? Backoff(head.Attempt));
                var rest = round.TakeAll(lane).Where(m => m.Id != head.Id).ToList();
                await writes.ExecuteAsync(async ct =>
                {
                    await outbox.MarkRetryAsync(head.Id, retry.Reason, notBefore, ct);
                    await outbox.DeferAsync([.. rest.Select(m => m.Id)], notBefore, ct);
                }, cancellationToken);
                metrics.Delivery(sender.Platform, "retried");
                LogRetry(head.Id, sender.Platform, retry.Reason, notBefore - clock.GetUtcNow());
                round.Finished([head, .. rest], handedOver: false);
                break;
            case DeliveryOutcome.Retry retry:
                await ParkAsync(lane, head, $"gave up after {head.Attempt} attempts: {retry.Reason}", cancellationToken);
                break;
            case DeliveryOutcome.Undeliverable undeliverable:
                await ParkAsync(lane, head, undeliverable.Reason, cancellationToken);
                break;
        }
    }

    private async Task ParkAsync(DeliveryLane lane, PendingMessage head, string reason, CancellationToken cancellationToken)
    {
        await writes.ExecuteAsync(async ct => await outbox.MarkParkedAsync(head.Id, reason, ct), cancellationToken);
        metrics.Delivery(sender.Platform, "parked");
        LogParked(head.Id, sender.Platform, reason);
        Done(lane, head);
    }

    private void Done(DeliveryLane lane, PendingMessage head)
    {
        round.Drop(lane);
        round.Finished([head], handedOver: true);
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

    [LoggerMessage(LogLevel.Warning, "Outbox message {MessageId} via {Platform} throttled ({Reason}) for {Wait}; its lane goes back to the outbox until then")]
    private partial void LogGivenBack(long messageId, Platform platform, string reason, TimeSpan wait);

    [LoggerMessage(LogLevel.Error, "Outbox message {MessageId} via {Platform} parked: {Reason}")]
    private partial void LogParked(long messageId, Platform platform, string reason);

    [LoggerMessage(LogLevel.Error, "A {Platform} delivery lane ({Lane}) failed; its messages go back to the outbox")]
    private partial void LogLaneFailed(Exception exception, Platform platform, string lane);
}
