using CollabBot.Testing;

namespace CollabBot.Host.Tests.Signals;

/// <summary>Issue 23, point 5: check-ins at most once a day; a stopped or changed schedule sends nothing it had pending.</summary>
[Collection(HostCollection.Name)]
public sealed class ScheduleGuardrailFacts
{
    [Fact]
    public async Task A_check_in_more_often_than_daily_is_refused_with_the_reason_and_nothing_is_scheduled()
    {
        await using var host = await PlaygroundHost.StartAsync(DatabaseProvider.Sqlite, "cadence");
        var team = new TeamDriver(host.App.Http());
        var lab = team.In("lab");
        await lab.SayAsync("ana", "start Warm Homes");
        await lab.SayAsync("ben", "join as citizen");
        var cursor = await team.CursorAsync();

        var perMinute = Assert.Single(await lab.SayAsync("ana", "checkin cron \"* * * * *\""));
        var twiceADay = Assert.Single(await lab.SayAsync("ana", "checkin cron \"0 9,17 * * 1\""));

        Assert.Equal("onlyUser", perMinute.Visibility());
        Assert.StartsWith("Check-ins run at most once a day, and that schedule would run every minute (e.g. ", perMinute.Text());
        Assert.Contains("twice or more a day, 8 hours apart", twiceADay.Text());
        Assert.StartsWith("Warm Homes has no check-ins scheduled.", Assert.Single(await lab.SayAsync("ben", "checkin")).Text());
        await team.AdvanceAsync(TimeSpan.FromHours(26));
        Assert.DoesNotContain(await team.SinceAsync(cursor), m => m.Starts("Time for your check-in"));
    }

    [Fact]
    public async Task Stopping_or_changing_a_schedule_cancels_the_reminders_it_had_not_sent_yet()
    {
        // One unsolicited message a day: of Ben's three reminders on Monday, two wait for Tuesday and Wednesday.
        await using var host = await PlaygroundHost.StartAsync(DatabaseProvider.Sqlite, "cancel", new Dictionary<string, string?> { ["CheckIns:MaxUnsolicitedPerDay"] = "1", ["CheckIns:MaxUnsolicitedPerWeek"] = "20" });
        var team = new TeamDriver(host.App.Http());
        foreach (var channel in new[] { "lab-a", "lab-b", "lab-c" })
        {
            await team.In(channel).SayAsync("ana", $"start Team {channel}");
            await team.In(channel).SayAsync("ben", "join as citizen");
            await team.In(channel).SayAsync("ana", "checkin me off");
            await team.In(channel).SayAsync("ana", "checkin every monday 09:00");
            await team.In(channel).SayAsync("ana", "checkin remind 1h");
        }

        var monday = await team.AdvanceToNextAsync(DayOfWeek.Monday, new TimeOnly(10, 30));
        var cursor = await team.CursorAsync();
        var monday1 = await team.SinceAsync(0);
        Assert.Equal(3, monday1.Count(m => m.Starts("Time for your check-in") && m.To() == "ben"));
        // Which team's reminder went on Monday depends on the order the teams are swept in; that team is left alone.
        var reminded = Assert.Single(monday1, m => m.Starts("A gentle reminder") && m.To() == "ben").Conversation();
        Assert.DoesNotContain(monday1, m => m.Starts("Time for your check-in") && m.To() == "ana");
        var waiting = new[] { "lab-a", "lab-b", "lab-c" }.Where(c => c != reminded).ToList();

        var off = Assert.Single(await team.In(waiting[0]).SayAsync("ana", "checkin off"));
        var changed = Assert.Single(await team.In(waiting[1]).SayAsync("ana", "checkin every tuesday 09:00"));

        Assert.Equal(("channel", $"Check-ins for Team {waiting[0]} are off. 1 unsent prompt or reminder cancelled."), (off.Visibility(), off.Text()));
        Assert.EndsWith("1 unsent prompt or reminder cancelled.", changed.Text());
        await team.AdvanceToAsync(monday.AddDays(3));
        var after = await team.SinceAsync(cursor);
        // The changed schedule's own check-in (Tuesday) is reminded of; nothing of Monday's is, except in the team left alone.
        Assert.DoesNotContain(after, m => m.Starts("A gentle reminder") && m.Conversation() != reminded && m.Text().Contains("until Monday", StringComparison.Ordinal));
        Assert.Single(after, m => m.Starts("Time for your check-in") && m.Conversation() == waiting[1] && m.To() == "ben");
    }
}
