using CollabBot.Conversations.Scheduling;

namespace CollabBot.Scheduling;

/// <summary>The one Hangfire job type: its argument is the work id, never a payload.</summary>
public sealed class RecurringWorkJob(RecurringWorkRunner runner, TimeProvider clock)
{
    public Task RunAsync(string workId, CancellationToken cancellationToken) =>
        runner.RunAsync(workId, clock.GetUtcNow(), cancellationToken);
}
