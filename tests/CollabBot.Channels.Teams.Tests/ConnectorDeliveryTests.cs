using System.Net;
using CollabBot.Channels.Teams.Conversations;
using CollabBot.Channels.Teams.Tests.Fakes;
using CollabBot.Conversations.Delivery;
using CollabBot.Conversations.Messages;
using CollabBot.Conversations.Turns;
using CollabBot.Domain;
using CollabBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Channels.Teams.Tests;

/// <summary>How the adapter meets the Bot Connector's refusals (PROTOCOLS.md §4 items 22, 27-28), end to end through the outbox.</summary>
public abstract class ConnectorDeliveryTests(TeamsFixture fixture)
{
    [Fact]
    public async Task A_429_with_Retry_After_is_waited_out_and_the_reply_is_delivered()
    {
        var activity = fixture.Activity("message-personal.json", out var chatId);
        activity["text"] = "help";
        fixture.Fakes.Script(chatId, new ScriptedAnswer(429, RetryAfterSeconds: 1));

        Assert.Equal(HttpStatusCode.OK, (await fixture.PostSignedAsync(activity)).StatusCode);

        await fixture.Fakes.WaitForAsync(all => all.Count(r => r.ConversationId == chatId) >= 2);
        var attempts = fixture.Fakes.ActivitiesTo(chatId);
        Assert.Equal(2, attempts.Count);
        Assert.True(attempts[1].At - attempts[0].At >= TimeSpan.FromMilliseconds(900), $"retried after {attempts[1].At - attempts[0].At}");
        Assert.Equal(attempts[0].CardJson, attempts[1].CardJson);
    }

    [Theory]
    [InlineData(412)]
    [InlineData(502)]
    [InlineData(504)]
    public async Task Transient_gateway_answers_are_retried(int status)
    {
        var activity = fixture.Activity("message-personal.json", out var chatId);
        activity["text"] = "help";
        fixture.Fakes.Script(chatId, new ScriptedAnswer(status));

        Assert.Equal(HttpStatusCode.OK, (await fixture.PostSignedAsync(activity)).StatusCode);

        var requests = await fixture.Fakes.WaitForAsync(all => all.Count(r => r.ConversationId == chatId) >= 2);
        Assert.Equal(2, requests.Count(r => r.ConversationId == chatId));
    }

    [Theory]
    [InlineData("BotNotInConversationRoster")]
    [InlineData("ConversationBlockedByUser")]
    public async Task A_403_roster_error_is_not_retried_and_marks_the_conversation_unreachable(string code)
    {
        var activity = fixture.Activity("message-channel-mention.json", out var channelId);
        activity["conversation"]!["id"] = channelId;
        activity["text"] = "<at>Chat SDK Demo</at> start Quiet Parks";
        fixture.Fakes.Script(channelId, new ScriptedAnswer(403, ErrorCode: code));

        Assert.Equal(HttpStatusCode.OK, (await fixture.PostSignedAsync(activity)).StatusCode);

        await fixture.Fakes.WaitForAsync(all => all.Any(r => r.ConversationId == channelId));
        var key = ConversationReferenceStore.ConversationKey(TeamsFixture.FixtureTenant, channelId);
        await Eventually.UntilAsync(async () => await fixture.References.UnreachableReasonAsync(key, default) is not null, TimeSpan.FromSeconds(10), () => "the channel to be marked unreachable");
        Assert.Contains(code, await fixture.References.UnreachableReasonAsync(key, default), StringComparison.Ordinal);

        // Later messages to the same channel are parked without calling the Connector again.
        var next = fixture.Activity("message-channel-mention.json", out _);
        next["conversation"]!["id"] = channelId;
        next["text"] = "<at>Chat SDK Demo</at> status";
        Assert.Equal(HttpStatusCode.OK, (await fixture.PostSignedAsync(next)).StatusCode);
        await HostWork.SettledAsync(fixture.Host.Services, channelId);
        Assert.Single(fixture.Fakes.ActivitiesTo(channelId));
    }

    [Fact]
    public async Task The_app_token_is_fetched_once_and_reused()
    {
        for (var i = 0; i < 3; i++)
        {
            var activity = fixture.Activity("message-personal.json", out var chatId);
            activity["text"] = "help";
            Assert.Equal(HttpStatusCode.OK, (await fixture.PostSignedAsync(activity)).StatusCode);
            await fixture.Fakes.WaitForAsync(all => all.Any(r => r.ConversationId == chatId && r.Body?["attachments"] is not null));
        }

        Assert.Equal(1, fixture.Fakes.TokenRequests);
    }

    [Fact]
    public async Task A_message_that_replaces_a_sent_one_is_PUT_over_it()
    {
        var activity = fixture.Activity("message-personal.json", out var chatId);
        activity["text"] = "help";
        Assert.Equal(HttpStatusCode.OK, (await fixture.PostSignedAsync(activity)).StatusCode);
        await fixture.Fakes.WaitForAsync(all => all.Any(r => r.ConversationId == chatId));
        var sender = fixture.Host.Services.GetServices<IChannelSender>().Single(s => s.Platform == Platform.Teams);
        var entry = new OutboxEntry
        {
            To = new ConversationAddress(Platform.Teams, "a1b2c3d4-e5f6-7890-abcd-ef1234567890", chatId),
            Visibility = Visibility.Channel,
            Message = new OutboundMessage("Tally: 3 votes"),
            IdempotencyKey = "tally:" + Guid.NewGuid(),
            UpdatesMessageId = 1,
        };

        var outcome = await sender.SendAsync(new PendingMessage(2, entry, 1, "1000000000042"), default);

        Assert.Equal(new DeliveryOutcome.Sent("1000000000042"), outcome);
        var put = Assert.Single(fixture.Fakes.Requests, r => r.Method == "PUT");
        Assert.EndsWith("/activities/1000000000042", put.Path, StringComparison.Ordinal);
        Assert.Equal(chatId, put.ConversationId);
        Assert.Contains("Tally: 3 votes", put.CardJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_split_message_retried_after_a_429_resumes_after_the_parts_already_posted()
    {
        var activity = fixture.Activity("message-personal.json", out var chatId);
        activity["text"] = "help";
        Assert.Equal(HttpStatusCode.OK, (await fixture.PostSignedAsync(activity)).StatusCode);
        await fixture.Fakes.WaitForAsync(all => all.Any(r => r.ConversationId == chatId));
        var sender = fixture.Host.Services.GetServices<IChannelSender>().Single(s => s.Platform == Platform.Teams);
        var text = string.Join('\n', Enumerable.Range(1, 2500).Select(i => $"Line {i} of a long digest."));
        var entry = new OutboxEntry
        {
            To = new ConversationAddress(Platform.Teams, "a1b2c3d4-e5f6-7890-abcd-ef1234567890", chatId),
            Visibility = Visibility.Channel,
            Message = new OutboundMessage(text),
            IdempotencyKey = "digest:" + Guid.NewGuid(),
        };
        var outboxId = Random.Shared.NextInt64(1_000_000, long.MaxValue);
        fixture.Fakes.Script(chatId, new ScriptedAnswer(201), new ScriptedAnswer(429, RetryAfterSeconds: 2));
        var before = fixture.Fakes.ActivitiesTo(chatId).Count;

        var first = await sender.SendAsync(new PendingMessage(outboxId, entry, 1), default);
        var second = await sender.SendAsync(new PendingMessage(outboxId, entry, 2), default);

        Assert.Equal(new DeliveryOutcome.Throttled("Bot Connector answered 429 Throttled", TimeSpan.FromSeconds(2)), first);
        var posts = fixture.Fakes.ActivitiesTo(chatId).Skip(before).ToList();
        var lines = posts.Where((_, i) => i != 1).Sum(p => System.Text.RegularExpressions.Regex.Count(p.CardJson, @"Line \d+ of"));
        Assert.True(posts.Count >= 4, $"{posts.Count} posts");
        Assert.Equal(2500, lines);
        Assert.Equal(posts[1].CardJson, posts[2].CardJson);
        Assert.IsType<DeliveryOutcome.Sent>(second);
    }
}

public sealed class SqliteConnectorDeliveryTests(TeamsFixture fixture) : ConnectorDeliveryTests(fixture), IClassFixture<TeamsFixture>;

public sealed class PostgresConnectorDeliveryTests(PostgresTeamsFixture fixture) : ConnectorDeliveryTests(fixture), IClassFixture<PostgresTeamsFixture>;
