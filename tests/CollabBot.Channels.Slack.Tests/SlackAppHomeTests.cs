using System.Net;
using CollabBot.Channels.Slack.Rendering;
using CollabBot.Channels.Slack.Tests.Support;
using CollabBot.Conversations.Storage;
using CollabBot.Domain.Collaborations;
using CollabBot.Testing;

namespace CollabBot.Channels.Slack.Tests;

public sealed class SlackAppHomeTests : IAsyncLifetime
{
    private FakeSlackApi _slack = null!;
    private SlackAdapterHost _host = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlackApi.StartAsync();
        _slack.AcceptToken(SlackSenderRig.BotToken);
        _host = await SlackAdapterHost.StartAsync(_slack, new Dictionary<string, string?> { ["Slack:BotToken"] = SlackSenderRig.BotToken });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _slack.DisposeAsync();
    }

    [Fact]
    public async Task Opening_app_home_publishes_the_home_tab_for_that_user_and_stores_no_turn()
    {
        var response = await _host.Client.SendAsync(SlackRequestSigner.Signed("/api/slack/events", Fixtures.Text("event_callback-app_home_opened.json"), SlackAdapterHost.Secret, _host.Now));

        var publish = await Eventually.WaitForAsync(() => _slack.CallsTo("views.publish"), c => c.Count > 0);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var call = Assert.Single(publish);
        Assert.True(call.Succeeded);
        Assert.Equal("U043H11ES4V", call.Arguments["user_id"]!.GetValue<string>());
        Assert.Equal("home", call.Arguments["view"]!["type"]!.GetValue<string>());
        Assert.Contains("/collab status", call.Arguments["view"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(0, _host.Inbox.Attempts);
    }

    [Fact]
    public void Home_lists_each_collaboration_with_its_phase_and_next_check_in_within_100_blocks()
    {
        var many = Enumerable.Range(1, 150)
            .Select(i => new MemberCollaboration(Guid.NewGuid(), $"Team <{i}>", $"C{i:D4}", Phase.Ideate, DateTimeOffset.UnixEpoch, i == 1 ? DateTimeOffset.UnixEpoch.AddDays(3) : null))
            .ToList();

        var view = HomeView.Render(many);

        var blocks = view["blocks"]!.AsArray();
        Assert.Equal(100, blocks.Count);
        var first = blocks[1]!["text"]!["text"]!.GetValue<string>();
        Assert.Equal("*Team &lt;1&gt;* in <#C0001>\nPhase: Ideate since 1970-01-01\nYour next check-in: 1970-01-04 00:00 UTC", first);
        Assert.Contains("and 52 more", blocks[^1]!.ToJsonString(), StringComparison.Ordinal);
    }
}
