using CollabBot.Channels.Teams.Conversations;
using CollabBot.Channels.Teams.Schema;
using CollabBot.Conversations.Delivery;
using CollabBot.Conversations.Messages;

namespace CollabBot.Channels.Teams.Connector;

/// <summary>
/// Finds (or opens) a member's 1:1 chat with the bot. Teams has no ephemeral messages, so "only you" is a
/// direct message too. Opening uses <c>POST v3/conversations</c> with bot, member and tenant (PROTOCOLS.md §4 item 26).
/// </summary>
internal static class DirectTarget
{
    public static async Task<SendTarget> ResolveAsync(
        ConversationReferenceStore references, ConnectorClient connector, ServiceUrls serviceUrls, TeamsRateGate gate, OutboxEntry entry, TeamsOptions options,
        CancellationToken cancellationToken)
    {
        if (entry.RecipientUserId is not { Length: > 0 } userId)
        {
            return SendTarget.Fail("a direct message needs a recipient");
        }

        var tenantId = entry.To.WorkspaceId;
        var key = ConversationReferenceStore.MemberKey(tenantId, userId);
        if (await references.UnreachableReasonAsync(key, cancellationToken) is { } reason)
        {
            return SendTarget.Fail($"member unreachable: {reason}");
        }

        var member = await references.GetAsync(key, cancellationToken);
        if (member?.Conversation?.Id is { Length: > 0 } chatId && serviceUrls.IsAllowed(member.ServiceUrl))
        {
            return new SendTarget(member.ServiceUrl, chatId, member.Bot, key, null);
        }

        // No 1:1 chat yet: open one where this member or their conversation was last seen.
        var origin = member ?? await references.GetConversationAsync(tenantId, entry.To.ConversationId, cancellationToken);
        var serviceUrl = origin?.ServiceUrl is { Length: > 0 } known ? known : options.DefaultServiceUrl;
        var bot = origin?.Bot ?? new ChannelAccount { Id = "28:" + options.MicrosoftAppId };
        if (!serviceUrls.IsAllowed(serviceUrl))
        {
            return SendTarget.Fail("no usable service URL for this member");
        }

        var slot = await gate.WaitAsync(tenantId, null, cancellationToken);
        if (!slot.Go)
        {
            return SendTarget.Outcome(new DeliveryOutcome.Throttled("paced", slot.Wait, Local: true));
        }

        ConnectorResult created;
        try
        {
            created = await connector.CreateConversationAsync(serviceUrl, new ConversationParameters
            {
                IsGroup = false,
                Bot = new ChannelAccount { Id = bot.Id, Name = bot.Name },
                Members = [new ChannelAccount { Id = userId }],
                TenantId = tenantId,
                ChannelData = new TeamsChannelData { Tenant = new TenantInfo(tenantId) },
            }, cancellationToken);
        }
        finally
        {
            gate.Complete(tenantId, null, slot.Slot);
        }

        if (!created.IsSuccess || created.Id is null)
        {
            if (created.Status == System.Net.HttpStatusCode.TooManyRequests)
            {
                gate.Pause(tenantId, null, created.RetryAfter ?? TimeSpan.FromSeconds(1));
            }

            return SendTarget.Outcome(await TeamsChannelSender.FailureAsync(references, key, created, cancellationToken));
        }

        await references.SaveAsync(key, new ConversationReference
        {
            ServiceUrl = serviceUrl,
            ChannelId = "msteams",
            Bot = bot,
            User = member?.User ?? new ChannelAccount { Id = userId },
            Conversation = new ConversationAccount { Id = created.Id, ConversationType = "personal", TenantId = tenantId },
            TenantId = tenantId,
        }, cancellationToken);
        return new SendTarget(serviceUrl, created.Id, bot, key, null);
    }
}
