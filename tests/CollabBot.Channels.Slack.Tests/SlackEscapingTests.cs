using System.Net;
using CollabBot.Channels.Slack.Rendering;
using CollabBot.Channels.Slack.Tests.Support;
using CollabBot.Conversations.Messages;

namespace CollabBot.Channels.Slack.Tests;

/// <summary>
/// Slack sends <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> as entities: they are decoded once on the way in (after the
/// mentions are read), stored as plain text and escaped once on the way out, so nobody sees "R&amp;amp;D".
/// </summary>
public sealed class SlackEscapingTests : IAsyncLifetime
{
    private SlackAdapterHost _host = null!;

    public async Task InitializeAsync() => _host = await SlackAdapterHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_mention_arrives_as_plain_text_and_is_escaped_once_in_block_kit()
    {
        var mention = Fixtures.Json("event_callback-app_mention.json");
        mention["event"]!["text"] = "<@U00FAKEBOT01> goal R&amp;D budget &lt; 5k &amp;&amp; &gt;= 2 partners, ask <@U00FAKEUSER2> about &amp;lt;b&amp;gt;";

        var response = await _host.Client.SendAsync(SlackRequestSigner.Signed("/api/slack/events", mention.ToJsonString(), SlackAdapterHost.Secret, _host.Now));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var turn = Assert.Single(_host.Inbox.Accepted);
        Assert.Equal("goal R&D budget < 5k && >= 2 partners, ask <@U00FAKEUSER2> about &lt;b&gt;", turn.Text);
        Assert.Equal(["U00FAKEUSER2"], turn.Mentions.Select(m => m.UserId));
        var rendered = BlockKitRenderer.Render(new OutboundMessage(turn.Text!))[0];
        var section = rendered.Blocks[0]!["text"]!["text"]!.GetValue<string>();
        Assert.Equal("goal R&amp;D budget &lt; 5k &amp;&amp; &gt;= 2 partners, ask <@U00FAKEUSER2> about &amp;lt;b&amp;gt;", section);
        Assert.Equal(section, rendered.Text);
    }

    [Fact]
    public async Task A_slash_command_arrives_as_plain_text_with_its_mentions_and_links_as_sent()
    {
        var body = Fixtures.Text("slash_command-body.txt").Replace(
            "text=some+arguments+here",
            "text=" + Uri.EscapeDataString("define R&amp;D = research &amp; development, see <https://example.org/a?b=1&amp;c=2|the plan> and <@U00FAKEUSER5|ana> &lt;3"),
            StringComparison.Ordinal);

        var response = await _host.Client.SendAsync(SlackRequestSigner.SignedForm("/api/slack/commands", body, SlackAdapterHost.Secret, _host.Now));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var turn = Assert.Single(_host.Inbox.Accepted);
        Assert.Equal("define R&D = research & development, see <https://example.org/a?b=1&c=2|the plan> and <@U00FAKEUSER5|ana> <3", turn.Text);
        Assert.Equal(["U00FAKEUSER5"], turn.Mentions.Select(m => m.UserId));
    }
}
