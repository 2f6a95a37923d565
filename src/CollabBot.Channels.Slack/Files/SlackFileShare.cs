using System.Text.Json.Nodes;
using CollabBot.Channels.Slack.Delivery;
using CollabBot.Channels.Slack.Installations;
using CollabBot.Channels.Slack.Rendering;
using CollabBot.Channels.Slack.WebApi;
using CollabBot.Conversations.Delivery;
using CollabBot.Conversations.Messages;
using Microsoft.Extensions.Logging;

namespace CollabBot.Channels.Slack.Files;

/// <summary>
/// Delivers a message that carries a file (an export) as a real Slack file: reserve an upload URL, send the bytes,
/// then share it with <c>files.completeUploadExternal</c> in the channel or the person's direct message, with the
/// message text as its comment. A retry starts over: a reserved but unshared upload is discarded by Slack.
/// </summary>
public sealed class SlackFileShare(
    SlackApiClient api, SlackFileUploads uploads, SlackInstallationStore installations, IFileContents files, SlackDirectChannels directChannels,
    SlackDeliveryFailures failures)
{
    public const string CompleteMethod = "files.completeUploadExternal";

    public async Task<DeliveryOutcome> SendAsync(PendingMessage message, FileAttachment file, CancellationToken cancellationToken)
    {
        var entry = message.Entry;
        var team = entry.To.WorkspaceId;
        if (entry.Visibility != Visibility.Channel && string.IsNullOrEmpty(entry.RecipientUserId))
        {
            return new DeliveryOutcome.Undeliverable($"a {entry.Visibility} message without a recipient");
        }

        if (await installations.FindAsync(team, null, cancellationToken) is not { } installation)
        {
            return new DeliveryOutcome.Undeliverable($"not installed in workspace {team}");
        }

        // Erased by `forget me` after the message was written: there is nothing left to send.
        if (await files.GetAsync(file.FileId, cancellationToken) is not { } content)
        {
            return new DeliveryOutcome.Undeliverable("the file is no longer stored");
        }

        try
        {
            return new DeliveryOutcome.Sent(await ShareAsync(entry, file, content, installation.BotToken, cancellationToken));
        }
        catch (Exception failure) when (SlackDeliveryFailures.Covers(failure, cancellationToken))
        {
            // A file cannot go by response URL; the rest is what any Slack message meets.
            return await failures.OutcomeAsync(failure, message, byResponseUrl: false, cancellationToken);
        }
    }

    private async Task<string> ShareAsync(OutboxEntry entry, FileAttachment file, FileContent content, string token, CancellationToken cancellationToken)
    {
        var team = entry.To.WorkspaceId;
        var channel = entry.Visibility == Visibility.Channel ? entry.To.ConversationId : await directChannels.OpenAsync(team, entry.RecipientUserId!, token, cancellationToken);
        var (uploadUrl, fileId) = await uploads.ReserveAsync(file.Name, content.Bytes.Length, token, cancellationToken);
        await uploads.UploadAsync(uploadUrl, content.Bytes, content.ContentType, cancellationToken);
        var arguments = new JsonObject
        {
            ["files"] = new JsonArray(new JsonObject { ["id"] = fileId, ["title"] = file.Name }),
            ["channel_id"] = channel,
            ["initial_comment"] = Mrkdwn.Shorten(Mrkdwn.Escape(entry.Message.Text), BlockKitLimits.FallbackText),
        };
        if (entry.To.ThreadId is { } thread && entry.Visibility == Visibility.Channel)
        {
            arguments["thread_ts"] = thread;
        }

        await api.CallAsync(CompleteMethod, arguments, token, RateKey.Method(team, CompleteMethod), cancellationToken);
        return fileId;
    }

}
