namespace CollabBot.Channels.Teams.Schema;

/// <summary>The activity types this adapter handles (Bot Framework Activity schema).</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";
    public const string MessageReaction = "messageReaction";
    public const string Invoke = "invoke";
    public const string Typing = "typing";
}
