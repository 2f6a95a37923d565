using System.Text.Json;
using System.Text.Json.Nodes;
using CollabBot.Channels.Slack.Installations;
using CollabBot.Channels.Slack.Rendering;
using CollabBot.Channels.Slack.WebApi;
using CollabBot.Conversations.Delivery;
using CollabBot.Conversations.Messages;
using CollabBot.Conversations.Storage;
using CollabBot.Domain;
using Microsoft.Extensions.Logging;

namespace CollabBot.Channels.Slack.Delivery;

/// <summary>
/// Hands outbox messages to Slack: chat.postMessage for the channel, chat.postEphemeral for one person
/// in it, conversations.open + chat.postMessage for a direct message. A message split into several
/// Slack messages remembers which parts went out, so a retry never posts a part twice.
/// </summary>
public sealed partial class SlackChannelSender(
    SlackApiClient api, SlackInstallationStore installations, UnreachableTargets unreachable, IChannelStateStore state,
    ResponseUrlReplies responseUrls, SlackRateGate gate, SlackDirectChannels directChannels, ILogger<SlackChannelSender> logger) : IChannelSender
{
    public Platform Platform => Platform.Slack;

    public async Task<DeliveryOutcome> SendAsync(PendingMessage message, CancellationToken cancellationToken)
    {
        var entry = message.Entry;
        var team = entry.To.WorkspaceId;
        if (entry.Visibility != Visibility.Channel && string.IsNullOrEmpty(entry.RecipientUserId))
        {
            return new DeliveryOutcome.Undeliverable($"a {entry.Visibility} message without a recipient");
        }

        var installation = await installations.FindAsync(team, null, cancellationToken);
        if (installation is null)
        {
            return new DeliveryOutcome.Undeliverable($"not installed in workspace {team}");
        }

        var target = Target(entry);
        try
        {
            if (await unreachable.ReasonAsync(team, target, cancellationToken) is { } known)
            {
                return await responseUrls.TryAsync(entry, cancellationToken) ?? new DeliveryOutcome.Undeliverable($"{known} (remembered)");
            }

            return await DeliverAsync(message, installation.BotToken, cancellationToken);
        }
        catch (SlackRateLimitedException limited)
        {
            return new DeliveryOutcome.Throttled(limited.Local ? "paced" : "ratelimited", limited.RetryAfter, limited.Local);
        }
        catch (SlackApiException failure) when (SlackErrors.IsTransient(failure.ErrorCode))
        {
            return new DeliveryOutcome.Retry(failure.ErrorCode);
        }
        catch (SlackApiException failure) when (failure.ErrorCode == "channel_not_found" && entry.Visibility == Visibility.Direct && failure.Method != "conversations.open")
        {
            // The remembered direct-message channel is gone: open it again on the next attempt rather than give up on the person.
            await directChannels.ForgetAsync(team, Recipient(entry), cancellationToken);
            return new DeliveryOutcome.Retry(failure.ErrorCode);
        }
        catch (SlackApiException failure)
        {
            if (SlackErrors.IsUnreachableTarget(failure.ErrorCode))
            {
                if (failure.ErrorCode != "user_not_in_channel")
                {
                    await unreachable.MarkAsync(team, target, failure.ErrorCode, cancellationToken);
                }

                if (await responseUrls.TryAsync(entry, cancellationToken) is { } responded)
                {
                    return responded;
                }
            }

            LogUndeliverable(message.Id, failure.Method, failure.ErrorCode);
            return new DeliveryOutcome.Undeliverable(failure.ErrorCode);
        }
        catch (HttpRequestException failure)
        {
            return new DeliveryOutcome.Retry(failure.StatusCode is { } status ? $"http_{(int)status}" : "connection_failed");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new DeliveryOutcome.Retry("timeout");
        }
    }

    private async Task<DeliveryOutcome> DeliverAsync(PendingMessage message, string token, CancellationToken cancellationToken)
    {
        var entry = message.Entry;
        var team = entry.To.WorkspaceId;
        var channel = entry.Visibility == Visibility.Direct
            ? await directChannels.OpenAsync(team, Recipient(entry), token, cancellationToken)
            : entry.To.ConversationId;

        // An ephemeral message cannot be edited with chat.update; a new version of one is posted anew.
        if (entry.UpdatesMessageId is not null && message.OriginalPlatformMessageId is { } original && entry.Visibility != Visibility.OnlyUser
            && await TryUpdateAsync(team, channel, original, BlockKitRenderer.RenderOne(entry.Message), token, cancellationToken))
        {
            return new DeliveryOutcome.Sent(original);
        }

        var parts = BlockKitRenderer.Render(entry.Message);
        string? first = null;
        for (var i = 0; i < parts.Count; i++)
        {
            var key = SlackStateKeys.SentPart(team, entry.IdempotencyKey, i);
            var ts = parts.Count > 1 ? await state.GetAsync(Platform.Slack, key, cancellationToken) : null;
            if (ts is null)
            {
                ts = await PostAsync(entry, team, channel, parts[i], token, cancellationToken);
                if (parts.Count > 1)
                {
                    await state.SetAsync(Platform.Slack, key, ts, cancellationToken);
                }
            }

            first ??= ts;
        }

        if (parts.Count > 1)
        {
            await state.DeleteByPrefixAsync(Platform.Slack, SlackStateKeys.SentParts(team, entry.IdempotencyKey), cancellationToken);
        }

        return new DeliveryOutcome.Sent(first!);
    }

    private async Task<string> PostAsync(OutboxEntry entry, string team, string channel, SlackMessage part, string token, CancellationToken cancellationToken)
    {
        var arguments = new JsonObject { ["channel"] = channel, ["text"] = part.Text, ["blocks"] = part.Blocks.DeepClone() };
        if (entry.To.ThreadId is { } thread && entry.Visibility != Visibility.Direct)
        {
            arguments["thread_ts"] = thread;
        }

        if (entry.Visibility == Visibility.OnlyUser)
        {
            arguments["user"] = Recipient(entry);
            var ephemeral = await api.CallAsync("chat.postEphemeral", arguments, token, RateKey.Method(team, "chat.postEphemeral"), cancellationToken);
            return ephemeral.GetProperty("message_ts").GetString()!;
        }

        // The bot's own links (a signed chart link) are not worth a preview.
        arguments["unfurl_links"] = false;
        arguments["unfurl_media"] = false;
        var posted = await api.CallAsync("chat.postMessage", arguments, token, RateKey.Channel(team, channel, gate.ChannelInterval), cancellationToken);
        return posted.GetProperty("ts").GetString()!;
    }

    /// <summary>Replaces a delivered message in place; false when Slack no longer lets it be edited (then it is posted anew).</summary>
    private async Task<bool> TryUpdateAsync(string team, string channel, string ts, SlackMessage content, string token, CancellationToken cancellationToken)
    {
        var arguments = new JsonObject { ["channel"] = channel, ["ts"] = ts, ["text"] = content.Text, ["blocks"] = content.Blocks.DeepClone() };
        try
        {
            await api.CallAsync("chat.update", arguments, token, RateKey.Method(team, "chat.update"), cancellationToken);
            return true;
        }
        catch (SlackApiException failure) when (failure.ErrorCode is "message_not_found" or "cant_update_message" or "edit_window_closed")
        {
            return false;
        }
    }

    /// <summary>What an unreachable mark is kept for: the person for a direct message, else the channel.</summary>
    private static string Target(OutboxEntry entry) =>
        entry.Visibility == Visibility.Direct ? $"@{Recipient(entry)}" : entry.To.ConversationId;

    private static string Recipient(OutboxEntry entry) =>
        entry.RecipientUserId ?? throw new InvalidOperationException($"A {entry.Visibility} message needs a recipient user id.");

    [LoggerMessage(LogLevel.Warning, "Outbox message {MessageId}: Slack {Method} refused it for good with {Error}")]
    private partial void LogUndeliverable(long messageId, string method, string error);
}
