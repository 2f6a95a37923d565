using CollabBot.Channels.Slack.Commands;
using CollabBot.Channels.Slack.Delivery;
using CollabBot.Channels.Slack.Tests.Support;
using CollabBot.Conversations.Delivery;
using CollabBot.Conversations.Messages;
using CollabBot.Conversations.Turns;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Channels.Slack.Tests;

/// <summary>
/// Replies where the bot is not a member go through the slash command's response_url, which they carry as their
/// origin, at most 5 times.
/// </summary>
public sealed class ResponseUrlTests : IAsyncLifetime
{
    private SlackSenderRig _rig = null!;

    public async Task InitializeAsync()
    {
        _rig = await SlackSenderRig.StartAsync();
        _rig.Slack.FailChannel("CPRIVATE", "not_in_channel");
    }

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    /// <summary>The origin a reply to U7's slash command in CPRIVATE carries (null when its URL is not trusted).</summary>
    private TurnOrigin? Origin(string responseUrl) => _rig.Services.GetRequiredService<ResponseUrls>().OriginOf(new SlashCommand
    {
        TeamId = "T00FAKE00AA",
        ChannelId = "CPRIVATE",
        UserId = "U7",
        Command = "/collab",
        TriggerId = "t1",
        ResponseUrl = responseUrl,
    });

    private PendingMessage Reply(TurnOrigin? origin, string channel, string text, Visibility visibility = Visibility.Channel, string? recipient = null)
    {
        var message = _rig.Message(channel, text, visibility, recipient);
        return message with { Entry = message.Entry with { Origin = origin } };
    }

    [Fact]
    public async Task Reply_where_the_bot_is_not_invited_goes_through_the_commands_response_url_five_times_at_most()
    {
        var origin = Origin(new Uri(_rig.Slack.HooksUrl, "commands/T00FAKE00AA/1/secret").ToString());

        var outcomes = new List<DeliveryOutcome>();
        for (var i = 0; i < 6; i++)
        {
            outcomes.Add(await _rig.Sender.SendAsync(Reply(origin, "CPRIVATE", $"Only you {i}", Visibility.OnlyUser, "U7"), default));
        }

        Assert.All(outcomes.Take(5), o => Assert.Equal(ResponseUrlReplies.MessageId, Assert.IsType<DeliveryOutcome.Sent>(o).PlatformMessageId));
        Assert.IsType<DeliveryOutcome.Undeliverable>(outcomes[5]);
        var replies = _rig.Slack.CallsTo("response_url");
        Assert.Equal(5, replies.Count);
        Assert.All(replies, r => Assert.Equal("ephemeral", r.Arguments["response_type"]!.GetValue<string>()));
        Assert.Equal("Only you 0", replies[0].Arguments["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Channel_reply_goes_in_channel_and_another_persons_ephemeral_does_not_use_the_url()
    {
        var origin = Origin(new Uri(_rig.Slack.HooksUrl, "commands/T00FAKE00AA/1/secret").ToString());

        var forSomeoneElse = await _rig.Sender.SendAsync(Reply(origin, "CPRIVATE", "Not yours", Visibility.OnlyUser, "U8"), default);
        var toChannel = await _rig.Sender.SendAsync(Reply(origin, "CPRIVATE", "Everyone"), default);
        var withoutOrigin = await _rig.Sender.SendAsync(Reply(null, "CPRIVATE", "Scheduled, answering no command"), default);

        Assert.IsType<DeliveryOutcome.Undeliverable>(forSomeoneElse);
        Assert.IsType<DeliveryOutcome.Sent>(toChannel);
        Assert.IsType<DeliveryOutcome.Undeliverable>(withoutOrigin);
        Assert.Equal("in_channel", Assert.Single(_rig.Slack.CallsTo("response_url")).Arguments["response_type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Response_url_outside_slacks_hooks_is_never_called()
    {
        Assert.Null(Origin("https://attacker.example/collect"));
        var planted = new TurnOrigin.ResponseUrl(new Uri("https://attacker.example/collect"), DateTimeOffset.MaxValue, "U7");

        var outcome = await _rig.Sender.SendAsync(Reply(planted, "CPRIVATE", "hi", Visibility.OnlyUser, "U7"), default);

        Assert.IsType<DeliveryOutcome.Undeliverable>(outcome);
        Assert.Empty(_rig.Slack.CallsTo("response_url"));
    }

    [Fact]
    public async Task Neither_the_bot_token_nor_the_response_url_appears_in_any_log_line()
    {
        var origin = Origin(new Uri(_rig.Slack.HooksUrl, "commands/T00FAKE00AA/1/secret-path").ToString());
        _rig.Slack.ScriptStatuses("chat.postMessage", 503);

        await _rig.Sender.SendAsync(_rig.Message("C1", "fails with 503"), default);
        await _rig.Sender.SendAsync(Reply(origin, "CPRIVATE", "via response_url", Visibility.OnlyUser, "U7"), default);

        Assert.Contains(_rig.Logs.Lines, l => l.Contains("not_in_channel", StringComparison.Ordinal));
        Assert.DoesNotContain(_rig.Logs.Lines, l => l.Contains(SlackSenderRig.BotToken, StringComparison.Ordinal));
        Assert.DoesNotContain(_rig.Logs.Lines, l => l.Contains("secret-path", StringComparison.Ordinal));
    }
}
