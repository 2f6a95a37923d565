namespace CollabBot.Conversations.Scheduling;

/// <summary>Finds the source that owns a piece of recurring work and runs it.</summary>
public sealed class RecurringWorkRunner(IEnumerable<IRecurringWorkSource> sources, CollabMetrics metrics)
{
    public async Task<IReadOnlyList<RecurringWork>> ListAsync(CancellationToken cancellationToken)
    {
        var all = new List<RecurringWork>();
        foreach (var source in sources)
        {
            all.AddRange(await source.ListAsync(cancellationToken));
        }

        return all;
    }

    public async Task RunAsync(string workId, DateTimeOffset occurrence, CancellationToken cancellationToken)
    {
        var source = sources.FirstOrDefault(s => s.Owns(workId))
            ?? throw new InvalidOperationException($"No schedule owns the recurring work '{workId}'.");
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        await source.RunAsync(workId, occurrence, cancellationToken);
        metrics.Job(source.GetType().Name, System.Diagnostics.Stopwatch.GetElapsedTime(started));
    }
}
