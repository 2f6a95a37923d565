using System.Net;
using CollabBot.Channels.Teams.Authentication;
using CollabBot.Channels.Teams.Cards;
using CollabBot.Channels.Teams.Conversations;
using CollabBot.Channels.Teams.Schema;
using CollabBot.Conversations.Delivery;
using CollabBot.Conversations.Messages;
using CollabBot.Conversations.Storage;
using CollabBot.Domain;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CollabBot.Channels.Teams.Connector;

/// <summary>
/// Delivers outbox messages to Teams: renders them as Adaptive Cards (split under the size cap) and posts them
/// through the Bot Connector at the stored service URL. Only-you and direct messages go to the member's 1:1 chat,
/// created on first use (PROTOCOLS.md §4 items 23-28). Answers are mapped to outcomes; the outbox retries.
/// </summary>
public sealed class TeamsChannelSender(
    IServiceScopeFactory scopes, TeamsRateGate gate, ServiceUrls serviceUrls, TenantAccess tenants, IOptions<TeamsOptions> options) : IChannelSender
{
    public Platform Platform => Platform.Teams;

    /// <summary>Teams has no ephemeral messages: "only you" goes to the member's 1:1 chat, so it shares that lane.</summary>
    public string LaneOf(OutboxEntry entry) => entry.Visibility == Visibility.Channel
        ? $"{entry.To.WorkspaceId}/{entry.To.ConversationId}"
        : $"{entry.To.WorkspaceId}/@{entry.RecipientUserId}";

    public async Task<DeliveryOutcome> SendAsync(PendingMessage message, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var references = scope.ServiceProvider.GetRequiredService<ConversationReferenceStore>();
        var connector = scope.ServiceProvider.GetRequiredService<ConnectorClient>();
        var entry = message.Entry;
        if (!tenants.Serves(entry.To.WorkspaceId))
        {
            return new DeliveryOutcome.Undeliverable($"tenant {entry.To.WorkspaceId} is not served by this bot (MicrosoftAppTenantId, Teams:AllowedTenants)");
        }

        var target = entry.Visibility == Visibility.Channel
            ? await ChannelTargetAsync(references, serviceUrls, entry, cancellationToken)
            : await DirectTarget.ResolveAsync(references, connector, serviceUrls, gate, entry, options.Value, cancellationToken);
        if (target.Failure is { } failure)
        {
            return failure;
        }

        var cards = AdaptiveCardRenderer.Render(entry.Message, options.Value.MaxMessageBytes - EnvelopeReserve);

        // A split message resumes after the parts already posted, so a retry does not repeat them.
        var progress = new SplitProgress(scope.ServiceProvider.GetRequiredService<IChannelStateStore>(), message.Id);
        var (posted, firstId) = cards.Count > 1 ? await progress.ReadAsync(cancellationToken) : (0, null);
        for (var part = posted; part < cards.Count; part++)
        {
            var activity = new Activity
            {
                Type = ActivityTypes.Message,
                From = target.Bot,
                Conversation = new ConversationAccount { Id = target.ConversationId },
                Summary = Summary(entry.Message.Text),
                Attachments = [new Attachment { ContentType = AdaptiveCardRenderer.ContentType, Content = cards[part] }],
            };

            var slot = await gate.WaitAsync(entry.To.WorkspaceId, target.ConversationId, cancellationToken);
            if (!slot.Go)
            {
                return new DeliveryOutcome.Throttled("paced", slot.Wait, Local: true);
            }

            // A message that replaces an earlier one: PUT the first card over it (PROTOCOLS.md §4 item 24).
            var updates = part == 0 && entry.UpdatesMessageId is not null && message.OriginalPlatformMessageId is { Length: > 0 };
            ConnectorResult result;
            try
            {
                result = updates
                    ? await connector.UpdateActivityAsync(target.ServiceUrl!, target.ConversationId!, message.OriginalPlatformMessageId!, activity with { Id = message.OriginalPlatformMessageId }, cancellationToken)
                    : await connector.SendToConversationAsync(target.ServiceUrl!, target.ConversationId!, activity, cancellationToken);
            }
            finally
            {
                gate.Complete(entry.To.WorkspaceId, target.ConversationId, slot.Slot);
            }

            if (!result.IsSuccess)
            {
                if (result.Status == HttpStatusCode.TooManyRequests)
                {
                    gate.Pause(entry.To.WorkspaceId, target.ConversationId, result.RetryAfter ?? TimeSpan.FromSeconds(1));
                }

                return await FailureAsync(references, target.UnreachableKey!, result, cancellationToken);
            }

            firstId ??= updates ? message.OriginalPlatformMessageId : result.Id ?? "";
            if (cards.Count > 1 && part < cards.Count - 1)
            {
                await progress.WriteAsync(part + 1, firstId!, cancellationToken);
            }
        }

        return new DeliveryOutcome.Sent(firstId ?? "");
    }

    /// <summary>Room left in the cap for the activity around the card.</summary>
    internal const int EnvelopeReserve = 1024;

    /// <summary>
    /// 429 is a throttle (waited out in the lane, not an attempt); gateway errors are retried (honouring Retry-After);
    /// 403 roster/blocked errors mark the target unreachable; other client errors (404, 413...) are permanent
    /// (PROTOCOLS.md §4 items 27-28).
    /// </summary>
    internal static async Task<DeliveryOutcome> FailureAsync(
        ConversationReferenceStore references, string unreachableKey, ConnectorResult result, CancellationToken cancellationToken)
    {
        var status = (int)result.Status;
        var reason = $"Bot Connector answered {status}" + (result.ErrorCode is { } code ? $" {code}" : "");
        if (result.Status == HttpStatusCode.TooManyRequests)
        {
            return new DeliveryOutcome.Throttled(reason, result.RetryAfter);
        }

        if (result.Status is HttpStatusCode.PreconditionFailed or HttpStatusCode.BadGateway
            or HttpStatusCode.GatewayTimeout or HttpStatusCode.ServiceUnavailable or HttpStatusCode.InternalServerError
            or HttpStatusCode.Unauthorized or HttpStatusCode.RequestTimeout)
        {
            return new DeliveryOutcome.Retry(reason, result.RetryAfter);
        }

        if (result.Status == HttpStatusCode.Forbidden)
        {
            await references.MarkUnreachableAsync(unreachableKey, reason, cancellationToken);
        }

        return new DeliveryOutcome.Undeliverable(reason);
    }

    private static async Task<SendTarget> ChannelTargetAsync(
        ConversationReferenceStore references, ServiceUrls serviceUrls, OutboxEntry entry, CancellationToken cancellationToken)
    {
        var key = ConversationReferenceStore.ConversationKey(entry.To.WorkspaceId, entry.To.ConversationId);
        if (await references.UnreachableReasonAsync(key, cancellationToken) is { } reason)
        {
            return SendTarget.Fail($"conversation unreachable: {reason}");
        }

        if (await references.GetConversationAsync(entry.To.WorkspaceId, entry.To.ConversationId, cancellationToken) is not { } reference)
        {
            return SendTarget.Fail("no conversation reference for this conversation");
        }

        if (!serviceUrls.IsAllowed(reference.ServiceUrl))
        {
            return SendTarget.Fail($"the conversation's service URL {ServiceUrls.Origin(reference.ServiceUrl)} is not one the bot calls");
        }

        // A reply in a channel thread goes to "{channel};messageid={root}".
        var conversationId = entry.To.ThreadId is { Length: > 0 } thread
            ? $"{entry.To.ConversationId};messageid={thread}"
            : entry.To.ConversationId;
        return new SendTarget(reference.ServiceUrl, conversationId, reference.Bot, key, null);
    }

    private static string Summary(string text) => text.Length <= 200 ? text : text[..199] + "…";
}
