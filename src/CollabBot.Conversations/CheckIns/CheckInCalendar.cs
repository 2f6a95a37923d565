using CollabBot.Domain.CheckIns;
using Cronos;

namespace CollabBot.Conversations.CheckIns;

/// <summary>
/// The occurrences of a check-in schedule. Cronos reads the cron in the schedule's time zone, so 09:00 stays
/// 09:00 local across daylight-saving changes; the schedule then drops skipped, paused and off-interval weeks.
/// </summary>
public static class CheckInCalendar
{
    private const int SearchLimit = 400;

    public static IReadOnlyList<DateTimeOffset> Next(CheckInSchedule schedule, DateTimeOffset after, int count)
    {
        var (cron, zone) = Read(schedule);
        var found = new List<DateTimeOffset>();
        var from = after;
        for (var i = 0; i < SearchLimit && found.Count < count; i++)
        {
            if (cron.GetNextOccurrence(from, zone, inclusive: false) is not { } next)
            {
                break;
            }

            if (schedule.Holds(LocalDate(next, zone)))
            {
                // Instants leave in UTC: PostgreSQL stores timestamptz only from offset 0 (Cronos answers in the zone's offset).
                found.Add(next.ToUniversalTime());
            }

            from = next;
        }

        return found;
    }

    /// <summary>The latest held occurrence at or before <paramref name="now"/>, looking back at most one interval.</summary>
    public static DateTimeOffset? LatestDue(CheckInSchedule schedule, DateTimeOffset now)
    {
        var (cron, zone) = Read(schedule);
        var windowStart = now.AddDays(-7 * schedule.IntervalWeeks - 1);
        return cron.GetOccurrences(windowStart, now, zone, fromInclusive: false, toInclusive: true)
            .Where(o => schedule.Holds(LocalDate(o, zone)))
            .Select(o => (DateTimeOffset?)o.ToUniversalTime())
            .LastOrDefault();
    }

    public static DateTimeOffset Local(DateTimeOffset instant, string timeZoneId)
    {
        TimeZones.TryResolve(timeZoneId, out var zone);
        return TimeZoneInfo.ConvertTime(instant, zone);
    }

    /// <summary>A cron's occurrences in local time over a span from <paramref name="from"/>, at most 100 (enough to see a cadence).</summary>
    public static IReadOnlyList<DateTime> LocalOccurrences(string cron, string timeZoneId, DateTimeOffset from, TimeSpan span)
    {
        TimeZones.TryResolve(timeZoneId, out var zone);
        return CronExpression.Parse(cron, CronFormat.Standard).GetOccurrences(from, from + span, zone, fromInclusive: false, toInclusive: true)
            .Take(100).Select(o => TimeZoneInfo.ConvertTime(o, zone).DateTime).ToList();
    }

    public static bool IsValidCron(string cron) => CronExpression.TryParse(cron, CronFormat.Standard, out _);

    private static (CronExpression Cron, TimeZoneInfo Zone) Read(CheckInSchedule schedule)
    {
        TimeZones.TryResolve(schedule.TimeZoneId, out var zone);
        return (CronExpression.Parse(schedule.Cron, CronFormat.Standard), zone);
    }

    private static DateOnly LocalDate(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
}
