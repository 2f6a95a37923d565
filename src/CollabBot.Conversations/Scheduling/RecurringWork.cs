namespace CollabBot.Conversations.Scheduling;

/// <summary>
/// Work that runs on a schedule: an id (also its Hangfire recurring-job id), a cron expression read in
/// a time zone, and the queue it belongs to. The scheduler and the Playground's virtual clock run the same work.
/// </summary>
/// <param name="CatchUpOnStart">Run once at start-up, so an occurrence missed while no host was up is caught up.</param>
public sealed record RecurringWork(string Id, string Cron, string TimeZoneId, string Queue = RecurringWork.ScansQueue, bool CatchUpOnStart = false)
{
    public const string ScansQueue = "scans";
    public const string SendsQueue = "sends";
}
