using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using CollabBot.Channels.Slack.Rendering;
using CollabBot.Channels.Slack.Tests.Fakes;
using CollabBot.Channels.Slack.Tests.Support;
using CollabBot.Conversations.Messages;
using CollabBot.Conversations.Turns;

namespace CollabBot.Channels.Slack.Tests;

/// <summary>A card with a form: one "Fill in" button opens it as a modal; the submission is the card action.</summary>
public sealed class SlackModalTests : IAsyncLifetime
{
    private static readonly Card CheckIn = new()
    {
        Title = "Check-in: Warm Homes with a very long name",
        Body = "What did you achieve?",
        Inputs =
        [
            new CardInput { Id = "win", Label = "Your small win", Kind = InputKind.MultilineText, Required = true },
            new CardInput { Id = "rating", Label = "Rating", Kind = InputKind.Choice, Required = true, Choices = [new("1", "1"), new("5", "5")] },
        ],
        Actions = [new CardAction { Id = "submit", Title = "Send", Data = new Dictionary<string, string> { ["command"] = "checkin answer {occurrence}", ["occurrence"] = "abc" } }],
    };

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

    private Task<HttpResponseMessage> PostAsync(JsonNode payload) => _host.Client.SendAsync(SlackRequests.SignedForm(
        "/api/slack/interactions", "payload=" + Uri.EscapeDataString(payload.ToJsonString()), SlackAdapterHost.Secret, _host.Now));

    private static JsonNode FillInButton() =>
        BlockKitRenderer.Render(new OutboundMessage("Check-in time", CheckIn))[0].Blocks.Last(b => b!["type"]!.GetValue<string>() == "actions")!["elements"]![0]!;

    [Fact]
    public void A_form_card_shows_one_fill_in_button_instead_of_inline_inputs()
    {
        var blocks = BlockKitRenderer.Render(new OutboundMessage("Check-in time", CheckIn))[0].Blocks;

        Assert.DoesNotContain(blocks, b => b!["type"]!.GetValue<string>() == "input");
        var button = FillInButton();
        Assert.Equal((ModalForm.OpenActionId, BlockKitRenderer.FillInTitle), (button["action_id"]!.GetValue<string>(), button["text"]!["text"]!.GetValue<string>()));
        Assert.Equal(["win", "rating"], ModalForm.Decode(button["value"]!.GetValue<string>())!.Inputs.Select(i => i.Id));
    }

    [Fact]
    public void Modal_keeps_the_view_limits_and_carries_where_the_card_was()
    {
        var view = ModalView.Render(ModalForm.Decode(FillInButton()["value"]!.GetValue<string>())!, "C1", "123.456");

        var title = view["title"]!["text"]!.GetValue<string>();
        Assert.Equal(24, title.Length);
        Assert.EndsWith("…", title, StringComparison.Ordinal);
        var metadata = JsonSerializer.Deserialize<Dictionary<string, string>>(view["private_metadata"]!.GetValue<string>())!;
        Assert.Equal(("C1", "123.456", "submit", "abc"), (metadata["_channel"], metadata["_thread"], metadata["_action"], metadata["occurrence"]));
        Assert.Equal(2, view["blocks"]!.AsArray().Count(b => b!["type"]!.GetValue<string>() == "input"));
    }

    [Fact]
    public async Task Fill_in_opens_the_modal_with_the_trigger_and_its_submission_is_the_card_action()
    {
        var click = Fixtures.Json("interactivity-block_actions.json");
        click["actions"] = new JsonArray(new JsonObject
        {
            ["action_id"] = ModalForm.OpenActionId,
            ["type"] = "button",
            ["value"] = FillInButton()["value"]!.GetValue<string>(),
            ["action_ts"] = "1769220166.113300",
        });

        var clicked = await PostAsync(click);

        Assert.Equal(HttpStatusCode.OK, clicked.StatusCode);
        Assert.Equal(0, _host.Inbox.Attempts);
        var open = Assert.Single(_slack.CallsTo("views.open"));
        Assert.True(open.Succeeded);
        Assert.Equal("10367455086084.10229338706656.e675a0c0dacc24a1f7b84a7a426d1197", open.Arguments["trigger_id"]!.GetValue<string>());

        var submission = Fixtures.Json("interactivity-view_submission.json");
        submission["view"]!["callback_id"] = ModalForm.CallbackId;
        submission["view"]!["private_metadata"] = open.Arguments["view"]!["private_metadata"]!.GetValue<string>();
        submission["view"]!["state"] = JsonNode.Parse("""{"values":{"win":{"win":{"type":"plain_text_input","value":"survey sent"}},"rating":{"rating":{"type":"static_select","selected_option":{"value":"5"}}}}}""");
        var submitted = await PostAsync(submission);

        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        var turn = Assert.Single(_host.Inbox.Accepted);
        Assert.Equal((TurnKind.CardAction, "submit", "C00FAKECHAN2", "1769220155.940449"), (turn.Kind, turn.ActionId, turn.Where.ConversationId, turn.Where.ThreadId));
        Assert.Equal(("checkin answer {occurrence}", "abc", "survey sent", "5"), (turn.Values["command"], turn.Values["occurrence"], turn.Values["win"], turn.Values["rating"]));
    }
}
