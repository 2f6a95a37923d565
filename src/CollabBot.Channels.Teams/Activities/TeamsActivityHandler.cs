using CollabBot.Channels.Teams.Conversations;
using CollabBot.Channels.Teams.Schema;
using CollabBot.Conversations;
using CollabBot.Conversations.Storage;
using CollabBot.Conversations.Turns;
using Microsoft.Extensions.Logging;

namespace CollabBot.Channels.Teams.Activities;

/// <summary>
/// Runs one authenticated activity: remembers where to reach the conversation and the member, then hands the
/// neutral turn to the durable inbox (answered 200 at once) or, for card invokes, to the engine synchronously.
/// Unknown activity types and events are acknowledged with 200 (PROTOCOLS.md §4 item 13).
/// </summary>
public sealed partial class TeamsActivityHandler(
    ConversationReferenceStore references,
    ITurnInbox inbox,
    TurnInboxSignal inboxSignal,
    AdaptiveCardActionHandler cardActions,
    ILogger<TeamsActivityHandler> logger)
{
    public async Task<InvokeResponse?> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        switch (activity.Type)
        {
            case ActivityTypes.Message when activity.From?.Id != activity.Recipient?.Id:
                await RememberAsync(activity, cancellationToken);
                await AcceptAsync(TeamsTurns.FromMessage(activity), cancellationToken);
                return null;
            case ActivityTypes.MessageReaction when activity.ReactionsAdded is { Count: > 0 }:
                await AcceptAsync(TeamsTurns.Reaction(activity), cancellationToken);
                return null;
            case ActivityTypes.ConversationUpdate:
                await OnConversationUpdateAsync(activity, cancellationToken);
                return null;
            case ActivityTypes.InstallationUpdate:
                await OnInstallationUpdateAsync(activity, cancellationToken);
                return null;
            case ActivityTypes.Invoke:
                await RememberAsync(activity, cancellationToken);
                return string.Equals(activity.Name, "adaptiveCard/action", StringComparison.Ordinal)
                    ? await cardActions.HandleAsync(activity, cancellationToken)
                    : InvokeResponse.NotImplemented;
            default:
                LogIgnored(activity.Type);
                return null;
        }
    }

    /// <summary>membersAdded: the bot itself (id = recipient id, PROTOCOLS.md §4 item 17) or people joining.</summary>
    private async Task OnConversationUpdateAsync(Activity activity, CancellationToken cancellationToken)
    {
        await RememberAsync(activity, cancellationToken);
        foreach (var member in activity.MembersAdded ?? [])
        {
            if (member.Id == activity.Recipient?.Id)
            {
                await references.ClearUnreachableAsync(ConversationKey(activity), cancellationToken);
                await AcceptAsync(TeamsTurns.Welcome(activity), cancellationToken);
            }
            else if (member.Id is { Length: > 0 } id)
            {
                await references.AddIfMissingAsync(
                    ConversationReferenceStore.MemberKey(ActivityReferences.TenantOf(activity), id),
                    ActivityReferences.ForMember(activity, member) with { Conversation = null },
                    cancellationToken);
                await AcceptAsync(TeamsTurns.MemberJoined(activity, member), cancellationToken);
            }
        }

        if (activity.MembersRemoved?.Any(m => m.Id == activity.Recipient?.Id) == true)
        {
            await references.MarkUnreachableAsync(ConversationKey(activity), "the bot was removed", cancellationToken);
        }
    }

    /// <summary>add/add-upgrade installs, remove/remove-upgrade uninstalls, case-insensitive (PROTOCOLS.md §4 item 18).</summary>
    private async Task OnInstallationUpdateAsync(Activity activity, CancellationToken cancellationToken)
    {
        var action = activity.Action ?? "";
        if (action.StartsWith("add", StringComparison.OrdinalIgnoreCase))
        {
            await RememberAsync(activity, cancellationToken);
            await references.ClearUnreachableAsync(ConversationKey(activity), cancellationToken);
        }
        else if (action.StartsWith("remove", StringComparison.OrdinalIgnoreCase))
        {
            await references.MarkUnreachableAsync(ConversationKey(activity), "the app was uninstalled", cancellationToken);
        }
    }

    private async Task RememberAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(activity.ServiceUrl) || activity.Conversation?.Id is null)
        {
            return;
        }

        await references.SaveAsync(ConversationKey(activity), ActivityReferences.ForConversation(activity), cancellationToken);
        if (activity.From is { Id.Length: > 0 } from && from.Id != activity.Recipient?.Id)
        {
            var key = ConversationReferenceStore.MemberKey(ActivityReferences.TenantOf(activity), from.Id);
            var member = ActivityReferences.ForMember(activity, from);
            await (ActivityReferences.IsPersonal(activity)
                ? references.SaveAsync(key, member, cancellationToken)
                : references.AddIfMissingAsync(key, member, cancellationToken));
        }
    }

    private async Task AcceptAsync(InboundTurn turn, CancellationToken cancellationToken)
    {
        if (await inbox.AcceptAsync(turn, cancellationToken))
        {
            inboxSignal.Notify();
        }
        else
        {
            LogRepeat(turn.DedupKey);
        }
    }

    private static string ConversationKey(Activity activity) =>
        ConversationReferenceStore.ConversationKey(ActivityReferences.TenantOf(activity), ActivityReferences.SplitConversationId(activity.Conversation?.Id ?? "").ConversationId);

    [LoggerMessage(LogLevel.Debug, "Teams activity of type {Type} acknowledged without handling")]
    private partial void LogIgnored(string? type);

    [LoggerMessage(LogLevel.Information, "Teams activity {DedupKey} was delivered before; ignored")]
    private partial void LogRepeat(string dedupKey);
}
