using CollabBot.Conversations;
using CollabBot.Conversations.Scheduling;
using Hangfire;

namespace CollabBot.Scheduling;

/// <summary>Keeps Hangfire's recurring jobs in step with schedules changed by commands.</summary>
public sealed class HangfireScheduleRegistry(IRecurringJobManager jobs) : IScheduleRegistry
{
    public void Upsert(RecurringWork work)
    {
        TimeZones.TryResolve(work.TimeZoneId, out var zone);
        jobs.AddOrUpdate<RecurringWorkJob>(
            work.Id, work.Queue, job => job.RunAsync(work.Id, CancellationToken.None), work.Cron,
            new RecurringJobOptions { TimeZone = zone });
    }

    public void Remove(string workId) => jobs.RemoveIfExists(workId);
}
