using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace CollabBot.Conversations.Delivery;

/// <summary>
/// Writes about messages already handed to a platform must not be lost while the database restarts: a lost
/// "sent" would let the lease run out and the message go out twice. They are retried until they succeed or
/// the host stops; the lease is renewed meanwhile.
/// </summary>
internal static class OutboxWrites
{
    public static ResiliencePipeline Pipeline(ILogger logger) => new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<Exception>(e => e is not OperationCanceledException),
            MaxRetryAttempts = int.MaxValue,
            BackoffType = DelayBackoffType.Exponential,
            Delay = TimeSpan.FromMilliseconds(200),
            MaxDelay = TimeSpan.FromSeconds(5),
            UseJitter = true,
            OnRetry = args =>
            {
                logger.LogWarning(args.Outcome.Exception, "Recording an outbox outcome failed (attempt {Attempt}); retrying", args.AttemptNumber + 1);
                return default;
            },
        })
        .Build();
}
