using CollabBot.Conversations;
using CollabBot.Conversations.Scheduling;
using CollabBot.Conversations.Time;
using Hangfire;

namespace CollabBot.Scheduling;

/// <summary>
/// Keeps Hangfire's recurring jobs in step with schedules changed by commands. Hangfire runs in real time: the work of a
/// collaboration on a platform with a clock of its own (the Playground) is that clock's to run, never Hangfire's.
/// </summary>
public sealed class HangfireScheduleRegistry(IRecurringJobManager jobs, DomainClock clock) : IScheduleRegistry
{
    public void Upsert(RecurringWork work)
    {
        if (work.Platform is { } platform && clock.HasOwnClock(platform))
        {
            return;
        }

        TimeZones.TryResolve(work.TimeZoneId, out var zone);
        jobs.AddOrUpdate<RecurringWorkJob>(
            work.Id, work.Queue, job => job.RunAsync(work.Id, CancellationToken.None), work.Cron,
            new RecurringJobOptions { TimeZone = zone });
    }

    public void Remove(string workId) => jobs.RemoveIfExists(workId);
}
