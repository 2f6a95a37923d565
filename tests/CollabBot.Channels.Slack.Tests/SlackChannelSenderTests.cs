using System.Text.Json.Nodes;
using CollabBot.Channels.Slack.Installations;
using CollabBot.Channels.Slack.Tests.Support;
using CollabBot.Conversations.Delivery;
using CollabBot.Conversations.Messages;

namespace CollabBot.Channels.Slack.Tests;

/// <summary>The outbox sender against the fake Slack Web API over loopback.</summary>
public sealed class SlackChannelSenderTests : IAsyncLifetime
{
    private SlackSenderRig _rig = null!;

    public async Task InitializeAsync() => _rig = await SlackSenderRig.StartAsync();

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    [Fact]
    public async Task Channel_message_is_posted_with_the_bot_token_and_its_ts_is_the_message_id()
    {
        var outcome = await _rig.Sender.SendAsync(_rig.Message("C1", "Hello & welcome"), default);

        var call = Assert.Single(_rig.Slack.CallsTo("chat.postMessage"));
        var sent = Assert.IsType<DeliveryOutcome.Sent>(outcome);
        Assert.True(call.Succeeded);
        Assert.Equal((SlackSenderRig.BotToken, "C1", "Hello &amp; welcome"), (call.Token, call.Channel, call.Arguments["text"]!.GetValue<string>()));
        Assert.NotEmpty(call.Arguments["blocks"]!.AsArray());
        Assert.False(call.Arguments["unfurl_links"]!.GetValue<bool>());
        Assert.Matches(@"^\d+\.\d{6}$", sent.PlatformMessageId);
    }

    [Fact]
    public async Task Only_user_message_is_ephemeral_to_that_user()
    {
        var outcome = await _rig.Sender.SendAsync(_rig.Message("C1", "Only you", Visibility.OnlyUser, "U7"), default);

        var call = Assert.Single(_rig.Slack.CallsTo("chat.postEphemeral"));
        Assert.IsType<DeliveryOutcome.Sent>(outcome);
        Assert.Equal(("C1", "U7"), (call.Channel, call.Arguments["user"]!.GetValue<string>()));
        Assert.Empty(_rig.Slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task Direct_message_opens_the_dm_and_posts_there()
    {
        var outcome = await _rig.Sender.SendAsync(_rig.Message("C1", "Psst", Visibility.Direct, "U7"), default);

        Assert.IsType<DeliveryOutcome.Sent>(outcome);
        Assert.Equal("U7", Assert.Single(_rig.Slack.CallsTo("conversations.open")).Arguments["users"]!.GetValue<string>());
        Assert.Equal("DU7", Assert.Single(_rig.Slack.CallsTo("chat.postMessage")).Channel);
    }

    [Fact]
    public async Task A_direct_message_channel_is_opened_once_per_person_and_again_when_Slack_no_longer_knows_it()
    {
        Assert.IsType<DeliveryOutcome.Sent>(await _rig.Sender.SendAsync(_rig.Message("C1", "one", Visibility.Direct, "U7"), default));
        Assert.IsType<DeliveryOutcome.Sent>(await _rig.Sender.SendAsync(_rig.Message("C1", "two", Visibility.Direct, "U7"), default));
        Assert.IsType<DeliveryOutcome.Sent>(await _rig.Sender.SendAsync(_rig.Message("C1", "hi", Visibility.Direct, "U8"), default));
        Assert.Equal(["U7", "U8"], _rig.Slack.CallsTo("conversations.open").Select(c => c.Arguments["users"]!.GetValue<string>()));

        _rig.Slack.FailChannel("DU7", "channel_not_found");
        var stale = await _rig.Sender.SendAsync(_rig.Message("C1", "three", Visibility.Direct, "U7"), default);
        _rig.Slack.HealChannel("DU7");
        var reopened = await _rig.Sender.SendAsync(_rig.Message("C1", "three", Visibility.Direct, "U7"), default);

        Assert.Equal("channel_not_found", Assert.IsType<DeliveryOutcome.Retry>(stale).Reason);
        Assert.IsType<DeliveryOutcome.Sent>(reopened);
        Assert.Equal(["U7", "U8", "U7"], _rig.Slack.CallsTo("conversations.open").Select(c => c.Arguments["users"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("channel_not_found")]
    [InlineData("not_in_channel")]
    [InlineData("is_archived")]
    public async Task Unreachable_channel_is_undeliverable_and_remembered_without_calling_again(string error)
    {
        _rig.Slack.FailChannel("CGONE", error);

        var first = await _rig.Sender.SendAsync(_rig.Message("CGONE", "one"), default);
        var second = await _rig.Sender.SendAsync(_rig.Message("CGONE", "two"), default);

        Assert.Equal(error, Assert.IsType<DeliveryOutcome.Undeliverable>(first).Reason);
        Assert.StartsWith(error, Assert.IsType<DeliveryOutcome.Undeliverable>(second).Reason, StringComparison.Ordinal);
        Assert.Single(_rig.Slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task Revoked_token_is_undeliverable()
    {
        _rig.Slack.RevokeToken(SlackSenderRig.BotToken);

        var outcome = await _rig.Sender.SendAsync(_rig.Message("C1", "hi"), default);

        Assert.Equal("invalid_auth", Assert.IsType<DeliveryOutcome.Undeliverable>(outcome).Reason);
    }

    [Fact]
    public async Task Server_error_is_retried_later_by_the_outbox()
    {
        _rig.Slack.ScriptStatuses("chat.postMessage", 503);

        var outcome = await _rig.Sender.SendAsync(_rig.Message("C1", "hi"), default);

        Assert.Equal("http_503", Assert.IsType<DeliveryOutcome.Retry>(outcome).Reason);
    }

    [Fact]
    public async Task Rate_limited_channel_waits_its_retry_after_without_stalling_other_channels()
    {
        _rig.Slack.Limits.Set("chat.postMessage", 1, TimeSpan.FromSeconds(30), perChannel: true);
        await _rig.Sender.SendAsync(_rig.Message("CBUSY", "first"), default);

        var limited = await _rig.Sender.SendAsync(_rig.Message("CBUSY", "second"), default);
        var started = DateTimeOffset.UtcNow;
        var other = await _rig.Sender.SendAsync(_rig.Message("COTHER", "elsewhere"), default);
        var otherTook = DateTimeOffset.UtcNow - started;
        var stillPaused = await _rig.Sender.SendAsync(_rig.Message("CBUSY", "third"), default);

        var throttled = Assert.IsType<DeliveryOutcome.Throttled>(limited);
        Assert.Equal(("ratelimited", false), (throttled.Reason, throttled.Local));
        Assert.InRange(throttled.After!.Value, TimeSpan.FromSeconds(27), TimeSpan.FromSeconds(30));
        Assert.IsType<DeliveryOutcome.Sent>(other);
        Assert.True(otherTook < TimeSpan.FromSeconds(1), $"another channel waited {otherTook}");
        Assert.True(Assert.IsType<DeliveryOutcome.Throttled>(stillPaused).Local);
        Assert.Equal(2, _rig.Slack.CallsTo("chat.postMessage").Count(c => c.Channel == "CBUSY"));
    }

    [Fact]
    public async Task Posts_to_one_channel_are_paced_to_about_one_a_second_and_slack_never_says_429()
    {
        for (var i = 0; i < 3; i++)
        {
            Assert.IsType<DeliveryOutcome.Sent>(await _rig.Sender.SendAsync(_rig.Message("CPACE", $"m{i}"), default));
        }

        var calls = _rig.Slack.CallsTo("chat.postMessage");
        Assert.All(calls, c => Assert.Equal(200, c.Status));
        Assert.All(calls.Zip(calls.Skip(1)), pair => Assert.True(pair.Second.At - pair.First.At >= TimeSpan.FromMilliseconds(900)));
    }

    [Fact]
    public async Task Sixty_items_go_out_as_two_messages_and_a_retry_does_not_repeat_the_first()
    {
        var card = new Card { Title = "Status", Facts = [.. Enumerable.Range(1, 60).Select(i => new CardFact($"Item {i}", "ok"))] };
        var message = _rig.Message("CLONG", "Status", card: card);
        _rig.Slack.ScriptStatuses("chat.postMessage", 0, 503);

        var failed = await _rig.Sender.SendAsync(message, default);
        var retried = await _rig.Sender.SendAsync(message with { Attempt = 2 }, default);

        Assert.IsType<DeliveryOutcome.Retry>(failed);
        var sent = Assert.IsType<DeliveryOutcome.Sent>(retried);
        var delivered = _rig.Slack.CallsTo("chat.postMessage").Where(c => c.Succeeded).ToList();
        Assert.Equal(2, delivered.Count);
        Assert.All(delivered, c => Assert.InRange(c.Arguments["blocks"]!.AsArray().Count, 1, 50));
        Assert.Contains("Item 1*", delivered[0].Arguments["blocks"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("Item 60*", delivered[1].Arguments["blocks"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(delivered[0].Ts, sent.PlatformMessageId);
    }

    [Fact]
    public async Task New_version_of_a_delivered_message_is_edited_in_place()
    {
        var first = Assert.IsType<DeliveryOutcome.Sent>(await _rig.Sender.SendAsync(_rig.Message("C1", "Votes: 1"), default));

        var outcome = await _rig.Sender.SendAsync(_rig.Update("C1", "Votes: 2", first.PlatformMessageId), default);

        Assert.Equal(first.PlatformMessageId, Assert.IsType<DeliveryOutcome.Sent>(outcome).PlatformMessageId);
        var update = Assert.Single(_rig.Slack.CallsTo("chat.update"));
        Assert.Equal((first.PlatformMessageId, "Votes: 2"), (update.Arguments["ts"]!.GetValue<string>(), update.Arguments["text"]!.GetValue<string>()));
        Assert.Single(_rig.Slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task New_version_of_a_message_slack_no_longer_has_is_posted_anew()
    {
        var outcome = await _rig.Sender.SendAsync(_rig.Update("C1", "Votes: 2", "1500000000.000001"), default);

        var sent = Assert.IsType<DeliveryOutcome.Sent>(outcome);
        Assert.Equal("message_not_found", Assert.Single(_rig.Slack.CallsTo("chat.update")).Error);
        Assert.Equal(sent.PlatformMessageId, Assert.Single(_rig.Slack.CallsTo("chat.postMessage")).Ts);
    }

    [Fact]
    public async Task Edited_message_that_no_longer_fits_one_message_is_shortened_visibly()
    {
        var first = Assert.IsType<DeliveryOutcome.Sent>(await _rig.Sender.SendAsync(_rig.Message("C1", "Status"), default));
        var card = new Card { Title = "Status", Facts = [.. Enumerable.Range(1, 60).Select(i => new CardFact($"Item {i}", "ok"))] };

        await _rig.Sender.SendAsync(_rig.Update("C1", "Status", first.PlatformMessageId, card), default);

        var blocks = Assert.Single(_rig.Slack.CallsTo("chat.update")).Arguments["blocks"]!.AsArray();
        Assert.Equal(50, blocks.Count);
        Assert.Contains("shortened", blocks[^1]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rate_limited_method_pauses_that_method_only()
    {
        _rig.Slack.Limits.Set("conversations.open", 1, TimeSpan.FromSeconds(30), perChannel: false);

        var firstDm = await _rig.Sender.SendAsync(_rig.Message("C1", "dm 1", Visibility.Direct, "U1"), default);
        var secondDm = await _rig.Sender.SendAsync(_rig.Message("C1", "dm 2", Visibility.Direct, "U2"), default);
        var thirdDm = await _rig.Sender.SendAsync(_rig.Message("C1", "dm 3", Visibility.Direct, "U3"), default);
        var channel = await _rig.Sender.SendAsync(_rig.Message("C9", "channel"), default);

        Assert.IsType<DeliveryOutcome.Sent>(firstDm);
        Assert.InRange(Assert.IsType<DeliveryOutcome.Throttled>(secondDm).After!.Value, TimeSpan.FromSeconds(27), TimeSpan.FromSeconds(30));
        Assert.True(Assert.IsType<DeliveryOutcome.Throttled>(thirdDm).Local);
        Assert.IsType<DeliveryOutcome.Sent>(channel);
        Assert.Equal(2, _rig.Slack.CallsTo("conversations.open").Count);
    }

    [Fact]
    public async Task Direct_message_without_a_recipient_is_undeliverable_without_a_call()
    {
        var outcome = await _rig.Sender.SendAsync(_rig.Message("C1", "to nobody", Visibility.Direct), default);

        Assert.IsType<DeliveryOutcome.Undeliverable>(outcome);
        Assert.Empty(_rig.Slack.Calls);
    }
}
