using CollabBot.Channels.Teams.Schema;

namespace CollabBot.Channels.Teams.Conversations;

/// <summary>Builds the references to keep from an authenticated activity (PROTOCOLS.md §1.6 "Proactive").</summary>
public static class ActivityReferences
{
    public static string TenantOf(Activity activity) =>
        activity.ChannelData?.Tenant?.Id ?? activity.Conversation?.TenantId ?? "";

    /// <summary>A channel thread's id is the channel's id plus <c>;messageid=</c> and the root message id.</summary>
    public static (string ConversationId, string? ThreadId) SplitConversationId(string conversationId)
    {
        const string marker = ";messageid=";
        var at = conversationId.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? (conversationId, null) : (conversationId[..at], conversationId[(at + marker.Length)..]);
    }

    public static bool IsPersonal(Activity activity) =>
        string.Equals(activity.Conversation?.ConversationType, "personal", StringComparison.OrdinalIgnoreCase);

    public static ConversationReference ForConversation(Activity activity)
    {
        var (conversationId, _) = SplitConversationId(activity.Conversation?.Id ?? "");
        return new ConversationReference
        {
            ServiceUrl = activity.ServiceUrl ?? "",
            ChannelId = activity.ChannelId,
            Bot = activity.Recipient ?? new ChannelAccount(),
            Conversation = new ConversationAccount
            {
                Id = conversationId,
                ConversationType = activity.Conversation?.ConversationType,
                TenantId = TenantOf(activity),
                IsGroup = activity.Conversation?.IsGroup,
            },
            TenantId = TenantOf(activity),
        };
    }

    /// <summary>A member's reference; its conversation is set only when the activity came from their 1:1 chat.</summary>
    public static ConversationReference ForMember(Activity activity, ChannelAccount member) =>
        ForConversation(activity) with
        {
            User = new ChannelAccount { Id = member.Id, Name = member.Name, AadObjectId = member.AadObjectId },
            Conversation = IsPersonal(activity) ? ForConversation(activity).Conversation : null,
        };
}
