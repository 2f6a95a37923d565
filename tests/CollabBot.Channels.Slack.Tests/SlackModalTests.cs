using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using CollabBot.Channels.Slack.Rendering;
using CollabBot.Channels.Slack.Tests.Fakes;
using CollabBot.Channels.Slack.Tests.Support;
using CollabBot.Conversations.Delivery;
using CollabBot.Conversations.Messages;
using CollabBot.Conversations.Turns;
using CollabBot.Domain;
using Microsoft.Extensions.DependencyInjection;

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

        var submitted = await PostAsync(Submission(open, win: "survey sent", rating: "5"));

        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        var turn = Assert.Single(_host.Inbox.Accepted);
        Assert.Equal((TurnKind.CardAction, "submit", "C00FAKECHAN2", "1769220155.940449"), (turn.Kind, turn.ActionId, turn.Where.ConversationId, turn.Where.ThreadId));
        Assert.Equal(("checkin answer {occurrence}", "abc", "survey sent", "5"), (turn.Values["command"], turn.Values["occurrence"], turn.Values["win"], turn.Values["rating"]));
        var answer = JsonNode.Parse(await submitted.Content.ReadAsStringAsync())!;
        Assert.Equal("update", answer["response_action"]!.GetValue<string>());
        Assert.Contains("Sending your answer", answer["view"]!["blocks"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_form_input_is_answered_with_errors_beside_the_fields_and_changes_nothing()
    {
        var open = await OpenAsync();

        var submitted = await PostAsync(Submission(open, win: "   ", rating: "7"));

        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        var answer = JsonNode.Parse(await submitted.Content.ReadAsStringAsync())!.AsObject();
        Assert.Equal("errors", answer["response_action"]!.GetValue<string>());
        var errors = answer["errors"]!.AsObject();
        Assert.Equal(["rating", "win"], errors.Select(e => e.Key).Order());
        Assert.Contains("Your small win", errors["win"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("Please pick one of the options.", errors["rating"]!.GetValue<string>());
        Assert.Empty(_host.Inbox.Accepted);
        Assert.DoesNotContain(_slack.Calls, c => c.Method.StartsWith("chat.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_answer_to_a_submission_replaces_the_sending_view_with_views_update()
    {
        var open = await OpenAsync();
        await PostAsync(Submission(open, win: "survey sent", rating: "5"));
        var turn = Assert.Single(_host.Inbox.Accepted);
        // The submission's turn carries its modal, and the answer that goes there carries it on (as CommandContext copies it).
        Assert.Equal(new TurnOrigin.Modal("V00MODAL", open.Arguments["view"]!["title"]!["text"]!.GetValue<string>()), turn.Origin);
        var sender = _host.Services.GetServices<IChannelSender>().Single(s => s.Platform == Platform.Slack);
        var reply = new PendingMessage(7, new OutboxEntry
        {
            To = turn.Where,
            Visibility = Visibility.OnlyUser,
            RecipientUserId = turn.Who.UserId,
            Message = new OutboundMessage("Thank you, Ben: your check-in is in, rated 5/5."),
            IdempotencyKey = "turn:Slack:reply:0",
            Origin = turn.Origin,
        }, 1);

        var outcome = await sender.SendAsync(reply, CancellationToken.None);

        Assert.IsType<DeliveryOutcome.Sent>(outcome);
        var update = Assert.Single(_slack.CallsTo("views.update"));
        Assert.True(update.Succeeded);
        Assert.Equal("V00MODAL", update.Arguments["view_id"]!.GetValue<string>());
        Assert.Contains("rated 5/5", update.Arguments["view"]!["blocks"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Single(_slack.CallsTo("chat.postEphemeral"));

        // A later answer carries no modal: it is only delivered.
        await sender.SendAsync(reply with { Id = 8, Entry = reply.Entry with { IdempotencyKey = "turn:Slack:reply:1", Origin = null } }, CancellationToken.None);
        Assert.Single(_slack.CallsTo("views.update"));
        Assert.Equal(2, _slack.CallsTo("chat.postEphemeral").Count);
    }

    private async Task<FakeSlackCall> OpenAsync()
    {
        var click = Fixtures.Json("interactivity-block_actions.json");
        click["actions"] = new JsonArray(new JsonObject
        {
            ["action_id"] = ModalForm.OpenActionId,
            ["type"] = "button",
            ["value"] = FillInButton()["value"]!.GetValue<string>(),
            ["action_ts"] = "1769220166.113300",
        });
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(click)).StatusCode);
        return Assert.Single(_slack.CallsTo("views.open"));
    }

    /// <summary>A view_submission as Slack sends it: the opened view (id, title, blocks, metadata) with the person's input.</summary>
    private static JsonNode Submission(FakeSlackCall open, string win, string rating)
    {
        var submission = Fixtures.Json("interactivity-view_submission.json");
        var view = open.Arguments["view"]!;
        submission["view"]!["id"] = "V00MODAL";
        submission["view"]!["callback_id"] = ModalForm.CallbackId;
        submission["view"]!["title"] = view["title"]!.DeepClone();
        submission["view"]!["blocks"] = view["blocks"]!.DeepClone();
        submission["view"]!["private_metadata"] = view["private_metadata"]!.GetValue<string>();
        submission["view"]!["state"] = new JsonObject
        {
            ["values"] = new JsonObject
            {
                ["win"] = new JsonObject { ["win"] = new JsonObject { ["type"] = "plain_text_input", ["value"] = win } },
                ["rating"] = new JsonObject { ["rating"] = new JsonObject { ["type"] = "static_select", ["selected_option"] = new JsonObject { ["value"] = rating } } },
            },
        };
        return submission;
    }
}
