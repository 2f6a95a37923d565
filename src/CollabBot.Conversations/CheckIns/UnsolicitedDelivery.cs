using CollabBot.Conversations.Storage;
using CollabBot.Domain.Members;
using Microsoft.Extensions.Options;

namespace CollabBot.Conversations.CheckIns;

/// <summary>
/// When an unsolicited message to a member may go out: outside their quiet hours (when asked) and within
/// their daily limit; an excess waits for the next day with room, and is never dropped.
/// </summary>
public sealed class UnsolicitedDelivery(IOptions<CheckInOptions> options)
{
    private const int MaxDaysAhead = 30;

    public async Task<DateTimeOffset> EarliestAsync(
        IUnitOfWork unitOfWork, string workspaceId, Member member, string teamTimeZone, DateTimeOffset now, bool respectQuietHours, CancellationToken cancellationToken)
    {
        TimeZones.TryResolve(member.TimeZoneId ?? teamTimeZone, out var zone);
        var candidate = respectQuietHours ? AfterQuietHours(member, zone, now) : now;
        for (var day = 0; day < MaxDaysAhead; day++)
        {
            var local = TimeZoneInfo.ConvertTime(candidate, zone);
            var dayStart = new DateTimeOffset(local.Date, zone.GetUtcOffset(local.Date));
            var dayEnd = dayStart.AddDays(1);
            var sent = await unitOfWork.CountUnsolicitedAsync(workspaceId, member.PlatformUserId, dayStart.ToUniversalTime(), dayEnd.ToUniversalTime(), cancellationToken);
            if (sent < options.Value.MaxUnsolicitedPerDay)
            {
                return candidate;
            }

            var nextMorning = new DateTimeOffset(local.Date.AddDays(1) + member.QuietTo.ToTimeSpan(), zone.GetUtcOffset(local.Date.AddDays(1)));
            candidate = respectQuietHours ? nextMorning : dayEnd;
        }

        return candidate;
    }

    public static bool IsQuiet(Member member, string teamTimeZone, DateTimeOffset instant)
    {
        TimeZones.TryResolve(member.TimeZoneId ?? teamTimeZone, out var zone);
        return member.IsQuietAt(TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime));
    }

    private static DateTimeOffset AfterQuietHours(Member member, TimeZoneInfo zone, DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, zone);
        if (!member.IsQuietAt(TimeOnly.FromDateTime(local.DateTime)))
        {
            return now;
        }

        var end = local.Date + member.QuietTo.ToTimeSpan();
        if (end <= local.DateTime)
        {
            end = end.AddDays(1);
        }

        return new DateTimeOffset(end, zone.GetUtcOffset(end));
    }
}
