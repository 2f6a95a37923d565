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
public sealed class SlackChannelSender(
    SlackApiClient api, SlackInstallationStore installations, UnreachableTargets unreachable, IChannelStateStore state,
    ResponseUrlReplies responseUrls, SlackRateGate gate, SlackDirectChannels directChannels, SlackDeliveryFailures failures) : IChannelSender
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

        var target = SlackTargets.Of(entry);
        try
        {
            if (await unreachable.ReasonAsync(team, target, cancellationToken) is { } known)
            {
                return await responseUrls.TryAsync(entry, cancellationToken) ?? new DeliveryOutcome.Undeliverable($"{known} (remembered)");
            }

            return await DeliverAsync(message, installation.BotToken, cancellationToken);
        }
        catch (Exception failure) when (SlackDeliveryFailures.Covers(failure, cancellationToken))
        {
            return await failures.OutcomeAsync(failure, message, byResponseUrl: true, cancellationToken);
        }
    }

    private async Task<DeliveryOutcome> DeliverAsync(PendingMessage message, string token, CancellationToken cancellationToken)
    {
        var entry = message.Entry;
        var team = entry.To.WorkspaceId;
        var channel = entry.Visibility == Visibility.Direct
            ? await directChannels.OpenAsync(team, SlackTargets.Recipient(entry), token, cancellationToken)
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
            arguments["user"] = SlackTargets.Recipient(entry);
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

}
