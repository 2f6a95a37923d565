using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using CollabBot.Channels.Slack.Inbound;
using CollabBot.Channels.Slack.Tests.Support;
using CollabBot.Conversations.Turns;

namespace CollabBot.Channels.Slack.Tests;

/// <summary>POST /api/slack/commands and /api/slack/interactions: form bodies, signed as sent.</summary>
public sealed class SlackCommandsAndInteractionsTests : IAsyncLifetime
{
    private SlackAdapterHost _host = null!;

    public async Task InitializeAsync() => _host = await SlackAdapterHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private Task<HttpResponseMessage> PostFormAsync(string path, string body) =>
        _host.Client.SendAsync(SlackRequestSigner.SignedForm(path, body, SlackAdapterHost.Secret, _host.Now));

    private static string PayloadBody(JsonNode payload) => "payload=" + Uri.EscapeDataString(payload.ToJsonString());

    [Fact]
    public async Task Slash_command_is_stored_as_a_command_with_its_text()
    {
        var response = await PostFormAsync("/api/slack/commands", Fixtures.Text("slash_command-body.txt"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var turn = Assert.Single(_host.Inbox.Accepted);
        Assert.Equal(TurnKind.Command, turn.Kind);
        Assert.Equal("some arguments here", turn.Text);
        Assert.Equal(("T00FAKE00BB", "C00FAKECHAN3", "U00FAKEUSER2"), (turn.Where.WorkspaceId, turn.Where.ConversationId, turn.Who.UserId));
        Assert.Equal("command:A00FAKEAPP03:10520020890661.10229338706656.2e2188a074adf3bf9f8456b30180f405", turn.DedupKey);
    }

    [Fact]
    public async Task Slash_command_signed_over_other_bytes_is_401()
    {
        var request = SlackRequestSigner.SignedForm("/api/slack/commands", Fixtures.Text("slash_command-body.txt"), SlackAdapterHost.Secret, _host.Now);
        request.Content = new StringContent(Fixtures.Text("slash_command-body.txt").Replace("some+arguments", "start+evil", StringComparison.Ordinal),
            System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");

        var response = await _host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, _host.Inbox.Attempts);
    }

    [Fact]
    public async Task Ssl_check_is_answered_200_without_signature_and_does_nothing()
    {
        var response = await _host.Client.SendAsync(SlackRequestSigner.Unsigned("/api/slack/commands", "ssl_check=1&token=abc", "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, _host.Inbox.Attempts);
    }

    [Fact]
    public async Task Unsigned_slash_command_is_401()
    {
        var response = await _host.Client.SendAsync(SlackRequestSigner.Unsigned("/api/slack/commands", Fixtures.Text("slash_command-body.txt"), "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, _host.Inbox.Attempts);
    }

    [Fact]
    public async Task Button_click_is_a_card_action_with_the_buttons_data_and_the_cards_inputs()
    {
        var payload = Fixtures.Json("interactivity-block_actions.json");
        payload["actions"]![0]!["value"] = "{\"command\":\"join as {sector}\"}";
        payload["state"] = JsonNode.Parse("""{"values":{"sector":{"sector":{"type":"static_select","selected_option":{"value":"citizen"}}}}}""");

        var response = await PostFormAsync("/api/slack/interactions", PayloadBody(payload));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var turn = Assert.Single(_host.Inbox.Accepted);
        Assert.Equal(TurnKind.CardAction, turn.Kind);
        Assert.Equal("feedback", turn.ActionId);
        Assert.Equal("join as {sector}", turn.Values["command"]);
        Assert.Equal("citizen", turn.Values["sector"]);
        Assert.Equal(("T00FAKE00BB", "C00FAKECHAN2", "1769220155.940449"), (turn.Where.WorkspaceId, turn.Where.ConversationId, turn.Where.ThreadId));
        Assert.Equal("1769220161.503009", turn.ReplyToMessageId);
    }

    [Fact]
    public async Task Repeated_click_on_the_same_button_is_stored_once()
    {
        var first = Fixtures.Json("interactivity-block_actions.json");
        var again = Fixtures.Json("interactivity-block_actions.json");
        again["actions"]![0]!["action_ts"] = "1769220169.000001";
        again["trigger_id"] = "10367455086084.10229338706656.ffffffffffffffffffffffffffffffff";

        await PostFormAsync("/api/slack/interactions", PayloadBody(first));
        var response = await PostFormAsync("/api/slack/interactions", PayloadBody(again));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(_host.Inbox.Accepted);
        Assert.Equal(2, _host.Inbox.Attempts);
    }

    [Fact]
    public async Task Same_button_with_another_choice_is_a_new_action()
    {
        var citizen = Fixtures.Json("interactivity-block_actions.json");
        citizen["state"] = JsonNode.Parse("""{"values":{"s":{"sector":{"type":"static_select","selected_option":{"value":"citizen"}}}}}""");
        var business = Fixtures.Json("interactivity-block_actions.json");
        business["state"] = JsonNode.Parse("""{"values":{"s":{"sector":{"type":"static_select","selected_option":{"value":"business"}}}}}""");

        await PostFormAsync("/api/slack/interactions", PayloadBody(citizen));
        await PostFormAsync("/api/slack/interactions", PayloadBody(business));

        Assert.Equal(2, _host.Inbox.Accepted.Count);
    }

    [Fact]
    public async Task Modal_submit_carries_the_card_address_and_data_from_private_metadata()
    {
        var payload = Fixtures.Json("interactivity-view_submission.json");
        payload["view"]!["private_metadata"] = JsonSerializer.Serialize(new Dictionary<string, string>
        {
            [SlackInteractionTurns.ChannelKey] = "C00FAKECHAN2",
            [SlackInteractionTurns.ActionKey] = "send",
            ["command"] = "goal {message}",
        });

        var response = await PostFormAsync("/api/slack/interactions", PayloadBody(payload));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var turn = Assert.Single(_host.Inbox.Accepted);
        Assert.Equal(("C00FAKECHAN2", "send"), (turn.Where.ConversationId, turn.ActionId));
        Assert.Equal("goal {message}", turn.Values["command"]);
        Assert.Equal("Hello!", turn.Values["message"]);
        Assert.Equal("feature", turn.Values["category"]);
        Assert.False(turn.Values.ContainsKey(SlackInteractionTurns.ChannelKey));
    }

    [Fact]
    public async Task Modal_that_is_not_ours_is_acknowledged_and_ignored()
    {
        var response = await PostFormAsync("/api/slack/interactions", Fixtures.Text("interactivity-view_submission-body.txt"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, _host.Inbox.Attempts);
    }

    [Theory]
    [InlineData("payload=%7Bnot+json")]
    [InlineData("nopayload=1")]
    [InlineData("payload=%7B%22type%22%3A%22block_actions%22%7D")]
    public async Task Malformed_interaction_is_400_and_stores_nothing(string body)
    {
        var response = await PostFormAsync("/api/slack/interactions", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, _host.Inbox.Attempts);
    }
}
