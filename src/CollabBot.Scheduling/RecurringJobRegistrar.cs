using CollabBot.Conversations.Scheduling;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CollabBot.Scheduling;

/// <summary>
/// At start-up, (re)registers every recurring job of the platforms that live in real time from the schedules the
/// application knows (the database included), removes jobs whose schedule is gone, and runs once the work that catches
/// up a missed occurrence, so a restart or a new host loses nothing and repeats nothing. A platform with a clock of its
/// own (the Playground) catches up its own work.
/// </summary>
public sealed class RecurringJobRegistrar(
    RecurringWorkRunner runner, IScheduleRegistry registry, JobStorage storage, TimeProvider clock, ILogger<RecurringJobRegistrar> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var work = await runner.ListAsync(cancellationToken);
        foreach (var item in work)
        {
            registry.Upsert(item);
        }

        var known = work.Select(w => w.Id).ToHashSet();
        using (var connection = storage.GetConnection())
        {
            foreach (var stale in connection.GetRecurringJobs().Where(j => !known.Contains(j.Id)))
            {
                registry.Remove(stale.Id);
            }
        }

        var now = clock.GetUtcNow();
        foreach (var item in work.Where(w => w.CatchUpOnStart))
        {
            try
            {
                await runner.RunAsync(item.Id, now, cancellationToken);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                // A failed catch-up must not stop the host: the recurring job runs the same occurrence later.
                logger.LogError(ex, "Catching up {WorkId} at start-up failed; its recurring job will run it", item.Id);
            }
        }

        logger.LogInformation("Registered {Count} recurring jobs", work.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
