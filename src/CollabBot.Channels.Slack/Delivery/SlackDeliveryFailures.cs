using CollabBot.Channels.Slack.Installations;
using CollabBot.Channels.Slack.WebApi;
using CollabBot.Conversations.Delivery;
using CollabBot.Conversations.Messages;
using Microsoft.Extensions.Logging;

namespace CollabBot.Channels.Slack.Delivery;

/// <summary>
/// The one map from what a Slack call threw to the outbox's outcome (checklist 40-41), for every Slack sender: the
/// channel message and the file share alike. Rate limits wait; Slack's own trouble and the network retry; a remembered
/// direct-message channel that is gone is forgotten and opened again; a target that cannot be reached is remembered
/// (until the bot is invited again or the app is reinstalled) and the reply goes by response URL when the turn left
/// one; anything else is refused for good.
/// </summary>
public sealed partial class SlackDeliveryFailures(
    UnreachableTargets unreachable, ResponseUrlReplies responseUrls, SlackDirectChannels directChannels, ILogger<SlackDeliveryFailures> logger)
{
    /// <summary>Whether <paramref name="failure"/> is a Slack call's failure this map answers (not the host stopping).</summary>
    public static bool Covers(Exception failure, CancellationToken cancellationToken) => failure switch
    {
        SlackRateLimitedException or SlackApiException or HttpRequestException => true,
        TaskCanceledException => !cancellationToken.IsCancellationRequested,
        _ => false,
    };

    /// <param name="byResponseUrl">Whether the message may go by the turn's response URL instead (not for a file).</param>
    public async Task<DeliveryOutcome> OutcomeAsync(Exception failure, PendingMessage message, bool byResponseUrl, CancellationToken cancellationToken)
    {
        var entry = message.Entry;
        var team = entry.To.WorkspaceId;
        switch (failure)
        {
            case SlackRateLimitedException limited:
                return new DeliveryOutcome.Throttled(limited.Local ? "paced" : "ratelimited", limited.RetryAfter, limited.Local);
            case SlackApiException api when SlackErrors.IsTransient(api.ErrorCode):
                return new DeliveryOutcome.Retry(api.ErrorCode);
            case SlackApiException { ErrorCode: "channel_not_found" } api when entry.Visibility == Visibility.Direct && api.Method != "conversations.open":
                // The remembered direct-message channel is gone: open it again on the next attempt rather than give up on the person.
                await directChannels.ForgetAsync(team, SlackTargets.Recipient(entry), cancellationToken);
                return new DeliveryOutcome.Retry(api.ErrorCode);
            case SlackApiException api:
                if (SlackErrors.IsUnreachableTarget(api.ErrorCode))
                {
                    if (api.ErrorCode != "user_not_in_channel")
                    {
                        await unreachable.MarkAsync(team, SlackTargets.Of(entry), api.ErrorCode, cancellationToken);
                    }

                    if (byResponseUrl && await responseUrls.TryAsync(entry, cancellationToken) is { } responded)
                    {
                        return responded;
                    }
                }

                LogUndeliverable(message.Id, api.Method, api.ErrorCode);
                return new DeliveryOutcome.Undeliverable(api.ErrorCode);
            case HttpRequestException http:
                return new DeliveryOutcome.Retry(http.StatusCode is { } status ? $"http_{(int)status}" : "connection_failed");
            default:
                return new DeliveryOutcome.Retry("timeout");
        }
    }

    [LoggerMessage(LogLevel.Warning, "Outbox message {MessageId}: Slack {Method} refused it for good with {Error}")]
    private partial void LogUndeliverable(long messageId, string method, string error);
}

/// <summary>Who a Slack message is for.</summary>
internal static class SlackTargets
{
    /// <summary>What an unreachable mark is kept for: the person for a direct message, else the channel.</summary>
    public static string Of(OutboxEntry entry) =>
        entry.Visibility == Visibility.Direct ? $"@{Recipient(entry)}" : entry.To.ConversationId;

    public static string Recipient(OutboxEntry entry) =>
        entry.RecipientUserId ?? throw new InvalidOperationException($"A {entry.Visibility} message needs a recipient user id.");
}
