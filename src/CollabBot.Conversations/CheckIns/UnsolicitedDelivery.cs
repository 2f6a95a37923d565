using CollabBot.Conversations.Storage;
using CollabBot.Domain.Members;
using CollabBot.Domain.Noise;
using Microsoft.Extensions.Options;

namespace CollabBot.Conversations.CheckIns;

/// <summary>
/// When an unsolicited private message to a member may go out: outside their quiet hours (when asked), within their
/// daily limit, and within their weekly budget (<see cref="NoiseBudget"/>: at most three in any seven days besides the
/// check-in prompt). One over either waits for the first moment with room, and is never dropped here; callers whose
/// message would be stale by then (a reminder, a nudge) leave it out instead.
/// </summary>
public sealed class UnsolicitedDelivery(IOptions<CheckInOptions> options)
{
    private const int MaxSteps = 60;
    private static readonly TimeSpan LookAhead = TimeSpan.FromDays(35);

    public async Task<DateTimeOffset> EarliestAsync(
        IUnitOfWork unitOfWork, string workspaceId, Member member, string teamTimeZone, DateTimeOffset now, bool respectQuietHours, CancellationToken cancellationToken)
    {
        TimeZones.TryResolve(member.TimeZoneId ?? teamTimeZone, out var zone);
        var due = await unitOfWork.UnsolicitedDueAsync(workspaceId, member.PlatformUserId, now - NoiseBudget.Week, now + LookAhead, cancellationToken);
        var candidate = respectQuietHours ? AfterQuietHours(member, zone, now) : now;
        for (var step = 0; step < MaxSteps; step++)
        {
            var next = NoiseBudget.EarliestPrivate(due, candidate, options.Value.MaxUnsolicitedPerWeek);
            next = WithinDailyLimit(due, next, member, zone, respectQuietHours);
            next = respectQuietHours ? AfterQuietHours(member, zone, next) : next;
            if (next == candidate)
            {
                break;
            }

            candidate = next;
        }

        return candidate;
    }

    public static bool IsQuiet(Member member, string teamTimeZone, DateTimeOffset instant)
    {
        TimeZones.TryResolve(member.TimeZoneId ?? teamTimeZone, out var zone);
        return member.IsQuietAt(TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime));
    }

    /// <summary>The candidate, or the next morning (or midnight) when the local day already holds the daily limit.</summary>
    private DateTimeOffset WithinDailyLimit(IReadOnlyList<DateTimeOffset> due, DateTimeOffset candidate, Member member, TimeZoneInfo zone, bool respectQuietHours)
    {
        var local = TimeZoneInfo.ConvertTime(candidate, zone);
        var dayStart = new DateTimeOffset(local.Date, zone.GetUtcOffset(local.Date));
        var dayEnd = dayStart.AddDays(1);
        if (due.Count(d => d >= dayStart && d < dayEnd) < options.Value.MaxUnsolicitedPerDay)
        {
            return candidate;
        }

        var nextMorning = local.Date.AddDays(1) + member.QuietTo.ToTimeSpan();
        return respectQuietHours ? new DateTimeOffset(nextMorning, zone.GetUtcOffset(nextMorning)) : dayEnd;
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
