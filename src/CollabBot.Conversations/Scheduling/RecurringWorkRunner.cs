using CollabBot.Conversations.Time;

namespace CollabBot.Conversations.Scheduling;

/// <summary>Finds the source that owns a piece of recurring work and runs it.</summary>
public sealed class RecurringWorkRunner(IEnumerable<IRecurringWorkSource> sources, DomainClock clock, CollabMetrics metrics)
{
    /// <summary>The work of the platforms that live in real time: what the scheduler registers.</summary>
    public Task<IReadOnlyList<RecurringWork>> ListAsync(CancellationToken cancellationToken) => ListAsync(clock.RealTime.Platforms, cancellationToken);

    public async Task<IReadOnlyList<RecurringWork>> ListAsync(PlatformScope scope, CancellationToken cancellationToken)
    {
        var all = new List<RecurringWork>();
        foreach (var source in sources)
        {
            all.AddRange(await source.ListAsync(scope, cancellationToken));
        }

        return all;
    }

    /// <summary>A run of the scheduler: for the platforms that live in real time.</summary>
    public Task RunAsync(string workId, DateTimeOffset occurrence, CancellationToken cancellationToken) =>
        RunAsync(workId, occurrence, clock.RealTime.Platforms, cancellationToken);

    public async Task RunAsync(string workId, DateTimeOffset occurrence, PlatformScope scope, CancellationToken cancellationToken)
    {
        var source = sources.FirstOrDefault(s => s.Owns(workId))
            ?? throw new InvalidOperationException($"No schedule owns the recurring work '{workId}'.");
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        await source.RunAsync(workId, occurrence, scope, cancellationToken);
        metrics.Job(source.GetType().Name, System.Diagnostics.Stopwatch.GetElapsedTime(started));
    }
}
