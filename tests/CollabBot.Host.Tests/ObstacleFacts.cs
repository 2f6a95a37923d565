using CollabBot.Conversations.CheckIns;
using CollabBot.Testing;

namespace CollabBot.Host.Tests;

[Collection(HostCollection.Name)]
public sealed class ObstacleFacts() : PlaygroundScenario(DatabaseProvider.Sqlite, "obstacles")
{
    protected override async Task GivenAsync()
    {
        await Playground.SayAsync("ana", "start Warm Homes");
        await Playground.SayAsync("ben", "join as citizen");
        await Playground.SayAsync("sam", "join as public");
        await Playground.SayAsync("ana", "role @sam sponsor");
    }

    [Fact]
    public async Task An_obstacle_open_for_two_weeks_goes_to_the_sponsor_once_and_a_done_one_never()
    {
        Assert.Equal("Obstacle 1 noted: the housing board does not answer. Whoever removes it: `done obstacle 1`.",
            Assert.Single(await Playground.SayAsync("ben", "obstacle the housing board does not answer")).Text());
        await Playground.SayAsync("ben", "obstacle no meeting room");
        await Playground.SayAsync("ana", "done obstacle 2");
        var (_, cursor) = await Playground.OutboxAsync();

        await Playground.AdvanceAsync("P14D");
        Assert.DoesNotContain((await Playground.OutboxAsync(cursor)).Messages, m => m.Text().Contains("held up", StringComparison.Ordinal));
        await Playground.AdvanceAsync("P10D");

        var direct = Assert.Single((await Playground.OutboxAsync(cursor)).Messages, m => m.Text().Contains("held up", StringComparison.Ordinal));
        Assert.Equal("direct", direct.Visibility());
        Assert.Equal("sam", direct!["recipientUserId"]!.GetValue<string>());
        // The daily check runs at 08:00 UTC: 14 or 15 whole days have passed, depending on when the test starts.
        Assert.Matches(@"^Warm Homes has been held up for 1[45] days by obstacle 1: the housing board does not answer\.", direct.Text());
        var open = Assert.Single(await Playground.SayAsync("ben", "obstacles")).CardJson();
        Assert.Contains("1. the housing board does not answer", open);
        Assert.DoesNotContain("no meeting room", open);
    }

    [Fact]
    public async Task An_obstacle_named_in_a_check_in_answer_goes_on_the_list()
    {
        await Playground.SayAsync("ana", "checkin every monday 09:00");
        var (_, cursor) = await Playground.OutboxAsync();
        await Playground.AdvanceAsync("P7D");
        var card = Assert.Single((await Playground.OutboxAsync(cursor)).Messages, m => m!["recipientUserId"]?.GetValue<string>() == "ben" && m.Text().StartsWith("Time for your check-in", StringComparison.Ordinal));

        var replies = await Playground.ClickAsync("ben", card.Id(), CheckInForm.SubmitActionId, new { win = "survey sent", rating = "4", obstacle = "no budget for printing" });

        Assert.Contains(replies, r => r.Text() == "Your obstacle is on the team's list as obstacle 1; `obstacles` shows them all.");
        Assert.Contains("1. no budget for printing", Assert.Single(await Playground.SayAsync("ana", "obstacles")).CardJson());
    }

    [Fact]
    public async Task A_risk_keeps_its_owner_and_leaves_the_list_when_done()
    {
        Assert.Equal("Risk 1 noted: tenants fear rent rises. Owner: Ben.",
            Assert.Single(await Playground.SayAsync("ana", "risk tenants fear rent rises owner @ben")).Text());
        Assert.Contains("owner: Ben", Assert.Single(await Playground.SayAsync("ana", "risks")).CardJson());

        await Playground.SayAsync("ben", "done 1");

        Assert.Equal("No open risks.", Assert.Single(await Playground.SayAsync("ana", "risks")).Text());
    }

    [Fact]
    public async Task Obstacles_risks_and_actions_are_each_numbered_from_one_and_done_asks_which_when_a_number_is_shared()
    {
        await Playground.SayAsync("ben", "obstacle no meeting room");
        await Playground.SayAsync("ana", "action book the hall");
        Assert.Equal("Risk 1 noted: tenants fear rent rises. Owner: Ben.",
            Assert.Single(await Playground.SayAsync("ana", "risk tenants fear rent rises owner @ben")).Text());

        Assert.Equal("Several things are number 1. Write `done obstacle 1`, `done risk 1` or `done action 1`.",
            Assert.Single(await Playground.SayAsync("ben", "done 1")).Text());
        Assert.Equal("There is no risk 5. `risks` lists them.", Assert.Single(await Playground.SayAsync("ben", "done risks 5")).Text());
        Assert.Equal("Risk 1 is done: tenants fear rent rises. Thanks, Ben!", Assert.Single(await Playground.SayAsync("ben", "done Risk 1")).Text());
        Assert.Equal("Obstacle 1 is done: no meeting room. Thanks, Ben!", Assert.Single(await Playground.SayAsync("ben", "done obstacle #1")).Text());

        // Only the action is still open with number 1, so a bare number closes it.
        Assert.Equal("Action 1 is done: book the hall. Thanks, Ana!", Assert.Single(await Playground.SayAsync("ana", "done 1")).Text());
        Assert.Equal("Obstacle 2 noted: the board is silent. Whoever removes it: `done obstacle 2`.",
            Assert.Single(await Playground.SayAsync("ben", "obstacle the board is silent")).Text());
    }

    [Fact]
    public async Task An_obstacle_for_a_member_goes_to_that_member_instead_of_the_sponsors_once_after_two_weeks()
    {
        Assert.Equal("Obstacle 1 noted: the housing board does not answer. Ben hears of it if it is still open in two weeks. Whoever removes it: `done obstacle 1`.",
            Assert.Single(await Playground.SayAsync("ana", "obstacle the housing board does not answer for @ben")).Text());
        Assert.Equal("Obstacle 2 noted: no budget for printing. Whoever removes it: `done obstacle 2`.",
            Assert.Single(await Playground.SayAsync("ana", "obstacle no budget for printing")).Text());
        Assert.StartsWith("Zed is not in Warm Homes", Assert.Single(await Playground.SayAsync("ana", "obstacle no room for <@zed|Zed>")).Text());
        Assert.Contains("for Ben", Assert.Single(await Playground.SayAsync("ben", "obstacles")).CardJson());
        var (_, cursor) = await Playground.OutboxAsync();

        await Playground.AdvanceAsync("P16D");
        var told = (await Playground.OutboxAsync(cursor)).Messages.Where(m => m.Text().Contains("held up", StringComparison.Ordinal)).ToList();
        var toBen = Assert.Single(told, m => m.Text().Contains("obstacle 1", StringComparison.Ordinal));
        Assert.Equal(("direct", "ben"), (toBen.Visibility(), toBen!["recipientUserId"]!.GetValue<string>()));
        Assert.Contains("The team named you as the one who can remove it.", toBen.Text());
        var toSam = Assert.Single(told, m => m.Text().Contains("obstacle 2", StringComparison.Ordinal));
        Assert.Equal("sam", toSam!["recipientUserId"]!.GetValue<string>());

        var (_, later) = await Playground.OutboxAsync();
        await Playground.AdvanceAsync("P3D");
        Assert.DoesNotContain((await Playground.OutboxAsync(later)).Messages, m => m.Text().Contains("held up", StringComparison.Ordinal));
    }
}
