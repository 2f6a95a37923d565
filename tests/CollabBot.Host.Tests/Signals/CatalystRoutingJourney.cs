using CollabBot.Testing;

namespace CollabBot.Host.Tests.Signals;

/// <summary>
/// Issue 23, point 4: catalyst interventions stop going to a channel that answered none of the last two, and go to the
/// conveners privately; a team with a named catalyst gets them through that person, who posts or dismisses each.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class CatalystRoutingJourney() : PlaygroundScenario(DatabaseProvider.Sqlite, "catalyst-routing")
{
    private TeamDriver _team = null!;
    private PlaygroundClient _lab = null!;

    protected override async Task GivenAsync()
    {
        _team = new TeamDriver(App.Http());
        _lab = _team.In("lab");
    }

    [Fact]
    public async Task A_channel_that_answered_none_of_two_prompts_gets_no_third_the_convener_does()
    {
        await StallInIdeateAsync();

        // Urgency fires a week past the plan and again a week later, into a channel where nobody answers: the third goes to Ana.
        var start = await _team.NowAsync();
        await _team.AdvanceToAsync(start.AddDays(45));
        var all = await _team.SinceAsync(0);
        var urgency = all.Where(m => IsUrgency(m.Text())).ToList();
        Assert.Equal(["channel", "channel", "direct"], urgency.Select(m => m.Visibility()));
        Assert.Equal("ana", urgency[2].To());
        Assert.StartsWith("Only you see this. Nobody in Warm Homes' channel answered the last two prompts I posted there", urgency[2].Text());

        // Once people take part again, the next one goes back to the channel.
        await _team.ChatAsync("lab", "ben", "chloe");
        var cursor = await _team.CursorAsync();
        await _team.AdvanceToAsync(start.AddDays(52));
        Assert.Equal("channel", Assert.Single(await _team.SinceAsync(cursor), m => IsUrgency(m.Text())).Visibility());
    }

    [Fact]
    public async Task A_named_catalyst_gets_each_intervention_first_and_posts_or_dismisses_it()
    {
        await StallInIdeateAsync();
        await _lab.SayAsync("cara", "join as knowledge");
        await _lab.SayAsync("ana", "role @Cara catalyst");
        var start = await _team.NowAsync();
        await _team.AdvanceToAsync(start.AddDays(31), () => _team.ChatAsync("lab", "ben", "chloe"));

        var suggestion = Assert.Single(await _team.SinceAsync(0), m => m.Starts("A suggestion for you as Warm Homes' catalyst") && IsUrgency(m.Text()));
        Assert.Equal(("direct", "cara"), (suggestion.Visibility(), suggestion.To()));
        Assert.DoesNotContain(await _team.SinceAsync(0), m => m.Visibility() == "channel" && IsUrgency(m.Text()));
        Assert.StartsWith("Only Warm Homes' catalysts", Mine(await _lab.ClickAsync("ben", suggestion.Id(), "catalyst-post")));

        var cursor = await _team.CursorAsync();
        Assert.Equal("Posted in Warm Homes' channel.", Mine(await _lab.ClickAsync("cara", suggestion.Id(), "catalyst-post")));
        var posted = Assert.Single(await _team.SinceAsync(cursor), m => m.Visibility() == "channel");
        Assert.True(IsUrgency(posted.Text()));
        Assert.StartsWith("That suggestion is already in the channel.", Mine(await _lab.ClickAsync("cara", suggestion.Id(), "catalyst-dismiss")));

        await _team.AdvanceToAsync(start.AddDays(40), () => _team.ChatAsync("lab", "ben", "chloe"));
        var next = (await _team.SinceAsync(cursor)).Last(m => m.Starts("A suggestion for you as Warm Homes' catalyst") && IsUrgency(m.Text()));
        Assert.Equal("Dismissed; I will not post it.", Mine(await _lab.ClickAsync("cara", next.Id(), "catalyst-dismiss")));
        Assert.DoesNotContain(await _team.SinceAsync(cursor), m => m.Visibility() == "channel" && IsUrgency(m.Text()) && m.Id() > posted.Id());
    }

    /// <summary>A team in Ideate (21 days planned) from now on.</summary>
    private async Task StallInIdeateAsync()
    {
        await _lab.SayAsync("ana", "start Warm Homes");
        await _lab.SayAsync("ben", "join as citizen");
        await _lab.SayAsync("chloe", "join as business");
        await _lab.SayAsync("ana", "phase next confirm");
    }

    private static string Mine(System.Text.Json.Nodes.JsonArray replies) => Assert.Single(replies, r => r!.Visibility() == "onlyUser")!.Text();

    private static bool IsUrgency(string text) =>
        text.Contains("past its plan", StringComparison.Ordinal) || text.Contains("window of opportunity", StringComparison.Ordinal) || text.Contains("over the time", StringComparison.Ordinal);
}
