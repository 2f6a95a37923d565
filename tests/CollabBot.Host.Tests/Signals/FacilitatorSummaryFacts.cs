using CollabBot.Testing;

namespace CollabBot.Host.Tests.Signals;

/// <summary>Issue 23, point 2 and the sponsors of point 1: the facilitators' weekly summary; supporters are not asked to check in.</summary>
[Collection(HostCollection.Name)]
public sealed class FacilitatorSummaryFacts() : PlaygroundScenario(DatabaseProvider.Sqlite, "summary")
{
    private TeamDriver _team = null!;
    private PlaygroundClient _lab = null!;
    private DateTimeOffset _phaseStart;

    protected override async Task GivenAsync()
    {
        _team = new TeamDriver(App.Http());
        _lab = _team.In("lab");
    }

    [Fact]
    public async Task The_summary_comes_privately_at_the_day_and_time_the_facilitator_chose()
    {
        await SetUpAsync(facilitator: true);
        Assert.StartsWith("The weekly summary is for the team's facilitators", Assert.Single(await _lab.SayAsync("ben", "summary every friday 16:00")).Text());
        Assert.StartsWith("The summary comes once a week", Assert.Single(await _lab.SayAsync("dev", "summary every weekday 16:00")).Text());
        Assert.Equal("Your weekly summary now comes every week on Friday at 16:00 (UTC).", Assert.Single(await _lab.SayAsync("dev", "summary every friday 16:00")).Text());

        // Ben leads Ideate on the process map but says nothing for two weeks; the others talk every day. Nothing else is
        // worth a summary, so none comes before he has been silent for two weeks, and then at the hour chosen.
        var cursor = await _team.CursorAsync();
        var friday = await _team.AdvanceToNextAsync(DayOfWeek.Friday, new TimeOnly(15, 0), () => _team.ChatAsync("lab", "ana", "chloe", "dev"));
        while ((friday - _phaseStart).TotalDays < 14)
        {
            friday = await _team.AdvanceToAsync(friday.AddDays(7), () => _team.ChatAsync("lab", "ana", "chloe", "dev"));
        }

        Assert.DoesNotContain(await _team.SinceAsync(cursor), m => m.Starts("Your weekly summary"));
        await _team.AdvanceAsync(TimeSpan.FromHours(2));
        var summary = Assert.Single(await _team.SinceAsync(cursor), m => m.Starts("Your weekly summary"));
        Assert.Equal(("direct", "dev"), (summary.Visibility(), summary.To()));
        Assert.Equal("Only you and the team's other facilitators see this.", Body(summary));
        Assert.Matches(@"Ben \(lead in Ideate, process map\) has not contributed for 1[4-9] days", summary.CardJson());

        // On demand too, to the facilitator only.
        var now = Assert.Single(await _lab.SayAsync("dev", "summary now"));
        Assert.Equal("onlyUser", now.Visibility());
        Assert.Contains("has not contributed for", now.CardJson());
    }

    [Fact]
    public async Task Without_a_facilitator_the_convener_gets_the_summary_worded_for_a_convener()
    {
        await SetUpAsync(facilitator: false);
        var cursor = await _team.CursorAsync();
        var monday = await _team.AdvanceToNextAsync(DayOfWeek.Monday, new TimeOnly(11, 0), () => _team.ChatAsync("lab", "ana", "chloe", "dev"));
        while ((monday - _phaseStart).TotalDays < 15)
        {
            monday = await _team.AdvanceToAsync(monday.AddDays(7), () => _team.ChatAsync("lab", "ana", "chloe", "dev"));
        }

        var summary = (await _team.SinceAsync(cursor)).Last(m => m.Starts("Your weekly summary"));
        Assert.Equal(("direct", "ana"), (summary.Visibility(), summary.To()));
        Assert.Contains("Warm Homes has no facilitator, so this summary comes to you as convener.", Body(summary));
    }

    [Fact]
    public async Task Sponsors_and_coordinators_are_not_asked_to_check_in_unless_they_opt_in()
    {
        await SetUpAsync(facilitator: true);
        await _lab.SayAsync("sam", "join as public");
        await _lab.SayAsync("olga", "join as public");
        await _lab.SayAsync("ana", "role @Sam sponsor");
        await _lab.SayAsync("ana", "role @Olga coordinator");
        await _lab.SayAsync("ana", "checkin every monday 09:00");
        await _team.AdvanceToNextAsync(DayOfWeek.Monday, new TimeOnly(9, 30));
        Assert.Equal(["ana", "ben", "chloe", "dev"], (await _team.SinceAsync(0)).Where(m => m.Starts("Time for your check-in")).Select(m => m.To()).Order());

        Assert.Equal("You will get the next check-in.", Assert.Single(await _lab.SayAsync("sam", "checkin me on")).Text());
        var cursor = await _team.CursorAsync();
        await _team.AdvanceAsync(TimeSpan.FromDays(7));
        Assert.Equal(["ana", "ben", "chloe", "dev", "sam"], (await _team.SinceAsync(cursor)).Where(m => m.Starts("Time for your check-in")).Select(m => m.To()).Order());
    }

    private async Task SetUpAsync(bool facilitator)
    {
        await _lab.SayAsync("ana", "start Warm Homes");
        foreach (var (member, sector) in new[] { ("ben", "citizen"), ("chloe", "ngo"), ("dev", "knowledge") })
        {
            await _lab.SayAsync(member, $"join as {sector}");
        }

        if (facilitator)
        {
            await _lab.SayAsync("ana", "role @Dev facilitator");
        }

        await _lab.SayAsync("ana", "phase next confirm");
        _phaseStart = await _team.NowAsync();
        await _lab.SayAsync("ana", "map @Ben ideate lead");
    }

    private static string Body(System.Text.Json.Nodes.JsonNode message) => message["card"]!["body"]!.GetValue<string>();
}
