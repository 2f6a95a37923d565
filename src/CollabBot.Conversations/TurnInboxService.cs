using System.Diagnostics;
using System.Collections.Concurrent;
using CollabBot.Conversations.Storage;
using CollabBot.Conversations.Turns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CollabBot.Conversations;

/// <summary>
/// Handles turns that adapters accepted durably and acknowledged before the work was done. A round claims a
/// batch, runs different conversations side by side and the turns of one conversation in the order they
/// arrived. A handled turn's commit completes its inbox row; the repeats (handled before) are completed in one write.
/// While the ingress is busy and the worker keeps up with it (<see cref="IngressPressure"/>) it handles one turn at a
/// time and rests after each, so accepting turns keeps the CPU; once it falls behind it runs at full speed again.
/// </summary>
public sealed partial class TurnInboxService(
    IServiceScopeFactory scopes, ConversationEngine engine, TurnInboxSignal signal, IngressPressure ingress, IOptions<ConversationOptions> options, CollabMetrics metrics, ILogger<TurnInboxService> logger) : BackgroundService
{
    private const int BatchSize = 256;
    // 32 rather than 8: more turns reach each group commit (Teams drain, 3 alternating rounds: median 2,774 replies a
    // second against 2,520, paired x1.04).
    private const int ConversationsAtOnce = 32;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await DrainAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(ex, "Turn inbox round failed; the turns stay in the inbox and are retried");
            }

            await signal.WaitAsync(TimeSpan.FromSeconds(1), stoppingToken);
        }
    }

    public async Task DrainAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            var inbox = scope.ServiceProvider.GetRequiredService<ITurnInbox>();
            var claimed = await inbox.ClaimAsync(BatchSize, options.Value.InboxLease, cancellationToken);
            if (claimed.Count == 0)
            {
                return;
            }

            var repeats = new ConcurrentBag<long>();
            var conversations = claimed.GroupBy(c => c.Turn.Where with { ThreadId = null });
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = ingress.ShouldYield(BackgroundStage.Turns) ? 1 : ConversationsAtOnce, CancellationToken = cancellationToken };
            await Parallel.ForEachAsync(conversations, parallel, (conversation, token) => HandleInOrderAsync(inbox, [.. conversation], repeats, token));
            await inbox.CompleteAsync(repeats, cancellationToken);
        }
    }

    private async ValueTask HandleInOrderAsync(
        ITurnInbox inbox, IReadOnlyList<(long Id, InboundTurn Turn)> conversation, ConcurrentBag<long> repeats, CancellationToken cancellationToken)
    {
        for (var i = 0; i < conversation.Count; i++)
        {
            var (id, turn) = conversation[i];
            try
            {
                var started = Stopwatch.GetTimestamp();
                // The inbox row, completed by the turn's commit, makes a second run of the same turn a no-op.
                var result = await engine.HandleAsync(turn, id, cancellationToken);
                if (result.Duplicate)
                {
                    repeats.Add(id);
                }

                ingress.Done(BackgroundStage.Turns);
                await ingress.RestAfterAsync(BackgroundStage.Turns, Stopwatch.GetElapsedTime(started), cancellationToken);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                // The rest of this conversation waits too, so the retry keeps the order.
                LogTurnFailed(ex, turn.DedupKey);
                await CountFailureAsync(inbox, id, turn, [.. conversation.Skip(i + 1).Select(c => c.Id)], ex, cancellationToken);
                return;
            }
        }
    }

    /// <summary>
    /// Only a failing turn pays for this write. The database being away is not the turn's fault: it waits for its lease
    /// as before. Any other failure counts; the third parks the turn and tells the person.
    /// </summary>
    private async Task CountFailureAsync(ITurnInbox inbox, long id, InboundTurn turn, IReadOnlyList<long> later, Exception failure, CancellationToken cancellationToken)
    {
        if (TurnFailures.IsTransient(failure))
        {
            return;
        }

        try
        {
            var parked = await inbox.FailAsync(
                id, later, TurnFailures.Reason(failure), TurnFailures.MaxAttempts, options.Value.TurnRetryDelay,
                TurnFailures.Notice(TurnInput.Clean(turn), new TurnRecord(turn.DedupKey, id)), cancellationToken);
            if (parked)
            {
                metrics.TurnParked(turn.Where.Platform);
                LogTurnParked(turn.DedupKey, TurnFailures.MaxAttempts);
            }
            else
            {
                signal.Notify();
            }
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogCountFailed(ex, turn.DedupKey);
        }
    }

    [LoggerMessage(LogLevel.Error, "Turn {DedupKey} failed; it and the later turns of its conversation stay in the inbox and are retried")]
    private partial void LogTurnFailed(Exception exception, string dedupKey);

    [LoggerMessage(LogLevel.Error, "Turn {DedupKey} failed {Attempts} times and is parked; the person was told, GET /ops/turns/parked lists it")]
    private partial void LogTurnParked(string dedupKey, int attempts);

    [LoggerMessage(LogLevel.Warning, "The failed attempt of turn {DedupKey} could not be counted; the turn is retried when its lease runs out")]
    private partial void LogCountFailed(Exception exception, string dedupKey);
}
