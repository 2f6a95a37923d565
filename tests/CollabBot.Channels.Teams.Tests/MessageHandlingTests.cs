using System.Net;
using System.Text.Json.Nodes;
using CollabBot.Channels.Teams.Conversations;
using CollabBot.Channels.Teams.Tests.Fakes;
using CollabBot.Testing;

namespace CollabBot.Channels.Teams.Tests;

/// <summary>Messages from the payload fixtures (tests/fixtures/teams), authenticated, through the real host to the fake Bot Connector.</summary>
public abstract class MessageHandlingTests(TeamsFixture fixture)
{
    [Fact]
    public async Task A_personal_help_message_is_answered_with_an_adaptive_card_posted_with_the_app_token()
    {
        var activity = fixture.Activity("message-personal.json", out var conversationId);
        activity["text"] = "help";

        var response = await fixture.PostSignedAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await ActivitiesAsync(conversationId, 1));
        Assert.Equal("Bearer " + fixture.Fakes.AccessToken, reply.Authorization);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)reply.Body!["attachments"]![0]!["contentType"]);
        Assert.Equal("1.5", (string?)reply.Body["attachments"]![0]!["content"]!["version"]);
        Assert.Contains("CollabBot help", reply.CardJson, StringComparison.Ordinal);
        var form = fixture.Fakes.TokenForms[0];
        Assert.Equal("client_credentials", form["grant_type"]);
        Assert.Equal(fixture.AppId, form["client_id"]);
        Assert.Equal("https://api.botframework.com/.default", form["scope"]);
    }

    [Fact]
    public async Task A_mention_only_message_in_a_channel_gets_help_in_a_new_direct_chat_with_the_caller()
    {
        var activity = fixture.Activity("message-channel-mention.json", out _);
        activity["text"] = "<at>Chat SDK Demo</at>";
        var userId = "29:" + Guid.NewGuid().ToString("N");
        activity["from"]!["id"] = userId;

        var response = await fixture.PostSignedAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var requests = await fixture.Fakes.WaitForAsync(all => all.Any(r => r.CardJson.Contains("CollabBot help", StringComparison.Ordinal) && r.Body?["conversation"]?["id"] is not null && Created(all, userId) is { } c && r.ConversationId == c));
        var create = Assert.Single(requests, r => r.Path.EndsWith("/v3/conversations", StringComparison.Ordinal) && (string?)r.Body!["members"]![0]!["id"] == userId);
        Assert.Equal(fixture.BotId, (string?)create.Body!["bot"]!["id"]);
        Assert.Equal("a1b2c3d4-e5f6-7890-abcd-ef1234567890", (string?)create.Body["channelData"]!["tenant"]!["id"]);
        var chat = Created(requests, userId);
        Assert.Contains(requests, r => r.ConversationId == chat && r.CardJson.Contains("CollabBot help", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_command_after_the_bot_mention_runs_and_the_answer_goes_to_the_channel_thread()
    {
        var activity = fixture.Activity("message-channel-mention.json", out var channelId);
        activity["text"] = "<at>Chat SDK Demo</at> start Warm Homes";

        var response = await fixture.PostSignedAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var thread = $"{channelId};messageid=1771290107407";
        var reply = Assert.Single(await ActivitiesAsync(thread, 1));
        Assert.Contains("Warm Homes", reply.CardJson, StringComparison.Ordinal);
        Assert.Contains("convenes it", reply.CardJson, StringComparison.Ordinal);
        Assert.NotNull(await fixture.References.GetAsync(ConversationReferenceStore.ConversationKey(TeamsFixture.FixtureTenant, channelId), default));
    }

    [Fact]
    public async Task A_card_submit_delivered_twice_has_one_effect()
    {
        var activity = fixture.Activity("message-action-submit-value.json", out var channelId);
        activity["value"] = new JsonObject { ["actionId"] = "start", ["command"] = "start {name}", ["name"] = "Clean Air" };

        var first = await fixture.PostSignedAsync(activity);
        var second = await fixture.PostSignedAsync(activity);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var thread = $"{channelId};messageid=1771290107407";
        await ActivitiesAsync(thread, 1);
        // Both deliveries were answered, so both are in the inbox (or refused as repeats): once it and the outbox are done, a second effect would show.
        await HostWork.SettledAsync(fixture.Host.Services, channelId);
        var replies = fixture.Fakes.ActivitiesTo(thread);
        var started = Assert.Single(replies);
        Assert.Contains("Clean Air", started.CardJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_person_added_to_a_channel_with_a_collaboration_is_welcomed_there()
    {
        var start = fixture.Activity("message-channel-mention.json", out var channelId);
        start["conversation"]!["id"] = channelId;
        start["text"] = "<at>Chat SDK Demo</at> start Open Streets";
        Assert.Equal(HttpStatusCode.OK, (await fixture.PostSignedAsync(start)).StatusCode);
        await ActivitiesAsync(channelId, 1);
        var added = fixture.Activity("conversationUpdate-bot-added-to-team.json", out _);
        added["conversation"]!["id"] = channelId;
        added["conversation"]!["tenantId"] = "a1b2c3d4-e5f6-7890-abcd-ef1234567890";
        added["channelData"]!["tenant"]!["id"] = "a1b2c3d4-e5f6-7890-abcd-ef1234567890";
        added["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "29:newcomer", ["name"] = "Nia Newcomer" });

        var response = await fixture.PostSignedAsync(added);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = await ActivitiesAsync(channelId, 2);
        Assert.Contains(replies, r => r.CardJson.Contains("Welcome, Nia Newcomer", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_bot_added_to_a_team_stores_the_channel_and_greets_the_installer_directly()
    {
        var activity = fixture.Activity("conversationUpdate-bot-added-to-team.json", out var channelId);
        var installer = "29:" + Guid.NewGuid().ToString("N");
        activity["from"]!["id"] = installer;

        var response = await fixture.PostSignedAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reference = await fixture.References.GetAsync(ConversationReferenceStore.ConversationKey("b28fdbfd-2b78-4f93-b0f8-8881793f0f8f", channelId), default);
        Assert.Equal(fixture.Fakes.ServiceUrl, reference?.ServiceUrl);
        Assert.Equal("b28fdbfd-2b78-4f93-b0f8-8881793f0f8f", reference?.TenantId);
        var requests = await fixture.Fakes.WaitForAsync(all => Created(all, installer) is { } chat && all.Any(r => r.ConversationId == chat));
        Assert.Contains(requests, r => r.ConversationId == Created(requests, installer) && r.CardJson.Contains("CollabBot help", StringComparison.Ordinal));
    }

    private async Task<IReadOnlyList<ConnectorRequest>> ActivitiesAsync(string conversationId, int count)
    {
        await fixture.Fakes.WaitForAsync(all => all.Count(r => r.ConversationId == conversationId) >= count);
        return fixture.Fakes.ActivitiesTo(conversationId);
    }

    /// <summary>The 1:1 chat id the fake Connector created for a user (from the request/answer order).</summary>
    private string? Created(IReadOnlyList<ConnectorRequest> all, string userId)
    {
        _ = all;
        return fixture.Fakes.CreatedChatFor(userId);
    }
}

public sealed class SqliteMessageHandlingTests(TeamsFixture fixture) : MessageHandlingTests(fixture), IClassFixture<TeamsFixture>;

public sealed class PostgresMessageHandlingTests(PostgresTeamsFixture fixture) : MessageHandlingTests(fixture), IClassFixture<PostgresTeamsFixture>;
