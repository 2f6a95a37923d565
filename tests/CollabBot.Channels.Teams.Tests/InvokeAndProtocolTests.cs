using System.Net;
using System.Text.Json.Nodes;
using CollabBot.Channels.Teams.Conversations;
using CollabBot.Channels.Teams.Tests.Fakes;
using CollabBot.Conversations.Storage;
using CollabBot.Conversations.Turns;
using CollabBot.Domain;

namespace CollabBot.Channels.Teams.Tests;

/// <summary>Invoke responses and the endpoint's protocol answers (PROTOCOLS.md §4 items 1, 13-15).</summary>
public sealed class InvokeAndProtocolTests(TeamsFixture fixture) : IClassFixture<TeamsFixture>
{
    [Fact]
    public async Task An_Action_Execute_answers_with_the_refreshed_card_and_does_not_post_it_again()
    {
        var activity = fixture.Activity("invoke-adaptiveCard-action.json", out var chatId);
        activity["value"]!["action"]!["data"] = new JsonObject { ["actionId"] = "help", ["command"] = "help" };

        var response = await fixture.PostSignedAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(200, (int?)body["statusCode"]);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        Assert.Equal("1.5", (string?)body["value"]!["version"]);
        Assert.Contains("CollabBot help", body["value"]!.ToJsonString(), StringComparison.Ordinal);
        // Recorded as delivered by the turn's own commit, before the invoke was answered: no dispatcher can take it.
        var delivered = await fixture.Host.Service<IOutboxStore>().ListDeliveredAsync(Platform.Teams, 0, 1000, default);
        var answer = Assert.Single(delivered, m => m.Entry.To.ConversationId == chatId);
        Assert.Equal((OutboxStatus.Sent, TurnOrigin.InlineAnswer.DeliveredAs), (answer.Status, answer.PlatformMessageId));
        await Task.Delay(1500);
        var posted = fixture.Fakes.Requests.Where(r => r.ConversationId == chatId).ToList();
        Assert.True(posted.Count == 0, "posted again: " + string.Join("\n", posted.Select(r => $"{r.Method} {r.Path} {r.Body?.ToJsonString()}")));
    }

    [Fact]
    public async Task An_Action_Execute_without_a_command_answers_with_a_message()
    {
        var activity = fixture.Activity("invoke-adaptiveCard-action.json", out _);

        var response = await fixture.PostSignedAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.activity.message", (string?)body["type"]);
        Assert.Contains("no longer does anything", (string?)body["value"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "BadRequest")]
    [InlineData("Action.Submit", "NotSupported")]
    public async Task An_adaptiveCard_action_without_an_Action_Execute_is_a_400_error_response(string? actionType, string code)
    {
        var activity = fixture.Activity("invoke-adaptiveCard-action.json", out _);
        activity["value"] = actionType is null
            ? new JsonObject { ["trigger"] = "manual" }
            : new JsonObject { ["action"] = new JsonObject { ["type"] = actionType } };

        var response = await fixture.PostSignedAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(400, (int?)body["statusCode"]);
        Assert.Equal("application/vnd.microsoft.error", (string?)body["type"]);
        Assert.Equal(code, (string?)body["value"]!["code"]);
    }

    [Fact]
    public async Task Another_invoke_is_answered_501()
    {
        var activity = fixture.Activity("invoke-adaptiveCard-action.json", out _);
        activity["name"] = "task/fetch";

        var response = await fixture.PostSignedAsync(activity);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Theory]
    [InlineData("conversationUpdate-channelCreated.json")]
    [InlineData("conversationUpdate-membersRemoved.json")]
    [InlineData("messageReaction-added.json")]
    public async Task Events_without_a_reply_are_acknowledged_with_200_and_send_nothing(string name)
    {
        var activity = fixture.Activity(name, out var conversationId);

        var response = await fixture.PostSignedAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Task.Delay(300);
        Assert.DoesNotContain(fixture.Fakes.Requests, r => r.ConversationId?.StartsWith(conversationId, StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task An_unknown_activity_type_is_acknowledged_with_200()
    {
        var activity = fixture.Activity("message-personal.json", out _);
        activity["type"] = "somethingNew";

        var response = await fixture.PostSignedAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Uninstall_marks_the_channel_unreachable_and_reinstall_clears_it()
    {
        var activity = fixture.Activity("installationUpdate-add-team.json", out var channelId);
        var key = ConversationReferenceStore.ConversationKey((string)activity["channelData"]!["tenant"]!["id"]!, channelId);
        activity["action"] = "remove";
        Assert.Equal(HttpStatusCode.OK, (await fixture.PostSignedAsync(activity)).StatusCode);
        Assert.NotNull(await fixture.References.UnreachableReasonAsync(key, default));

        activity["id"] = Guid.NewGuid().ToString("N");
        activity["action"] = "Add";
        Assert.Equal(HttpStatusCode.OK, (await fixture.PostSignedAsync(activity)).StatusCode);

        Assert.Null(await fixture.References.UnreachableReasonAsync(key, default));
        Assert.Equal(fixture.Fakes.ServiceUrl, (await fixture.References.GetAsync(key, default))?.ServiceUrl);
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task Other_methods_than_POST_are_405(string method)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), fixture.Host.MessagesUri);

        var response = await fixture.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_body_over_the_size_limit_is_413_and_stores_nothing(bool chunked)
    {
        var activity = fixture.Activity("message-personal.json", out var chatId);
        activity["text"] = "help " + new string('x', 300 * 1024);
        using var content = new StringContent(activity.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
        if (chunked)
        {
            content.Headers.ContentLength = null;
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, fixture.Host.MessagesUri) { Content = chunked ? new ChunkedContent(content) : content };
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + fixture.Token());

        var response = await fixture.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Null(await fixture.References.GetAsync(ConversationReferenceStore.ConversationKey(TeamsFixture.FixtureTenant, chatId), default));
    }

    /// <summary>Streams the inner content without announcing its length, so the request goes out chunked.</summary>
    private sealed class ChunkedContent(HttpContent inner) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) => inner.CopyToAsync(stream);

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("{\"text\":\"no type\"}")]
    [InlineData("[1,2,3]")]
    [InlineData("")]
    public async Task A_body_that_is_not_an_Activity_is_400(string body)
    {
        var response = await fixture.PostRawAsync(body, "Bearer " + fixture.Token());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
