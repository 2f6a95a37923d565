using System.Globalization;
using CollabBot.Conversations.Commands;
using CollabBot.Conversations.Scheduling;
using CollabBot.Domain.CheckIns;
using CollabBot.Domain.Members;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Conversations.CheckIns;

/// <summary>The conveners' side of `checkin`: set, skip, pause, resume, remind, off.</summary>
public sealed class CheckInScheduling(IScheduleRegistry registry)
{
    public async Task ChangeAsync(CommandContext context, string verb, string rest, string arguments, CancellationToken cancellationToken)
    {
        var collaboration = context.RequiredCollaboration;
        if (context.Caller is not { } caller || !caller.Holds(Role.Convener))
        {
            context.Refuse("Only a convener can change the check-in schedule. Type `checkin` to see it.");
            return;
        }

        var store = context.Services.GetRequiredService<ICheckInStore>();
        var schedule = await store.FindScheduleAsync(collaboration.Id, cancellationToken);
        if (verb is "every" or "cron")
        {
            await SetAsync(context, store, schedule, arguments, cancellationToken);
            return;
        }

        if (schedule is null)
        {
            context.Refuse($"There is no schedule yet. Set one first: {ScheduleText.Examples}.");
            return;
        }

        var (date, dateProblem) = verb switch
        {
            "skip" => DateText.ReadFuture(rest, context.Today),
            "pause" when rest.StartsWith("until ", StringComparison.OrdinalIgnoreCase) => DateText.ReadFuture(rest[6..], context.Today),
            _ => (null, null),
        };
        switch (verb)
        {
            case "skip" or "pause" when dateProblem is not null:
                context.Refuse(dateProblem);
                break;
            case "skip" when date is { } skipped:
                schedule.Skip(skipped);
                context.ReplyToChannel($"No check-in on {skipped:yyyy-MM-dd}.");
                break;
            case "pause" when date is { } until:
                schedule.PauseUntil(until);
                context.ReplyToChannel($"Check-ins paused until {until:yyyy-MM-dd} (inclusive).");
                break;
            case "resume":
                schedule.PauseUntil(null);
                context.ReplyToChannel("Check-ins resumed.");
                break;
            case "remind" when TryHours(rest, out var delay):
                schedule.SetReminderDelay(delay);
                context.ReplyToChannel($"Members who have not answered get one reminder {delay.TotalHours:0} h after each check-in.");
                break;
            case "off":
                store.RemoveSchedule(schedule);
                registry.Remove(CheckInRound.WorkId(schedule.CollaborationId));
                var cancelled = await CancelPendingAsync(context, store, cancellationToken);
                context.ReplyToChannel($"Check-ins for {collaboration.Name} are off." + Cancelled(cancelled));
                break;
            case "skip" or "pause":
                context.Refuse("Write dates as YYYY-MM-DD, e.g. `checkin skip 2026-12-24` or `checkin pause until 2027-01-05`.");
                break;
            case "remind":
                context.Refuse("Write the reminder delay in hours, between 1 and 144, e.g. `checkin remind 24h`.");
                break;
            default:
                context.Refuse($"`checkin {Excerpt.Of(verb)}` is not something I know. Try {ScheduleText.Examples}, `checkin skip <date>`, `checkin pause until <date>`, `checkin remind 24h` or `checkin off`.");
                break;
        }
    }

    public static string Describe(CheckInSchedule schedule) => Describe(schedule.Cron, schedule.IntervalWeeks);

    /// <summary>"every week on Monday at 09:00", or the cron itself when it is not a weekly pattern.</summary>
    public static string Describe(string cron, int intervalWeeks)
    {
        var parts = cron.Split(' ');
        var every = intervalWeeks == 1 ? "every week" : $"every {intervalWeeks} weeks";
        if (parts.Length == 5 && parts[2] == "*" && parts[3] == "*" && int.TryParse(parts[0], out var minute) && int.TryParse(parts[1], out var hour))
        {
            var days = parts[4] == "*" ? "every day" : string.Join(", ", parts[4].Split(',').Select(d => int.TryParse(d, out var n) ? CultureInfo.InvariantCulture.DateTimeFormat.DayNames[n % 7] : d));
            return $"{every} on {days} at {hour:00}:{minute:00}";
        }

        return $"cron \"{cron}\"";
    }

    /// <summary>
    /// A schedule that stops or changes cancels what its check-ins still had to send (prompts and reminders waiting for a
    /// member's quiet hours or budget) and the reminders of the check-in still open, which stays open for answers.
    /// </summary>
    private static async Task<int> CancelPendingAsync(CommandContext context, ICheckInStore store, CancellationToken cancellationToken)
    {
        var collaboration = context.RequiredCollaboration;
        foreach (var open in await store.OpenOccurrencesAsync(collaboration.Id, context.Now, cancellationToken))
        {
            open.StopReminders();
        }

        return await context.Services.GetRequiredService<Storage.IUnitOfWork>().CancelPendingAsync(
            [CheckInRound.PromptKeyPrefix(collaboration.Id), CheckInReminders.KeyPrefix(collaboration.Id)], cancellationToken);
    }

    private async Task SetAsync(CommandContext context, ICheckInStore store, CheckInSchedule? existing, string arguments, CancellationToken cancellationToken)
    {
        var collaboration = context.RequiredCollaboration;
        var (request, error) = ScheduleText.Parse(arguments);
        if (request is null)
        {
            context.Refuse(error!);
            return;
        }

        var zoneId = collaboration.TimeZoneId;
        if (request.TimeZoneId is { } named)
        {
            if (!TimeZones.TryResolve(named, out var zone))
            {
                context.Refuse($"\"{Excerpt.Of(named)}\" is not a time zone I know. Use an IANA id such as `Europe/Copenhagen` or a Windows id such as `Romance Standard Time`.");
                return;
            }

            zoneId = zone.Id;
        }

        if (CheckInCadence.Refusal(CheckInCalendar.LocalOccurrences(request.Cron, zoneId, context.Now, TimeSpan.FromDays(400))) is { } refusal)
        {
            context.Refuse(refusal);
            return;
        }

        var cancelled = existing is null ? 0 : await CancelPendingAsync(context, store, cancellationToken);
        var schedule = existing ?? new CheckInSchedule(collaboration.Id, request.Cron, request.IntervalWeeks, context.Today, zoneId);
        schedule.Reschedule(request.Cron, request.IntervalWeeks, context.Today, zoneId);

        // Occurrences before now are not owed: only what comes after the schedule was set runs.
        schedule.MarkRun(context.Now);
        if (existing is null)
        {
            store.AddSchedule(schedule);
        }

        registry.Upsert(CheckInRound.Work(schedule, context.Turn.Where.Platform));
        var next = CheckInCalendar.Next(schedule, context.Now, 3).Select(o => DateText.Show(CheckInCalendar.Local(o, zoneId)));
        context.ReplyToChannel($"Check-ins for {collaboration.Name}: {Describe(schedule)} ({DateText.ZoneName(zoneId)}). Next: {string.Join("; ", next)}."
            + Cancelled(cancelled));
    }

    private static string Cancelled(int count) => count switch
    {
        0 => "",
        1 => " 1 unsent prompt or reminder cancelled.",
        _ => $" {count} unsent prompts and reminders cancelled.",
    };

    private static bool TryHours(string text, out TimeSpan delay)
    {
        delay = default;
        var number = text.Trim().TrimEnd('h', 'H');
        if (!int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var hours) || hours is < 1 or > 144)
        {
            return false;
        }

        delay = TimeSpan.FromHours(hours);
        return true;
    }
}
