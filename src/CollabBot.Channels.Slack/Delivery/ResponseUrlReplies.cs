using System.Text.Json.Nodes;
using CollabBot.Channels.Slack.Commands;
using CollabBot.Channels.Slack.Rendering;
using CollabBot.Channels.Slack.WebApi;
using CollabBot.Conversations.Delivery;
using CollabBot.Conversations.Messages;
using Microsoft.Extensions.Logging;

namespace CollabBot.Channels.Slack.Delivery;

/// <summary>
/// When the bot cannot post in a channel (not invited, private), a reply to a slash command goes through the command's
/// response_url, which the reply carries as its origin, while uses are left (checklist 42).
/// </summary>
public sealed partial class ResponseUrlReplies(ResponseUrls responseUrls, SlackApiClient api, ILogger<ResponseUrlReplies> logger)
{
    /// <summary>What a reply through a response_url is known by: Slack gives it no ts.</summary>
    public const string MessageId = "response_url";

    /// <summary>Sent when the reply went through a response_url; null when there was none to use or it failed.</summary>
    public async Task<DeliveryOutcome?> TryAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        if (await responseUrls.TakeAsync(entry, cancellationToken) is not { } url)
        {
            return null;
        }

        var content = BlockKitRenderer.RenderOne(entry.Message);
        try
        {
            await api.RespondAsync(url, new JsonObject
            {
                ["response_type"] = entry.Visibility == Visibility.OnlyUser ? "ephemeral" : "in_channel",
                ["replace_original"] = false,
                ["text"] = content.Text,
                ["blocks"] = content.Blocks.DeepClone(),
            }, cancellationToken);
            return new DeliveryOutcome.Sent(MessageId);
        }
        catch (Exception ex) when (SlackApiClient.IsCallFailure(ex, cancellationToken))
        {
            LogFailed(ex.GetType().Name);
            return null;
        }
    }

    [LoggerMessage(LogLevel.Warning, "Replying through a slash command's response_url failed: {Reason}")]
    private partial void LogFailed(string reason);
}
