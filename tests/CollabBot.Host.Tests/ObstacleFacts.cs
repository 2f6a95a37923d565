using CollabBot.Conversations.CheckIns;
using CollabBot.Testing;

namespace CollabBot.Host.Tests;

[Collection(HostCollection.Name)]
public sealed class ObstacleFacts : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private CollabBotApp _app = null!;
    private PlaygroundClient _playground = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, "obstacles");
        _app = new CollabBotApp(_database);
        _playground = new PlaygroundClient(_app.Http());
        await _playground.SayAsync("ana", "start Warm Homes");
        await _playground.SayAsync("ben", "join as citizen");
        await _playground.SayAsync("sam", "join as public");
        await _playground.SayAsync("ana", "role @sam sponsor");
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task An_obstacle_open_for_two_weeks_goes_to_the_sponsor_once_and_a_done_one_never()
    {
        Assert.Equal("Obstacle 1 noted: the housing board does not answer. Whoever removes it: `done obstacle 1`.",
            Assert.Single(await _playground.SayAsync("ben", "obstacle the housing board does not answer")).Text());
        await _playground.SayAsync("ben", "obstacle no meeting room");
        await _playground.SayAsync("ana", "done obstacle 2");
        var (_, cursor) = await _playground.OutboxAsync();

        await _playground.AdvanceAsync("P14D");
        Assert.DoesNotContain((await _playground.OutboxAsync(cursor)).Messages, m => m.Text().Contains("held up", StringComparison.Ordinal));
        await _playground.AdvanceAsync("P10D");

        var direct = Assert.Single((await _playground.OutboxAsync(cursor)).Messages, m => m.Text().Contains("held up", StringComparison.Ordinal));
        Assert.Equal("direct", direct.Visibility());
        Assert.Equal("sam", direct!["recipientUserId"]!.GetValue<string>());
        // The daily check runs at 08:00 UTC: 14 or 15 whole days have passed, depending on when the test starts.
        Assert.Matches(@"^Warm Homes has been held up for 1[45] days by obstacle 1: the housing board does not answer\.", direct.Text());
        var open = Assert.Single(await _playground.SayAsync("ben", "obstacles")).CardJson();
        Assert.Contains("1. the housing board does not answer", open);
        Assert.DoesNotContain("no meeting room", open);
    }

    [Fact]
    public async Task An_obstacle_named_in_a_check_in_answer_goes_on_the_list()
    {
        await _playground.SayAsync("ana", "checkin every monday 09:00");
        var (_, cursor) = await _playground.OutboxAsync();
        await _playground.AdvanceAsync("P7D");
        var card = Assert.Single((await _playground.OutboxAsync(cursor)).Messages, m => m!["recipientUserId"]?.GetValue<string>() == "ben" && m.Text().StartsWith("Time for your check-in", StringComparison.Ordinal));

        var replies = await _playground.ClickAsync("ben", card.Id(), CheckInForm.SubmitActionId, new { win = "survey sent", rating = "4", obstacle = "no budget for printing" });

        Assert.Contains(replies, r => r.Text() == "Your obstacle is on the team's list as obstacle 1; `obstacles` shows them all.");
        Assert.Contains("1. no budget for printing", Assert.Single(await _playground.SayAsync("ana", "obstacles")).CardJson());
    }

    [Fact]
    public async Task A_risk_keeps_its_owner_and_leaves_the_list_when_done()
    {
        Assert.Equal("Risk 1 noted: tenants fear rent rises. Owner: Ben.",
            Assert.Single(await _playground.SayAsync("ana", "risk tenants fear rent rises owner @ben")).Text());
        Assert.Contains("owner: Ben", Assert.Single(await _playground.SayAsync("ana", "risks")).CardJson());

        await _playground.SayAsync("ben", "done 1");

        Assert.Equal("No open risks.", Assert.Single(await _playground.SayAsync("ana", "risks")).Text());
    }

    [Fact]
    public async Task Obstacles_risks_and_actions_are_each_numbered_from_one_and_done_asks_which_when_a_number_is_shared()
    {
        await _playground.SayAsync("ben", "obstacle no meeting room");
        await _playground.SayAsync("ana", "action book the hall");
        Assert.Equal("Risk 1 noted: tenants fear rent rises. Owner: Ben.",
            Assert.Single(await _playground.SayAsync("ana", "risk tenants fear rent rises owner @ben")).Text());

        Assert.Equal("Several things are number 1. Write `done obstacle 1`, `done risk 1` or `done action 1`.",
            Assert.Single(await _playground.SayAsync("ben", "done 1")).Text());
        Assert.Equal("There is no risk 5. `risks` lists them.", Assert.Single(await _playground.SayAsync("ben", "done risks 5")).Text());
        Assert.Equal("Risk 1 is done: tenants fear rent rises. Thanks, Ben!", Assert.Single(await _playground.SayAsync("ben", "done Risk 1")).Text());
        Assert.Equal("Obstacle 1 is done: no meeting room. Thanks, Ben!", Assert.Single(await _playground.SayAsync("ben", "done obstacle #1")).Text());

        // Only the action is still open with number 1, so a bare number closes it.
        Assert.Equal("Action 1 is done: book the hall. Thanks, Ana!", Assert.Single(await _playground.SayAsync("ana", "done 1")).Text());
        Assert.Equal("Obstacle 2 noted: the board is silent. Whoever removes it: `done obstacle 2`.",
            Assert.Single(await _playground.SayAsync("ben", "obstacle the board is silent")).Text());
    }
}
