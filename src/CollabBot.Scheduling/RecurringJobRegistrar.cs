using CollabBot.Conversations;
using CollabBot.Conversations.Scheduling;
using Hangfire;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CollabBot.Scheduling;

/// <summary>
/// At start-up, (re)registers every recurring job from the schedules the application knows (the database
/// included), so a restart or a new host loses nothing. A run missed while no host was up is fired once
/// when one comes back (Hangfire's default misfire handling).
/// </summary>
public sealed class RecurringJobRegistrar(
    RecurringWorkRunner runner, IRecurringJobManager jobs, ILogger<RecurringJobRegistrar> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var work = await runner.ListAsync(cancellationToken);
        foreach (var item in work)
        {
            Register(item);
        }

        logger.LogInformation("Registered {Count} recurring jobs", work.Count);
    }

    public void Register(RecurringWork work)
    {
        TimeZones.TryResolve(work.TimeZoneId, out var zone);
        jobs.AddOrUpdate<RecurringWorkJob>(
            work.Id, work.Queue, job => job.RunAsync(work.Id, CancellationToken.None), work.Cron,
            new RecurringJobOptions { TimeZone = zone });
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
