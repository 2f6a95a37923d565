using CollabBot.Domain;

namespace CollabBot.Conversations.Scheduling;

/// <summary>
/// Work that runs on a schedule: an id (also its Hangfire recurring-job id), a cron expression read in
/// a time zone, and the queue it belongs to. The scheduler and the Playground's virtual clock run the same work,
/// each for the platforms of its own time (<see cref="PlatformScope"/>).
/// </summary>
/// <param name="CatchUpOnStart">Run once at start-up, so an occurrence missed while no host was up is caught up.</param>
/// <param name="Platform">Set for the work of one collaboration: the platform it lives on.</param>
public sealed record RecurringWork(
    string Id, string Cron, string TimeZoneId, string Queue = RecurringWork.ScansQueue, bool CatchUpOnStart = false, Platform? Platform = null)
{
    public const string ScansQueue = "scans";
    public const string SendsQueue = "sends";
}
