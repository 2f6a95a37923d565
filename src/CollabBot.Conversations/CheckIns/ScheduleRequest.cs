namespace CollabBot.Conversations.CheckIns;

/// <summary>A schedule as a convener wrote it, read into a cron on weekdays, an interval and a time zone.</summary>
public sealed record ScheduleRequest(string Cron, int IntervalWeeks, string? TimeZoneId);
