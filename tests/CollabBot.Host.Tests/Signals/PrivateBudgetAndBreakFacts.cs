using System.Globalization;
using CollabBot.Testing;

namespace CollabBot.Host.Tests.Signals;

/// <summary>Issue 23, point 4: at most three unsolicited private messages a week besides check-in prompts; a declared break.</summary>
[Collection(HostCollection.Name)]
public sealed class PrivateBudgetAndBreakFacts
{
    [Fact]
    public async Task A_person_in_five_teams_gets_every_check_in_prompt_but_at_most_three_other_unsolicited_messages_a_week()
    {
        await using var host = await PlaygroundHost.StartAsync(DatabaseProvider.Sqlite, "budget");
        var team = new TeamDriver(host.App.Http());
        var channels = Enumerable.Range(1, 5).Select(i => $"lab-{i}").ToList();
        foreach (var channel in channels)
        {
            await team.In(channel).SayAsync("ana", $"start Team {channel}");
            await team.In(channel).SayAsync("ana", "checkin me off");
            await team.In(channel).SayAsync("ben", "join as citizen");
            await team.In(channel).SayAsync("ana", "checkin every weekday 09:00");
            await team.In(channel).SayAsync("ana", "checkin remind 1h");
        }

        var monday = await team.AdvanceToNextAsync(DayOfWeek.Monday, new TimeOnly(8, 0));
        var cursor = await team.CursorAsync();
        await team.AdvanceToAsync(monday.AddDays(7));

        // Ben never answers: 25 prompts, and 25 reminders that would have followed them.
        var toBen = (await team.SinceAsync(cursor)).Where(m => m.To() == "ben").ToList();
        Assert.Equal(25, toBen.Count(m => m.Starts("Time for your check-in")));
        Assert.Equal(3, toBen.Count(m => m.Starts("A gentle reminder")));
        Assert.Equal(28, toBen.Count);
    }

    [Fact]
    public async Task A_team_on_a_break_gets_no_prompts_reminders_or_posts_until_its_last_day_and_then_picks_up()
    {
        await using var host = await PlaygroundHost.StartAsync(DatabaseProvider.Sqlite, "break");
        var team = new TeamDriver(host.App.Http());
        var lab = team.In("lab");
        await lab.SayAsync("ana", "start Warm Homes");
        await lab.SayAsync("ben", "join as citizen");
        await lab.SayAsync("chloe", "join as business");
        await lab.SayAsync("ana", "checkin every monday 09:00");
        var friday = await team.AdvanceToNextAsync(DayOfWeek.Friday, new TimeOnly(12, 0));
        var lastDay = DateOnly.FromDateTime(friday.UtcDateTime).AddDays(10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var declared = Assert.Single(await lab.SayAsync("ana", $"pause team until {lastDay}"));
        Assert.Equal(("channel", $"Warm Homes takes a break until {lastDay} (inclusive): no check-ins, nudges or prompts from me until then. `pause team off` ends it early."),
            (declared.Visibility(), declared.Text()));
        var cursor = await team.CursorAsync();

        // Two Mondays fall in the break; the third is after it.
        await team.AdvanceToAsync(friday.AddDays(10).AddHours(12));
        Assert.DoesNotContain(await team.SinceAsync(cursor), m => m.Conversation() == "lab" && m.Visibility() != "onlyUser");
        await team.AdvanceToAsync(friday.AddDays(17));
        var after = await team.SinceAsync(cursor);
        Assert.Equal(["ana", "ben", "chloe"], after.Where(m => m.Starts("Time for your check-in")).Select(m => m.To()).Order());
    }
}
