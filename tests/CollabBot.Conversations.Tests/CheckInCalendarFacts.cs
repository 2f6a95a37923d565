using CollabBot.Conversations.CheckIns;
using CollabBot.Domain.CheckIns;

namespace CollabBot.Conversations.Tests;

public sealed class CheckInCalendarFacts
{
    private static readonly Guid Team = Guid.NewGuid();

    private static CheckInSchedule Weekly(string cron = "0 9 * * 1", int interval = 1, string zone = "Europe/Copenhagen") =>
        new(Team, cron, interval, new DateOnly(2026, 11, 23), zone);

    [Fact]
    public void Spring_forward_keeps_nine_oclock_local()
    {
        // Copenhagen moves from UTC+1 to UTC+2 on 2027-03-28.
        var occurrences = CheckInCalendar.Next(Weekly(), new DateTimeOffset(2027, 3, 20, 0, 0, 0, TimeSpan.Zero), 2);

        Assert.Equal([new DateTimeOffset(2027, 3, 22, 8, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 3, 29, 7, 0, 0, TimeSpan.Zero)], occurrences);
        Assert.All(occurrences, o => Assert.Equal(9, CheckInCalendar.Local(o, "Europe/Copenhagen").Hour));
    }

    [Fact]
    public void Fall_back_keeps_nine_oclock_local()
    {
        // Copenhagen moves from UTC+2 to UTC+1 on 2027-10-31.
        var occurrences = CheckInCalendar.Next(Weekly(), new DateTimeOffset(2027, 10, 24, 0, 0, 0, TimeSpan.Zero), 2);

        Assert.Equal([new DateTimeOffset(2027, 10, 25, 7, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 11, 1, 8, 0, 0, TimeSpan.Zero)], occurrences);
    }

    [Fact]
    public void Every_two_weeks_on_two_days_counts_weeks_from_the_week_it_was_set()
    {
        var schedule = Weekly("30 16 * * 2,4", interval: 2, zone: "UTC");

        var occurrences = CheckInCalendar.Next(schedule, new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero), 4);

        Assert.Equal(
            [new DateTime(2026, 11, 24, 16, 30, 0), new DateTime(2026, 11, 26, 16, 30, 0), new DateTime(2026, 12, 8, 16, 30, 0), new DateTime(2026, 12, 10, 16, 30, 0)],
            occurrences.Select(o => o.UtcDateTime));
    }

    [Fact]
    public void Skipped_dates_and_a_pause_drop_their_occurrences()
    {
        var schedule = Weekly(zone: "UTC");
        schedule.Skip(new DateOnly(2026, 11, 30));
        schedule.PauseUntil(new DateOnly(2026, 12, 14));

        var next = CheckInCalendar.Next(schedule, new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero), 1);

        Assert.Equal(new DateTimeOffset(2026, 12, 21, 9, 0, 0, TimeSpan.Zero), Assert.Single(next));
    }

    [Fact]
    public void After_downtime_only_the_latest_missed_occurrence_is_due_and_once_run_it_is_not_due_again()
    {
        var schedule = Weekly(zone: "UTC");
        schedule.MarkRun(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        var backUp = new DateTimeOffset(2026, 12, 9, 12, 0, 0, TimeSpan.Zero); // missed 30 Nov and 7 Dec

        var due = CheckInCalendar.LatestDue(schedule, backUp);

        Assert.Equal(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero), due);
        schedule.MarkRun(due!.Value);
        Assert.True(schedule.LastRunOccurrence >= CheckInCalendar.LatestDue(schedule, backUp.AddHours(1)));
    }

    [Fact]
    public void Nothing_is_due_in_a_paused_week()
    {
        var schedule = Weekly(zone: "UTC");
        schedule.PauseUntil(new DateOnly(2026, 12, 31));

        Assert.Null(CheckInCalendar.LatestDue(schedule, new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero)));
    }
}
