using CollabBot.Conversations.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CollabBot.Conversations.Retention;

/// <summary>Daily: raw participation signals past the retention setting become monthly tallies.</summary>
public sealed class SignalRetentionJob(IServiceScopeFactory scopes, IOptions<RetentionOptions> options, ILogger<SignalRetentionJob> logger) : IRecurringWorkSource
{
    public const string WorkId = "signal-retention";
    private const int Batch = 5000;

    /// <summary>Real time only: a virtual clock running ahead must never fold real signals early.</summary>
    public Task<IReadOnlyList<RecurringWork>> ListAsync(PlatformScope platforms, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<RecurringWork>>(platforms.IsRealTime ? [new RecurringWork(WorkId, "30 3 * * *", "UTC")] : []);

    public bool Owns(string workId) => workId == WorkId;

    public async Task RunAsync(string workId, DateTimeOffset occurrence, PlatformScope platforms, CancellationToken cancellationToken)
    {
        if (!platforms.IsRealTime)
        {
            return;
        }

        var cutoff = occurrence - TimeSpan.FromDays(options.Value.SignalDays);
        var total = await Batches.UntilShortAsync<ISignalRetention>(scopes, Batch, retention => retention.FoldAsync(cutoff, Batch, cancellationToken));

        if (total > 0)
        {
            logger.LogInformation("Signal retention at {Occurrence}: {Folded} raw signals folded into monthly tallies", occurrence, total);
        }
    }
}
