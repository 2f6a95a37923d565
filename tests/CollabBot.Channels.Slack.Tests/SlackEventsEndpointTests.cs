using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CollabBot.Channels.Slack.Signing;
using CollabBot.Channels.Slack.Tests.Support;
using CollabBot.Conversations.Turns;
using CollabBot.Domain;
using CollabBot.Domain.Participation;

namespace CollabBot.Channels.Slack.Tests;

/// <summary>POST /api/slack/events over real HTTP with real signatures, on the payload fixtures (tests/fixtures/slack).</summary>
public sealed class SlackEventsEndpointTests : IAsyncLifetime
{
    private SlackAdapterHost _host = null!;

    public async Task InitializeAsync() => _host = await SlackAdapterHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private Task<HttpResponseMessage> PostAsync(string body, DateTimeOffset? signedAt = null, string? secret = null) =>
        _host.Client.SendAsync(SlackRequestSigner.Signed("/api/slack/events", body, secret ?? SlackAdapterHost.Secret, signedAt ?? _host.Now));

    [Fact]
    public async Task Url_verification_echoes_the_challenge()
    {
        var response = await PostAsync(Fixtures.Text("url_verification.json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", answer["challenge"]!.GetValue<string>());
    }

    [Fact]
    public async Task Url_verification_with_a_wrong_signature_is_401_without_the_challenge()
    {
        var response = await PostAsync(Fixtures.Text("url_verification.json"), secret: "not-the-secret");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("3eZbrw1a", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task App_mention_is_stored_as_a_command_without_the_bots_own_mention()
    {
        var response = await PostAsync(Fixtures.Text("event_callback-app_mention.json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var turn = Assert.Single(_host.Inbox.Accepted);
        Assert.Equal(TurnKind.Command, turn.Kind);
        Assert.Equal("test", turn.Text);
        Assert.Equal(new ConversationAddress(Platform.Slack, "T00FAKE00AA", "C00FAKECHAN1"), turn.Where);
        Assert.Equal("U00FAKEUSER1", turn.Who.UserId);
        Assert.Equal("event:A00FAKEAPP01:Ev00FAKE0002", turn.DedupKey);
    }

    [Fact]
    public async Task Wrong_signature_is_401_and_stores_nothing()
    {
        var response = await PostAsync(Fixtures.Text("event_callback-app_mention.json"), secret: "not-the-secret");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, _host.Inbox.Attempts);
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    public async Task Stale_or_future_timestamp_is_401_and_stores_nothing(int offsetSeconds)
    {
        var response = await PostAsync(Fixtures.Text("event_callback-app_mention.json"), _host.Now.AddSeconds(offsetSeconds));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, _host.Inbox.Attempts);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(false, false)]
    public async Task Missing_signature_headers_are_401_and_store_nothing(bool withTimestamp, bool withSignature)
    {
        var signed = SlackRequestSigner.Signed("/api/slack/events", Fixtures.Text("event_callback-app_mention.json"), SlackAdapterHost.Secret, _host.Now);
        if (!withTimestamp)
        {
            signed.Headers.Remove(SlackSignatureVerifier.TimestampHeader);
        }

        if (!withSignature)
        {
            signed.Headers.Remove(SlackSignatureVerifier.SignatureHeader);
        }

        var response = await _host.Client.SendAsync(signed);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, _host.Inbox.Attempts);
    }

    [Fact]
    public async Task Replayed_request_has_no_second_effect_and_is_refused_once_stale()
    {
        var body = Fixtures.Text("event_callback-app_mention.json");
        var capturedAt = _host.Now;

        var first = await PostAsync(body, capturedAt);
        var replay = await PostAsync(body, capturedAt);
        _host.Clock.Advance(TimeSpan.FromMinutes(6));
        var lateReplay = await PostAsync(body, capturedAt);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, lateReplay.StatusCode);
        Assert.Single(_host.Inbox.Accepted);
        Assert.Equal(2, _host.Inbox.Attempts);
    }

    [Fact]
    public async Task Slacks_retry_of_the_same_event_is_acknowledged_and_stored_once()
    {
        var body = Fixtures.Text("event_callback-app_mention.json");
        var first = await PostAsync(body);
        var retry = SlackRequestSigner.Signed("/api/slack/events", body, SlackAdapterHost.Secret, _host.Now);
        retry.Headers.Add("X-Slack-Retry-Num", "1");
        retry.Headers.Add("X-Slack-Retry-Reason", "http_timeout");

        var second = await _host.Client.SendAsync(retry);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Single(_host.Inbox.Accepted);
    }

    [Theory]
    [InlineData("{\"type\":\"event_callback\",")]
    [InlineData("not json at all")]
    [InlineData("{\"team_id\":\"T1\"}")]
    public async Task Malformed_signed_body_is_400_and_stores_nothing(string body)
    {
        var response = await PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("1", response.Headers.GetValues("X-Slack-No-Retry").Single());
        Assert.Equal(0, _host.Inbox.Attempts);
    }

    [Fact]
    public async Task Body_over_one_megabyte_is_413_even_when_signed()
    {
        var body = "{\"type\":\"event_callback\",\"pad\":\"" + new string('x', 1024 * 1024) + "\"}";

        var response = await PostAsync(body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, _host.Inbox.Attempts);
    }

    [Fact]
    public async Task Chunked_body_over_one_megabyte_is_413()
    {
        var bytes = Encoding.UTF8.GetBytes(new string('x', 1024 * 1024 + 1));
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/slack/events") { Content = new StreamContent(new NonSeekableStream(bytes)) };
        request.Headers.TransferEncodingChunked = true;

        var response = await _host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Bots_own_and_other_bots_messages_are_not_participation()
    {
        var response = await PostAsync(Fixtures.Text("event_callback-message_bot_message.json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, _host.Inbox.Attempts);
    }

    [Fact]
    public async Task Message_edit_is_not_participation()
    {
        var edit = Fixtures.Json("event_callback-message_channels.json");
        edit["event"]!["subtype"] = "message_changed";

        var response = await PostAsync(edit.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, _host.Inbox.Attempts);
    }

    [Fact]
    public async Task Channel_message_is_stored_as_participation_without_its_text()
    {
        await PostAsync(Fixtures.Text("event_callback-message_channels.json"));

        var turn = Assert.Single(_host.Inbox.Accepted);
        Assert.Equal((TurnKind.Participation, ParticipationKind.Message), (turn.Kind, turn.Participation));
        Assert.Equal("C043YJGBY49", turn.Where.ConversationId);
        Assert.Equal("U043H11ES4V", turn.Who.UserId);
        Assert.Null(turn.Text);
    }

    [Fact]
    public async Task Reply_in_a_thread_is_participation_as_a_reply_in_that_thread()
    {
        var reply = Fixtures.Json("event_callback-message_channels.json");
        reply["event"]!["thread_ts"] = "1663966000.000100";

        await PostAsync(reply.ToJsonString());

        var turn = Assert.Single(_host.Inbox.Accepted);
        Assert.Equal((ParticipationKind.Reply, "1663966000.000100"), (turn.Participation, turn.Where.ThreadId));
    }

    [Fact]
    public async Task Reaction_is_participation_in_the_reacted_messages_channel()
    {
        var reaction = Fixtures.Json("event_callback-reaction_added.json");
        reaction["event_id"] = "Ev00FAKE0099";

        await PostAsync(reaction.ToJsonString());

        var turn = Assert.Single(_host.Inbox.Accepted);
        Assert.Equal((TurnKind.Participation, ParticipationKind.Reaction), (turn.Kind, turn.Participation));
        Assert.Equal(("T00FAKE00AA", "C00FAKECHAN1"), (turn.Where.WorkspaceId, turn.Where.ConversationId));
        Assert.Equal("+1", turn.Values["reaction"]);
    }

    [Fact]
    public async Task Someone_joining_a_channel_is_a_member_joined_turn_but_the_bot_joining_is_not()
    {
        var botJoined = Fixtures.Json("event_callback-member_joined_channel.json");
        var personJoined = Fixtures.Json("event_callback-member_joined_channel.json");
        personJoined["event"]!["user"] = "U00FAKEUSER7";
        personJoined["event_id"] = "Ev00FAKE0007";

        await PostAsync(botJoined.ToJsonString());
        await PostAsync(personJoined.ToJsonString());

        var turn = Assert.Single(_host.Inbox.Accepted);
        Assert.Equal(TurnKind.MemberJoined, turn.Kind);
        Assert.Equal("U00FAKEUSER7", turn.Who.UserId);
        Assert.Equal("<@U00FAKEUSER7>", turn.Who.DisplayName);
    }

    private sealed class NonSeekableStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
